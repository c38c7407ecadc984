import { ConfigError, startServer } from '@gongkai/api-server';

startServer()
  .then((server) => {
    // Close the database cleanly on docker stop or Ctrl-C.
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  });
