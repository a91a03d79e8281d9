import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { Agent } from 'node:http';
import { startSecondServer, type SecondServer } from './support/second-server';
import { seedArticle } from './support/seed';
import { count, fromBothWorkers, get, logLines, workerOf, type Answer } from './support/workers';

/** A server of two workers (WEB_CONCURRENCY=2) over its own copy of the database. */
test.describe.configure({ mode: 'serial' });

let server: SecondServer;
test.beforeAll(async () => {
  server = await startSecondServer(3195, { WEB_CONCURRENCY: '2', LOG_LEVEL: 'info' });
});
test.afterAll(async () => {
  server.process.kill('SIGTERM');
  await server.exited;
});

test('/readyz answers for the whole server from either worker', async () => {
  for (const answer of await fromBothWorkers(server, '/readyz')) {
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ready: true, workers: '2 of 2' });
  }
  // The background clock runs in one worker, not in each.
  expect(count(server, 'background clock runs in this worker')).toBe(1);
});

test('a page one worker rendered is answered by the other from its cache, without a render', async () => {
  const first = await get(server.baseURL + seedArticle.authorPath);
  expect(first.status).toBe(200);
  expect(first.body).toContain('lang="ar"');
  const renderedBy = await workerOf(server, first.requestId);
  const others: Answer[] = [];
  for (let i = 0; i < 20 && others.length < 2; i++) {
    const answer = await get(server.baseURL + seedArticle.authorPath);
    if ((await workerOf(server, answer.requestId)) !== renderedBy) others.push(answer);
  }
  expect(others.length, 'answers from the other worker').toBe(2);
  for (const answer of others) expect(answer.body).toBe(first.body);
  // Answered from the response cache (x-cache: HIT), not rendered again.
  for (const answer of others) expect(answer.cache).toBe('HIT');
  expect(first.cache).toBeUndefined();
});

test('a search never takes the write lock: it answers while another process holds it, and the queue is indexed after', async () => {
  test.setTimeout(90_000);
  const word = 'زنجبيلية';
  const search = `/search?q=${encodeURIComponent(word)}`;
  const db = new Database(server.databaseFile);
  try {
    // A write outside the editor: the database trigger queues the article for the search index.
    db.prepare('UPDATE Article SET dek = dek || ? WHERE id = ?').run(` ${word}`, seedArticle.id);
    expect(db.prepare('SELECT count(*) AS n FROM SearchQueue').get()).toEqual({ n: 1 });
    db.exec('BEGIN IMMEDIATE');
    try {
      // Longer than the server's 5 s busy timeout: a search that waited for the lock would fail.
      const heldUntil = Date.now() + 7_000;
      for (const answer of await fromBothWorkers(server, search)) {
        expect(answer.status, 'search while the write lock is held').toBe(200);
        expect(answer.body).not.toContain(`href="${seedArticle.path}"`);
      }
      expect(Date.now()).toBeLessThan(heldUntil);
      await new Promise((resolve) => setTimeout(resolve, heldUntil - Date.now()));
    } finally {
      db.exec('ROLLBACK');
    }
    // The background clock indexes it and expires the cached searches, in every worker.
    await expect
      .poll(() => db.prepare('SELECT count(*) AS n FROM SearchQueue').get(), { timeout: 20_000 })
      .toEqual({ n: 0 });
    for (const answer of await fromBothWorkers(server, search))
      expect(answer.body, 'found once indexed').toContain(`href="${seedArticle.path}"`);
  } finally {
    db.close();
  }
});

test('a publication expires the pages of every worker, from one clock', async () => {
  test.setTimeout(60_000);
  const title = 'عنوان جديد يظهر عند النشر في كل العمليات';
  for (const path of ['/', seedArticle.path])
    for (const answer of await fromBothWorkers(server, path)) {
      expect(answer.status).toBe(200);
      expect(answer.body).not.toContain(title);
    }
  const db = new Database(server.databaseFile);
  try {
    // Rescheduled a few seconds ahead with a new headline: cached pages keep the old one until
    // the clock expires them at the publication time.
    const due = new Date(Date.now() + 6_000).toISOString().replace('Z', '+00:00');
    db.prepare('UPDATE Article SET title = ?, publishedAt = ? WHERE id = ?').run(
      title,
      due,
      seedArticle.id,
    );
  } finally {
    db.close();
  }
  // Articles the newsroom tests scheduled may become due meanwhile: look for this one.
  const dueLines = () =>
    logLines(server).filter(
      (l) => l.msg === 'publication clock: articles became due' && l.ids?.includes(seedArticle.id),
    ).length;
  await expect.poll(dueLines, { timeout: 20_000 }).toBe(1);
  // Said once the other worker has expired it too: the next request to either shows it.
  for (const path of ['/', seedArticle.path])
    for (const answer of await fromBothWorkers(server, path))
      expect(answer.body, `${path} after publication`).toContain(title);
  expect(dueLines(), 'expired by one clock, once').toBe(1);
});

test('a worker that dies is replaced, and the other keeps its connections', async () => {
  test.setTimeout(60_000);
  const agents = Array.from({ length: 12 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  try {
    const first = await Promise.all(agents.map((agent) => get(`${server.baseURL}/healthz`, agent)));
    const workers = await Promise.all(first.map((a) => workerOf(server, a.requestId)));
    expect(new Set(workers).size, 'connections on both workers').toBe(2);
    const victim = workers[0]!;
    const clockBefore = logLines(server).find(
      (l) => l.msg === 'background clock runs in this worker',
    )?.worker;
    const pid = logLines(server).find((l) => l.worker === victim && l.pid)?.pid;
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL');
    await expect
      .poll(() => count(server, 'worker died: replacing it'), { timeout: 10_000 })
      .toBe(1);

    // Connections of the survivor answer again on the same socket; the victim's were closed.
    for (const [i, agent] of agents.entries()) {
      if (workers[i] === victim) continue;
      const again = await get(`${server.baseURL}/healthz`, agent);
      expect(again.status).toBe(200);
      expect(again.localPort, 'the same connection').toBe(first[i]!.localPort);
      expect(await workerOf(server, again.requestId)).toBe(workers[i]);
    }
    await expect
      .poll(async () => JSON.parse((await get(`${server.baseURL}/readyz`)).body).workers, {
        timeout: 30_000,
      })
      .toBe('2 of 2');
    const served = new Set<number>();
    for (const answer of await fromBothWorkers(server, '/'))
      served.add(await workerOf(server, answer.requestId));
    expect(served.has(victim), 'the dead worker answers nothing').toBe(false);
    // The clock goes on in a live worker if it ran in the dead one.
    const clocks = logLines(server).filter((l) => l.msg === 'background clock runs in this worker');
    expect(clocks).toHaveLength(clockBefore === victim ? 2 : 1);
    expect(clocks.at(-1)?.worker).not.toBe(victim);
  } finally {
    for (const agent of agents) agent.destroy();
  }
});
