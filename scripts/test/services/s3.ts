/**
 * A throwaway S3-protocol server for tests: `s3rver` (npm) in a child process on a free port, its
 * objects in a temporary folder, one bucket made at start. `npm run test:postgres` keeps photos in
 * it, shared by every instance. Its credentials are s3rver's fixed test pair.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

export type S3Server = {
  endpoint: string;
  bucket: string;
  /** What an instance needs in its environment to keep photos under `prefix` of the bucket. */
  env: (prefix: string) => Record<string, string>;
  stop: () => Promise<void>;
};

const BUCKET = 'homepress-media';
const bin = path.join(__dirname, '..', '..', '..', 'node_modules', 's3rver', 'bin', 's3rver.js');

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() !== undefined));
    socket.once('error', () => resolve(false));
  });

export async function startS3(): Promise<S3Server> {
  const port = await freePort();
  const directory = mkdtempSync(path.join(tmpdir(), 's3rver-'));
  const child = spawn(
    process.execPath,
    [bin, '-d', directory, '-a', '127.0.0.1', '-p', String(port), '--silent'].concat([
      '--configure-bucket',
      BUCKET,
    ]),
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; !(await listening(port)); attempt++) {
    if (attempt > 200 || child.exitCode !== null)
      throw new Error(`s3rver did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket: BUCKET,
    env: (prefix) => ({
      MEDIA_STORAGE_URL: `s3://${BUCKET}/${prefix}`,
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
    }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
