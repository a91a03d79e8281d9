/**
 * A throwaway Redis server for tests: Debian's `redis-server` on a free port, in memory only (no
 * snapshots, no append-only file), stopped by stop(). `npm run test:postgres` and the instances
 * e2e test use it; .ci/run installs the package when it is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort } from './free-port';

export type RedisServer = {
  url: string;
  port: number;
  process: ChildProcess;
  stop: () => Promise<void>;
};

const BINARY = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((file) =>
  existsSync(file),
);

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(500, () => socket.destroy());
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
  });
}

export async function startRedis(port?: number): Promise<RedisServer> {
  if (!BINARY) throw new Error('redis-server not found: apt-get install -y redis-server');
  const chosen = port ?? (await freePort());
  const child = spawn(
    BINARY,
    [
      '--port',
      String(chosen),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--protected-mode',
      'no',
      // As docs/operations.md asks of a production Redis: a bound, and the least recently used
      // cache entries go first when it is reached (Next.js's cache is all this Redis holds).
      '--maxmemory',
      '256mb',
      '--maxmemory-policy',
      'allkeys-lru',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; !(await answersPing(chosen)); attempt++) {
    if (attempt > 100 || child.exitCode !== null)
      throw new Error(`redis-server did not start on port ${chosen}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
