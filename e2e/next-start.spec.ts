import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seedArticle } from './support/seed';

/**
 * Someone running the framework's own `next start` (no server.ts in front) still gets the security
 * headers, from next.config.js, and working pages: with Next.js's runtime, which our server
 * removes from reader pages (ADR 0010), and a policy that lets its inline scripts run.
 */
test('plain `next start` sends the security headers too, and pages with their runtime', async () => {
  test.setTimeout(90_000);
  const root = path.join(__dirname, '..');
  const databaseFile = path.join(
    mkdtempSync(path.join(tmpdir(), 'portal-next-start-')),
    'portal.db',
  );
  cpSync(path.join(root, 'data', 'e2e.db'), databaseFile);
  const port = Number(process.env.E2E_PORT ?? 3100) + 40;
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: `file:${databaseFile}`,
        AUTH_SECRET: randomBytes(48).toString('base64url'),
        REDIS_URL: '',
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  try {
    const base = `http://localhost:${port}`;
    for (let attempt = 0; ; attempt++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      expect(attempt, 'next start did not answer').toBeLessThan(150);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const page of ['/', seedArticle.path, '/admin/sign-in']) {
      const response = await fetch(base + page);
      expect(response.status, page).toBe(200);
      const headers = Object.fromEntries(response.headers);
      expect(headers['x-content-type-options'], page).toBe('nosniff');
      expect(headers['x-frame-options'], page).toBe('DENY');
      expect(headers['referrer-policy'], page).toBe('strict-origin-when-cross-origin');
      expect(headers['content-security-policy'], page).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], page).toContain("object-src 'none'");
      expect(headers['content-security-policy'], page).toContain(
        "script-src 'self' 'unsafe-inline'",
      );
      expect(await response.text(), page).toContain('__next_f');
    }
    // Without our server in front nothing says the peer is this machine: /readyz tells only
    // ready or not, none of the internals.
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
});
