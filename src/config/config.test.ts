import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded database in ./data', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: null });
  });

  it('reads PORT, TANDEM_DATA_DIR and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '4000', TANDEM_DATA_DIR: '/srv/tandem', DATABASE_URL: 'postgres://u:p@db/tandem' });
    expect(config).toMatchObject({ port: 4000, dataDir: '/srv/tandem', databaseUrl: 'postgres://u:p@db/tandem' });
  });

  it('refuses a bad port and a non-PostgreSQL URL, naming both', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://db' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
