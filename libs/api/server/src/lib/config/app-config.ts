import {
  DEFAULT_DATABASE_URL,
  parseDatabaseUrl,
} from '@gongkai/api-persistence';

/** The server's configuration, validated once at boot. */
export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Load the demo city into an empty database. */
  demo: boolean;
  production: boolean;
  /** Largest document accepted by upload, in bytes. */
  maxUploadBytes: number;
  /** Folder of the built dashboard served at `/`; empty: API only. */
  webRoot: string;
  /** Anyone may read the published aggregates (series, totals, rankings) without logging in. */
  publicRead: boolean;
  /** The first administrator, created when there is no user at all. */
  adminUsername: string;
  /** Empty: a random password is made and printed once. */
  adminPassword: string;
  /** How long a login lasts. */
  sessionHours: number;
  /** The city (or county) served, as written (武汉市); '' when not set. */
  city: string;
}

interface Variable {
  name: string;
  description: string;
  default: string;
  sensitive: boolean;
}

/** Every environment variable the server reads (also documented in .env.example). */
export const CONFIG_VARIABLES: readonly Variable[] = [
  { name: 'PORT', description: 'HTTP port', default: '3000', sensitive: false },
  {
    name: 'HOST',
    description: 'Interface to listen on',
    default: '0.0.0.0',
    sensitive: false,
  },
  {
    name: 'DATABASE_URL',
    description: 'sqlite:<path> or postgres://user:password@host:port/database',
    default: DEFAULT_DATABASE_URL,
    sensitive: true,
  },
  {
    name: 'GONGKAI_DEMO',
    description:
      '1: load the demo city 示例市 into an empty database; 0: start empty',
    default: '1',
    sensitive: false,
  },
  {
    name: 'NODE_ENV',
    description: 'production or development',
    default: 'development',
    sensitive: false,
  },
  {
    name: 'GONGKAI_MAX_UPLOAD_MB',
    description: 'Largest uploaded document in MB',
    default: '20',
    sensitive: false,
  },
  {
    name: 'GONGKAI_WEB_ROOT',
    description:
      'Folder of the built dashboard (npm run build:web) served at /; empty: API only',
    default: 'dist/apps/web',
    sensitive: false,
  },
  {
    name: 'GONGKAI_PUBLIC_READ',
    description:
      '1: anyone may read published aggregates (series, city totals, rankings) without logging in',
    default: '0',
    sensitive: false,
  },
  {
    name: 'GONGKAI_ADMIN_USERNAME',
    description:
      'Username of the first administrator, made when there is no user',
    default: 'admin',
    sensitive: false,
  },
  {
    name: 'GONGKAI_ADMIN_PASSWORD',
    description:
      'Password of the first administrator (at least 10 characters); empty: one is made and printed once',
    default: '',
    sensitive: true,
  },
  {
    name: 'GONGKAI_SESSION_HOURS',
    description: 'How long a login lasts, in hours',
    default: '12',
    sensitive: false,
  },
  {
    name: 'GONGKAI_CITY',
    description:
      'The city or county served, as written (e.g. 武汉市): names the government in the draft city report; empty: the demo city, or none',
    default: '',
    sensitive: false,
  },
];

export class ConfigError extends Error {}

const flag = (name: string, v: string): boolean => {
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (got ${JSON.stringify(v)})`);
};

const integer = (name: string, v: string, min: number, max: number): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(
      `${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(v)})`,
    );
  }
  return n;
};

/** Letters of any script, with the middle dots and spaces of transliterated names. */
const CITY_NAME = /^[\p{L}\p{M}][\p{L}\p{M}·・ ]*$/u;
const MAX_CITY_LENGTH = 20;

const cityName = (name: string, v: string): string => {
  const city = v.trim();
  if (city !== '' && (city.length > MAX_CITY_LENGTH || !CITY_NAME.test(city))) {
    throw new ConfigError(
      `${name} must be a place name in letters, at most ${MAX_CITY_LENGTH} characters (got ${JSON.stringify(v)})`,
    );
  }
  return city;
};

/** Reads and checks the environment; fails fast with every problem named. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const get = (name: string) =>
    env[name] ?? CONFIG_VARIABLES.find((v) => v.name === name)?.default ?? '';
  const problems: string[] = [];
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
      return fallback;
    }
  };
  const config: AppConfig = {
    port: attempt(() => integer('PORT', get('PORT'), 0, 65535), 3000),
    host: get('HOST'),
    databaseUrl: attempt(() => {
      const url = get('DATABASE_URL');
      parseDatabaseUrl(url);
      return url;
    }, DEFAULT_DATABASE_URL),
    demo: attempt(() => flag('GONGKAI_DEMO', get('GONGKAI_DEMO')), true),
    production: get('NODE_ENV') === 'production',
    maxUploadBytes:
      attempt(
        () =>
          integer('GONGKAI_MAX_UPLOAD_MB', get('GONGKAI_MAX_UPLOAD_MB'), 1, 20),
        20,
      ) *
      1024 *
      1024,
    webRoot: get('GONGKAI_WEB_ROOT'),
    publicRead: attempt(
      () => flag('GONGKAI_PUBLIC_READ', get('GONGKAI_PUBLIC_READ')),
      false,
    ),
    adminUsername: get('GONGKAI_ADMIN_USERNAME'),
    adminPassword: attempt(() => {
      const p = get('GONGKAI_ADMIN_PASSWORD');
      if (p !== '' && p.length < 10) {
        throw new ConfigError(
          'GONGKAI_ADMIN_PASSWORD must have at least 10 characters',
        );
      }
      return p;
    }, ''),
    sessionHours: attempt(
      () =>
        integer('GONGKAI_SESSION_HOURS', get('GONGKAI_SESSION_HOURS'), 1, 720),
      12,
    ),
    city: attempt(() => cityName('GONGKAI_CITY', get('GONGKAI_CITY')), ''),
    ...overrides,
  };
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}

/** The configuration as logged: secrets masked. */
export function describeConfig(config: AppConfig): string {
  const url = config.databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  return `port=${config.port} database=${url} demo=${config.demo} production=${config.production} web=${config.webRoot || '(none)'} publicRead=${config.publicRead}${config.city ? ` city=${config.city}` : ''}`;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
