import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { PledgeError } from './errors/pledge-error.ts';

describe('loadConfig', () => {
  it('applies the documented defaults and freezes the result', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      databaseUrl: undefined,
      dataDir: '.pledge/data',
      manifestPath: undefined,
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      publicRateLimit: 120,
      trustProxy: false,
      mail: expect.objectContaining({ smtpUrl: undefined, maxPerRecipientPerHour: 5 }),
      rights: expect.objectContaining({ publicUrl: 'http://localhost:3000' }),
      accounts: { totpKey: undefined, idleMinutes: 30, maxMinutes: 720 },
      fulfilment: expect.objectContaining({ packageTtlDays: 7, jobLeaseMs: 30_000, jobMaxAttempts: 6, packageKeyIsEphemeral: true, erasureHashSecretIsEphemeral: true }),
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable, treating empty ones as unset', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://pledge:pw@db:5432/pledge',
      PLEDGE_DATA_DIR: '/var/lib/pledge',
      PLEDGE_MANIFEST: 'pledge.yaml',
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'warn',
      PUBLIC_RATE_LIMIT: '30',
    });
    expect(config).toMatchObject({ databaseUrl: 'postgres://pledge:pw@db:5432/pledge', port: 8080, logLevel: 'warn', publicRateLimit: 30 });
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PUBLIC_RATE_LIMIT: '0' }, 'PUBLIC_RATE_LIMIT'],
    [{ DATABASE_URL: 'mysql://root:hunter2@db/x' }, 'DATABASE_URL'],
  ])('fails fast on %o, naming %s and never echoing the value', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PledgeError);
    expect((error as PledgeError).code).toBe('config_invalid');
    expect((error as Error).message).toContain(`${variable}:`);
    expect((error as Error).message).not.toContain('hunter2');
  });
});
