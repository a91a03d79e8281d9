import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backupDatabase } from '../../scripts/ops/backup';

export type SecondServer = {
  baseURL: string;
  databaseFile: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
};

/**
 * Another production server on the same build. By default over its own copy of the e2e SQLite
 * database: tests that break the database or stop the process do it to this one, not to the
 * server the other tests use. `database: 'shared'` runs it as one more instance of the same site
 * (the e2e PostgreSQL database, the same AUTH_SECRET), as behind a load balancer. `standalone`
 * runs it as deployed: `node server.js` in a copy of .next/standalone outside the source tree.
 */
export async function startSecondServer(
  port: number,
  env: Record<string, string> = {},
  options: { database?: 'copy' | 'shared'; standalone?: boolean } = {},
): Promise<SecondServer> {
  const root = path.join(__dirname, '..', '..');
  let databaseFile = '';
  let databaseUrl = process.env.E2E_DATABASE_URL ?? '';
  if (options.database === 'shared') {
    if (!databaseUrl.startsWith('postgres'))
      throw new Error('a shared second instance needs E2E_DATABASE_URL on PostgreSQL');
  } else {
    databaseFile = path.join(mkdtempSync(path.join(tmpdir(), 'portal-faults-')), 'portal.db');
    await backupDatabase(path.join(root, 'data', 'e2e.db'), databaseFile);
    databaseUrl = `file:${databaseFile}`;
  }
  let output = '';
  let cwd = root;
  if (options.standalone) {
    cwd = path.join(mkdtempSync(path.join(tmpdir(), 'portal-standalone-')), 'app');
    cpSync(path.join(root, '.next', 'standalone'), cwd, { recursive: true });
  }
  const args = options.standalone
    ? ['--max-old-space-size=384', 'server.js']
    : ['--max-old-space-size=384', '.next/server.cjs'];
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SITE_URL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`,
      ...mediaEnv(root),
      AUTH_SECRET:
        options.database === 'shared' && process.env.AUTH_SECRET
          ? process.env.AUTH_SECRET
          : randomBytes(48).toString('base64url'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseURL = `http://localhost:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${baseURL}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 150 || child.exitCode !== null)
      throw new Error(`second server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseURL, databaseFile, process: child, output: () => output, exited };
}

/** The e2e server's photo store (scripts/test/e2e-server.sh reads the same E2E_* variables). */
function mediaEnv(root: string): Record<string, string> {
  const env: Record<string, string> = {
    MEDIA_STORAGE_URL:
      process.env.E2E_MEDIA_STORAGE_URL ?? `file:${path.join(root, 'data', 'e2e-media')}`,
  };
  for (const name of [
    'AWS_ENDPOINT_URL_S3',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_REGION',
  ]) {
    const value = process.env[`E2E_${name}`];
    if (value) env[name] = value;
  }
  return env;
}
