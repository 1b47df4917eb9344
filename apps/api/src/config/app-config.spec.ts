import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, trustProxySetting } from './app-config.js';

const valid = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };

describe('loadConfig', () => {
  it('applies defaults when only the database is given', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      PORT: 3001,
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      DATABASE_POOL_SIZE: 10,
      TRUST_PROXY: 'loopback',
    });
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({
      ...valid,
      PORT: '8080',
      DATABASE_POOL_SIZE: '25',
      JOBS_WORKER: 'false',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_POOL_SIZE).toBe(25);
    expect(config.JOBS_WORKER).toBe(false);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['loopback', ['loopback']],
    ['127.0.0.1, 10.0.0.0/8,::1', ['127.0.0.1', '10.0.0.0/8', '::1']],
  ])('reads TRUST_PROXY=%s as the Fastify setting %p', (value, setting) => {
    const config = loadConfig({ ...valid, TRUST_PROXY: value });
    expect(trustProxySetting(config.TRUST_PROXY)).toEqual(setting);
  });

  it('refuses a missing DATABASE_URL and names it', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'abc'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['PORTAL_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://x'],
    ['TRUST_PROXY', 'any proxy; rm -rf'],
  ])('names the bad variable %s=%s', (name, value) => {
    try {
      loadConfig({ ...valid, [name]: value });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toContain(name);
    }
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/APP_SECRET/);
    expect(() =>
      loadConfig({ ...valid, NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40) }),
    ).not.toThrow();
    expect(() => loadConfig({ ...valid, APP_SECRET: 'short' })).toThrow(/APP_SECRET/);
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ ...valid, PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });
});
