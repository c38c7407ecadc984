import { ConfigError, startServer } from '@gongkai/api-server';

startServer().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
