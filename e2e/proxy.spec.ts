import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Browser } from '@playwright/test';
import { startNginx } from '../scripts/test/services/nginx';
import { ADMIN } from './support/accounts';
import { trySignIn } from './support/newsroom';
import { startSecondServer, type SecondServer } from './support/second-server';

/**
 * The application as deployed behind deploy/nginx/homepress.conf (TRUST_PROXY=1, bound to
 * loopback): whatever X-Forwarded-For or X-Real-IP a client writes, the address it records and
 * throttles by is the one nginx saw.
 */
test.describe.configure({ mode: 'serial' });

const APP_PORT = 3192;
const NGINX_PORT = 3193;
const proxied = `http://localhost:${NGINX_PORT}`;
let server: SecondServer;
let nginx: ChildProcess;

test.beforeAll(async () => {
  server = await startSecondServer(APP_PORT, { TRUST_PROXY: '1', HOSTNAME: '127.0.0.1' });
  nginx = startNginx({
    dir: mkdtempSync(path.join(tmpdir(), 'portal-nginx-')),
    appPort: APP_PORT,
    cachePort: NGINX_PORT,
  });
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${proxied}/healthz`)).ok) break;
    } catch {
      // nginx not listening yet
    }
    if (attempt > 50 || nginx.exitCode !== null) throw new Error('nginx did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
test.afterAll(() => {
  if (nginx.pid) process.kill(-nginx.pid, 'SIGTERM');
  server.process.kill('SIGTERM');
});

/** A browser that writes the same forged address in both headers a proxy would set. */
async function spoofing(browser: Browser, address: string) {
  const context = await browser.newContext({
    baseURL: proxied,
    extraHTTPHeaders: { 'X-Forwarded-For': address, 'X-Real-IP': address },
  });
  return { context, page: await context.newPage() };
}

const rows = <T>(sql: string): T[] => {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

test('a spoofed X-Forwarded-For or X-Real-IP neither names the client nor escapes its throttle', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const signedIn = await spoofing(browser, '203.0.113.7');
  await trySignIn(signedIn.page, ADMIN.email, ADMIN.password);
  await expect(signedIn.page).toHaveURL(/\/admin$/);
  const sessions = rows<{ ipAddress: string }>('SELECT ipAddress FROM Session');
  expect(sessions.length).toBeGreaterThan(0);
  expect(sessions.map((s) => s.ipAddress)).not.toContain('203.0.113.7');
  expect(sessions.every((s) => /^(::ffff:)?127\.0\.0\.1$/.test(s.ipAddress))).toBe(true);
  await signedIn.context.close();

  // Twenty failures for twenty addresses, each from a "new" forged address: one client to us.
  for (let n = 0; n < 20; n++) {
    const { context, page } = await spoofing(browser, `198.51.100.${n + 1}`);
    await trySignIn(page, `nobody-${n}@e2e.test`, 'wrong-password-2030');
    await expect(page.locator('main [role="alert"]')).toBeVisible();
    await context.close();
  }
  const keys = rows<{ key: string }>('SELECT key FROM SignInThrottle').map((r) => r.key);
  expect(keys.some((key) => key.includes('198.51.100.'))).toBe(false);
  expect(keys.filter((key) => key.startsWith('ip:'))).toEqual([
    expect.stringMatching(/^ip:(::ffff:)?127\.0\.0\.1$/),
  ]);
  const fresh = await spoofing(browser, '192.0.2.200');
  await trySignIn(fresh.page, ADMIN.email, ADMIN.password);
  await expect(fresh.page.locator('main [role="alert"]')).toContainText('محاولات كثيرة');
  await fresh.context.close();
});
