import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStarted, rendersStartedBefore } from './render-registry';

describe('render registry', () => {
  it('waits for renders that began before a time, not for later ones', async () => {
    const early = renderStarted('/');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const writeTime = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const late = renderStarted('/');
    setTimeout(early, 60);
    const started = Date.now();
    assert.equal(await rendersStartedBefore(writeTime, 1000), 'ended');
    const waited = Date.now() - started;
    assert.ok(waited >= 50 && waited < 500, `waited ${waited} ms`);
    late();
  });

  it('says when there was nothing to wait for', async () => {
    const later = renderStarted('/');
    assert.equal(await rendersStartedBefore(Date.now() - 1000, 1000), 'none');
    later();
  });

  it('ignores renders of pages the change does not concern', async () => {
    const other = renderStarted('/news/7/other');
    const mine = renderStarted('/news/8/mine');
    const writeTime = Date.now();
    setTimeout(mine, 40);
    const started = Date.now();
    assert.equal(await rendersStartedBefore(writeTime, 1000, (path) => path.startsWith('/news/8/')), 'ended');
    assert.ok(Date.now() - started < 500, 'the render of another page was waited for');
    other();
  });

  it('gives up after the cap, and says renders are still running', async () => {
    const stuck = renderStarted('/');
    const started = Date.now();
    assert.equal(await rendersStartedBefore(Date.now(), 50), 'running');
    assert.ok(Date.now() - started < 300);
    stuck();
  });
});
