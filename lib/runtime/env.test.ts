import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { databaseProvider } from '../db/url';
import { parseEnv } from './env';

describe('environment', () => {
  it('takes a SQLite file or a PostgreSQL server as DATABASE_URL, and nothing else', () => {
    assert.equal(parseEnv({}).DATABASE_URL, 'file:./data/portal.db');
    assert.equal(
      parseEnv({ DATABASE_URL: 'postgresql://portal@db:5432/portal' }).DATABASE_URL,
      'postgresql://portal@db:5432/portal',
    );
    assert.throws(
      () => parseEnv({ DATABASE_URL: 'mysql://db/portal' }),
      /DATABASE_URL: DATABASE_URL must be a SQLite file: URL or a postgresql:\/\/ URL/,
    );
    assert.equal(databaseProvider('file:./x.db'), 'sqlite');
    assert.equal(databaseProvider('postgres://db/portal'), 'postgresql');
    assert.throws(() => databaseProvider('mysql://db/portal'));
  });

  it('reads replicas as a comma-separated list of PostgreSQL URLs, only beside a PostgreSQL primary', () => {
    const replicas = parseEnv({
      DATABASE_URL: 'postgresql://db/portal',
      DATABASE_REPLICA_URLS: ' postgresql://r1/portal, postgresql://r2/portal ,',
    }).DATABASE_REPLICA_URLS;
    assert.deepEqual(replicas, ['postgresql://r1/portal', 'postgresql://r2/portal']);
    assert.throws(
      () =>
        parseEnv({ DATABASE_URL: 'postgresql://db/portal', DATABASE_REPLICA_URLS: 'file:./x.db' }),
      /each replica must be a postgresql:\/\/ URL/,
    );
    assert.throws(
      () => parseEnv({ DATABASE_REPLICA_URLS: 'postgresql://r1/portal' }),
      /read replicas need DATABASE_URL on PostgreSQL/,
    );
  });

  it('accepts redis:// and rediss:// as REDIS_URL', () => {
    assert.equal(parseEnv({ REDIS_URL: 'redis://cache:6379' }).REDIS_URL, 'redis://cache:6379');
    assert.throws(() => parseEnv({ REDIS_URL: 'http://cache:6379' }), /REDIS_URL/);
  });
});

describe('server settings', () => {
  it('has the documented defaults', () => {
    const config = parseEnv({});
    assert.equal(config.PORT, 3000);
    assert.equal(config.TRUST_PROXY, false);
    assert.equal(config.RENDER_CONCURRENCY, 2);
    assert.equal(config.RESPONSE_CACHE_MB, 64);
    assert.equal(config.SEARCH_CACHE_SECONDS, 30);
  });

  it('lets more renders run at once on PostgreSQL, whose queries wait on the network', () => {
    assert.equal(parseEnv({ DATABASE_URL: 'file:./data/homepress.db' }).RENDER_CONCURRENCY, 2);
    assert.equal(parseEnv({ DATABASE_URL: 'postgresql://u:p@db:5432/news' }).RENDER_CONCURRENCY, 8);
    assert.equal(
      parseEnv({ DATABASE_URL: 'postgresql://u:p@db:5432/news', RENDER_CONCURRENCY: '3' })
        .RENDER_CONCURRENCY,
      3,
    );
  });

  it('reads numbers and the proxy switch', () => {
    const config = parseEnv({
      PORT: '3100',
      TRUST_PROXY: '1',
      RESPONSE_CACHE_MB: '0',
      RENDER_CONCURRENCY: '2',
    });
    assert.equal(config.PORT, 3100);
    assert.equal(config.TRUST_PROXY, true);
    assert.equal(config.RESPONSE_CACHE_MB, 0);
    assert.equal(config.RENDER_CONCURRENCY, 2);
  });

  it('refuses nonsense with the variable name', () => {
    assert.throws(() => parseEnv({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => parseEnv({ RENDER_CONCURRENCY: '0' }), /RENDER_CONCURRENCY/);
    assert.throws(() => parseEnv({ RESPONSE_CACHE_MB: '-5' }), /RESPONSE_CACHE_MB/);
    assert.throws(() => parseEnv({ TRUST_PROXY: 'yes' }), /TRUST_PROXY/);
  });
});
