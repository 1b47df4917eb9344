import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** Only for development and tests; production refuses to start with it. */
export const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

/**
 * Every setting of the API, validated at start. `process.env` is read in `readConfig` only.
 * The table in README.md lists the same variables.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65_535)
  PORT = 3001;

  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// connection string',
  })
  DATABASE_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Seconds a public answer (event list, event page, series, news …) is served from the
   * process's memory; every content change clears it at once. 0 turns the cache off.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  PUBLIC_CACHE_SECONDS = 10;

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PORTAL_URL = 'http://localhost:3000';

  /** Public address of the admin app, for the links of invitations and password resets. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  ADMIN_URL = 'http://localhost:3002';

  /**
   * Which direct peers may name the client's address in `X-Forwarded-For` (rate limits count per
   * client): `loopback` (the portal on the same machine; default), a comma-separated list of
   * addresses, CIDR ranges or the names `loopback`, `linklocal`, `uniquelocal`, `true` (any peer)
   * or `false` (none).
   */
  @Matches(/^(true|false|[0-9A-Za-z.:/]+(\s*,\s*[0-9A-Za-z.:/]+)*)$/, {
    message:
      'TRUST_PROXY must be true, false or a comma-separated list of addresses, CIDR ranges or loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY = 'loopback';

  /** SMTP server for all mail, e.g. `smtp://user:pass@mail.example.org:587`. */
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  /** Sender of every mail, e.g. `Kleinstadt Web-Talks <kleinstadt@example.org>`. */
  @IsString()
  @Matches(/^[^<>]*<[^@\s<>]+@[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+$/, {
    message: 'MAIL_FROM must be an address, optionally with a name: Name <a@b.de>',
  })
  MAIL_FROM = 'Stadtgespräch <noreply@stadtgespraech.localhost>';

  /** Organiser mailbox in calendar invitations (ORGANIZER); replies go there. */
  @IsString()
  @Matches(/^[^@\s<>]+@[^@\s<>]+$/, { message: 'MAIL_ORGANIZER must be an e-mail address' })
  MAIL_ORGANIZER = 'veranstaltungen@stadtgespraech.localhost';

  /** Run the job workers (mail, reminders, clean-up) in this process. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  JOBS_WORKER = true;

  /**
   * Key for the personal links of registrants (HMAC): at least 32 characters, secret, stable.
   * Changing it invalidates every link sent so far.
   */
  @IsString()
  @MinLength(32, { message: 'APP_SECRET must be at least 32 characters long' })
  APP_SECRET = DEVELOPMENT_SECRET;

  /** Hours a registrant has to confirm the address before the registration expires. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 14)
  REGISTRATION_CONFIRM_HOURS = 48;

  /**
   * Directory of the media library's files (pictures, PDFs) when stored on local disk; relative
   * paths start at the working directory. Back it up with the database.
   */
  @IsString()
  @MinLength(1)
  MEDIA_DIR = '.data/media';

  /** Minutes before the start from which personal join links forward to the meeting. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  JOIN_OPENS_MINUTES = 30;

  /** Public POSTs one client may send per window and endpoint group (shared by all processes). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_POSTS = 20;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WINDOW_SECONDS = 600;

  /** Minutes without a request after which a staff session ends. */
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  STAFF_SESSION_IDLE_MINUTES = 30;

  /** Hours after which a staff session ends however active it is. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 7)
  STAFF_SESSION_MAX_HOURS = 12;

  /**
   * Every staff account must use a second factor (set up at the next login), whatever the
   * administrators' setting says; without it, the setting decides.
   */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  STAFF_SECOND_FACTOR_REQUIRED = false;

  /** Failed logins of one address within STAFF_LOGIN_LOCK_MINUTES before it is locked. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  STAFF_LOGIN_MAX_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  STAFF_LOGIN_LOCK_MINUTES = 15;

  /** Forms submitted faster than this after rendering (X-Form-Token) are taken for bots. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600)
  FORM_MIN_FILL_SECONDS = 3;

  /** Reminders before the start, in minutes, comma-separated. */
  @Matches(/^\d{1,5}(,\d{1,5})*$/, {
    message: 'REMINDER_OFFSETS_MINUTES must be minutes separated by commas, e.g. 1440,60',
  })
  REMINDER_OFFSETS_MINUTES = '1440,60';

  /** Seconds until a failed job (e.g. a mail in an SMTP outage) is retried; doubles, up to 1 h. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOBS_RETRY_DELAY_SECONDS = 30;

  /** Milliseconds between two looks of a job worker for new jobs. */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(60_000)
  JOBS_POLLING_MS = 2000;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a set of environment variables; throws ConfigError naming every bad value. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig()).concat('DATABASE_URL');
  const relevant = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => known.includes(key) && value !== undefined && value !== '',
    ),
  );
  const config = plainToInstance(AppConfig, relevant);
  const errors = validateSync(config, { whitelist: true });
  const problems = errors.map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ') || 'invalid'}`,
  );
  if (config.NODE_ENV === 'production' && config.APP_SECRET === DEVELOPMENT_SECRET) {
    problems.push('APP_SECRET: must be set to your own secret in production');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The one place that reads the process environment. */
export function readConfig(): AppConfig {
  return loadConfig(process.env);
}

/** The `trustProxy` setting of Fastify for a `TRUST_PROXY` value (validated above). */
export function trustProxySetting(value: string): boolean | string[] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value.split(',').map((entry) => entry.trim());
}
