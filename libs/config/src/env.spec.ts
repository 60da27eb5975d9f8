import { ConfigError, describeEnv, loadEnv } from './env.js';

describe('loadEnv', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.ROLES).toEqual(['api', 'worker']);
    expect(env.SEED_SAMPLE_ORG).toBe(true);
  });

  it('parses numbers, lists and booleans', () => {
    const env = loadEnv({
      PORT: '8080',
      ROLES: 'worker',
      SEED_SAMPLE_ORG: 'false',
      DATABASE_URL: 'postgres://u:p@h/db',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      ROLES: ['worker'],
      SEED_SAMPLE_ORG: false,
      DATABASE_URL: 'postgres://u:p@h/db',
    });
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadEnv({ PORT: 'eighty', ROLES: 'api,cron', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/ROLES/);
    expect(message).toMatch(/DATABASE_URL/);
  });

  it('masks the database URL when the configuration is described', () => {
    const described = describeEnv(loadEnv({ DATABASE_URL: 'postgres://u:secret@h/db' }));
    expect(described.DATABASE_URL).toBe('***');
    expect(JSON.stringify(described)).not.toContain('secret');
  });
});

describe('loadEnv (optional settings)', () => {
  it('reads optional variables that have no default', () => {
    const env = loadEnv({ STORAGE_DIR: '/srv/congvan/files', OCR_WORKERS: '4', INBOX_DIR: '/srv/inbox' });
    expect(env).toMatchObject({ STORAGE_DIR: '/srv/congvan/files', OCR_WORKERS: 4, INBOX_DIR: '/srv/inbox' });
  });

  it('reads the OCR model, refusing an unknown one', () => {
    expect(loadEnv({ OCR_MODEL: 'best' }).OCR_MODEL).toBe('best');
    expect(loadEnv({}).OCR_MODEL).toBeUndefined();
    expect(() => loadEnv({ OCR_MODEL: 'tiny' })).toThrow(/OCR_MODEL must be best, fast or cascade/);
  });

  it('ignores variables it does not know', () => {
    expect(loadEnv({ HOME: '/root' })).not.toHaveProperty('HOME');
  });

  it('refuses a SEED_SAMPLE_ORG that is not a boolean', () => {
    expect(() => loadEnv({ SEED_SAMPLE_ORG: 'maybe' })).toThrow(/SEED_SAMPLE_ORG/);
  });
});
