import { expect } from '@playwright/test';
import { request as httpRequest, type Agent } from 'node:http';
import type { SecondServer } from './second-server';

/**
 * For servers of several workers: which worker answered a request is read from the server's log,
 * where every line names its worker and the request line carries the id the answer's
 * x-request-id header gives.
 */
export type Answer = {
  status: number;
  body: string;
  requestId: string;
  localPort: number;
  cache: string | undefined;
};

/** A GET; on a connection of its own unless an agent that keeps one is given. */
export function get(url: string, agent: Agent | false = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent }, (res) => {
      const localPort = res.socket.localPort ?? 0;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          requestId: String(res.headers['x-request-id']),
          localPort,
          cache: res.headers['x-cache'] as string | undefined,
        }),
      );
    });
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer from ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

export type LogLine = {
  worker?: number;
  pid?: number;
  reqId?: string;
  msg?: string;
  path?: string;
  ids?: number[];
};

export function logLines(server: SecondServer): LogLine[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The worker that answered a request, from its log line (written just after the answer). */
export async function workerOf(server: SecondServer, requestId: string): Promise<number> {
  let worker: number | undefined;
  await expect
    .poll(() => (worker = logLines(server).find((l) => l.reqId === requestId)?.worker))
    .toBeDefined();
  return worker!;
}

/** Fresh connections until both workers have answered `path`; the answers. */
export async function fromBothWorkers(server: SecondServer, path: string): Promise<Answer[]> {
  const answers: Answer[] = [];
  const workers = new Set<number>();
  for (let i = 0; i < 20 && workers.size < 2; i++) {
    const answer = await get(server.baseURL + path);
    answers.push(answer);
    workers.add(await workerOf(server, answer.requestId));
  }
  expect(workers.size, `${path} answered by both workers`).toBe(2);
  return answers;
}

export const count = (server: SecondServer, msg: string) =>
  logLines(server).filter((l) => l.msg === msg).length;
