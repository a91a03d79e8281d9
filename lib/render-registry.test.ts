import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStarted, rendersStartedBefore } from './render-registry';

describe('render registry', () => {
  it('waits for renders that began before a time, not for later ones', async () => {
    const early = renderStarted();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const writeTime = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const late = renderStarted();
    setTimeout(early, 60);
    const started = Date.now();
    assert.equal(await rendersStartedBefore(writeTime, 1000), true);
    const waited = Date.now() - started;
    assert.ok(waited >= 50 && waited < 500, `waited ${waited} ms`);
    late();
  });

  it('says when there was nothing to wait for', async () => {
    const later = renderStarted();
    assert.equal(await rendersStartedBefore(Date.now() - 1000, 1000), false);
    later();
  });

  it('gives up after the cap', async () => {
    const stuck = renderStarted();
    const started = Date.now();
    await rendersStartedBefore(Date.now(), 50);
    assert.ok(Date.now() - started < 300);
    stuck();
  });
});
