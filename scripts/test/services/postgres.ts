/**
 * A throwaway PostgreSQL server for tests and benchmarks: Debian's binaries, initdb into a
 * temporary folder, pg_ctl on a free port, removed again by stop(). PostgreSQL refuses to run as
 * root, so as root the server runs as the `postgres` system user (created by Debian's package).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

export type PostgresServer = {
  url: string;
  port: number;
  dataDir: string;
  baseUrl: (database: string) => string;
  /** Stops the server and removes its data. */
  stop: () => void;
  /** Stops the server, keeping its data (an outage), and starts it again on the same port. */
  halt?: () => void;
  resume?: () => void;
};

export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const dir = versions
    .map((v) => path.join(root, v, 'bin'))
    .find((d) => existsSync(path.join(d, 'initdb')));
  if (!dir)
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install -y postgresql',
    );
  return dir;
}

function systemUser(name: string): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

type Options = { database?: string; port?: number; durable?: boolean; log?: string };

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (the server refuses root). */
function tool(dataDir: string): (name: string, args: string[]) => void {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = systemUser('postgres');
    chownSync(dataDir, uid, gid);
  }
  return (name, args) => {
    const command = asRoot ? 'runuser' : path.join(bin, name);
    const fullArgs = asRoot ? ['-u', 'postgres', '--', path.join(bin, name), ...args] : args;
    execFileSync(command, fullArgs, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dataDir });
  };
}

function serverSettings(port: number, socketDir: string, durable: boolean): string {
  return [
    `-p ${port}`,
    `-k ${socketDir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
}

function handle(
  port: number,
  database: string,
  dataDir: string,
  run: (name: string, args: string[]) => void,
  settings: string,
): PostgresServer {
  const baseUrl = (name: string) => `postgresql://portal@127.0.0.1:${port}/${name}`;
  const cluster = path.join(dataDir, 'cluster');
  let stopped = false;
  return {
    url: baseUrl(database),
    port,
    dataDir,
    baseUrl,
    halt: () => run('pg_ctl', ['-D', cluster, '-m', 'immediate', '-w', 'stop']),
    resume: () =>
      run('pg_ctl', [
        '-D',
        cluster,
        '-o',
        settings,
        '-l',
        path.join(dataDir, 'server.log'),
        '-w',
        'start',
      ]),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', path.join(dataDir, 'cluster'), '-m', 'fast', '-w', 'stop']);
      } catch {
        // Already halted (an outage test that failed half-way): nothing to stop.
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Starts a server with one database (`portal` unless told otherwise) owned by the `portal` role,
 * reachable over TCP without a password on 127.0.0.1 only. `durable: false` (tests) turns fsync
 * off: the data is thrown away anyway.
 */
export async function startPostgres(options: Options = {}): Promise<PostgresServer> {
  const database = options.database ?? 'portal';
  const port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-pg-'));
  const run = tool(dataDir);
  const cluster = path.join(dataDir, 'cluster');
  // C.UTF-8: byte-order collation, as SQLite compares text, and UTF-8 whatever the host's locale.
  run('initdb', [
    '-D',
    cluster,
    '-U',
    'portal',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  const settings = serverSettings(port, dataDir, options.durable !== false);
  run('pg_ctl', [
    '-D',
    cluster,
    '-o',
    settings,
    '-l',
    options.log ?? path.join(dataDir, 'server.log'),
    '-w',
    'start',
  ]);
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'portal', database]);
  return handle(port, database, dataDir, run, settings);
}

/**
 * A streaming replica of `primary` (pg_basebackup -R): read-only, following every database of
 * the primary, on its own port. initdb's trust rules already allow replication from 127.0.0.1.
 */
export async function startReplica(
  primary: PostgresServer,
  database = 'portal',
): Promise<PostgresServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-pg-replica-'));
  const run = tool(dataDir);
  const cluster = path.join(dataDir, 'cluster');
  run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'portal',
    '-D',
    cluster,
    '-R',
    '-X',
    'stream',
  ]);
  const settings = serverSettings(port, dataDir, false);
  run('pg_ctl', [
    '-D',
    cluster,
    '-o',
    settings,
    '-l',
    path.join(dataDir, 'server.log'),
    '-w',
    'start',
  ]);
  return handle(port, database, dataDir, run, settings);
}
