export { createApp, startServer } from './lib/start-server';
export type { RunningServer } from './lib/start-server';
export {
  loadConfig,
  CONFIG_VARIABLES,
  ConfigError,
} from './lib/config/app-config';
export type { AppConfig } from './lib/config/app-config';
export { RESOLVERS, SCHEMA_FILE } from './lib/app.module';
export {
  hashPassword,
  randomPassword,
  MIN_PASSWORD_LENGTH,
} from './lib/auth/password.util';
