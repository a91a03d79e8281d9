import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serverConfig } from './server-config';

describe('server settings', () => {
  it('has the documented defaults', () => {
    const config = serverConfig({});
    assert.equal(config.PORT, 3000);
    assert.equal(config.TRUST_PROXY, false);
    assert.equal(config.RENDER_CONCURRENCY, 2);
    assert.equal(config.RESPONSE_CACHE_MB, 64);
    assert.equal(config.SEARCH_CACHE_SECONDS, 30);
  });

  it('lets more renders run at once on PostgreSQL, whose queries wait on the network', () => {
    assert.equal(serverConfig({ DATABASE_URL: 'file:./data/homepress.db' }).RENDER_CONCURRENCY, 2);
    assert.equal(serverConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/news' }).RENDER_CONCURRENCY, 8);
    assert.equal(serverConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/news', RENDER_CONCURRENCY: '3' }).RENDER_CONCURRENCY, 3);
  });

  it('reads numbers and the proxy switch', () => {
    const config = serverConfig({ PORT: '3100', TRUST_PROXY: '1', RESPONSE_CACHE_MB: '0', RENDER_CONCURRENCY: '2' });
    assert.equal(config.PORT, 3100);
    assert.equal(config.TRUST_PROXY, true);
    assert.equal(config.RESPONSE_CACHE_MB, 0);
    assert.equal(config.RENDER_CONCURRENCY, 2);
  });

  it('refuses nonsense with the variable name', () => {
    assert.throws(() => serverConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => serverConfig({ RENDER_CONCURRENCY: '0' }), /RENDER_CONCURRENCY/);
    assert.throws(() => serverConfig({ RESPONSE_CACHE_MB: '-5' }), /RESPONSE_CACHE_MB/);
    assert.throws(() => serverConfig({ TRUST_PROXY: 'yes' }), /TRUST_PROXY/);
  });
});
