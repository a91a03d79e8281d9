import { connect, type Socket } from 'node:net';
import { expect, test } from '@playwright/test';
import { startSecondServer, type SecondServer } from './support/second-server';

/**
 * Slow and oversized requests against a production server of its own with two render slots (the
 * SQLite default): clients that trickle a body or never read their answer hold no slot a reader
 * needs, and a body over its path's limit is refused before Next.js reads it.
 */
test.describe.configure({ mode: 'serial' });

let server: SecondServer;
let port: number;
test.beforeAll(async () => {
  // Slots are per process: with one worker, every trickled body lands on the slots it holds.
  server = await startSecondServer(3194, {
    RENDER_CONCURRENCY: '2',
    RESPONSE_CACHE_MB: '0',
    WEB_CONCURRENCY: '1',
  });
  port = Number(new URL(server.baseURL).port);
});
test.afterAll(() => {
  server.process.kill('SIGTERM');
});

/** A raw connection and everything the server has sent on it so far. */
function open(request: string): { socket: Socket; received: () => string; closed: Promise<void> } {
  let received = '';
  const socket = connect(port, '127.0.0.1', () => socket.write(request));
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => {});
  return { socket, received: () => received, closed };
}

/** Milliseconds a search nobody asked before takes to answer (never cached: a real render). */
async function timedSearch(n: number): Promise<number> {
  const started = Date.now();
  const response = await fetch(`${server.baseURL}/search?q=${encodeURIComponent(`خبر ${n}`)}`);
  expect(response.status).toBe(200);
  await response.text();
  return Date.now() - started;
}

test('trickled bodies and unread answers do not hold the render slots readers need', async () => {
  test.setTimeout(60_000);
  const usual = Math.max(...(await Promise.all([1, 2, 3].map(timedSearch))));
  // Four sign-in forms (multipart, as a browser without JavaScript posts one: Next.js reads the
  // body to find the action) that declare 2,000 bytes and send one every 200 ms, and two clients
  // that ask for the largest page and never read it.
  const tricklers = Array.from({ length: 4 }, () =>
    open(
      'POST /admin/sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 2000\r\n\r\n--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n',
    ),
  );
  const drip = setInterval(() => tricklers.forEach((t) => t.socket.write('a')), 200);
  const readers = Array.from({ length: 2 }, () => {
    const client = open('GET /sitemaps/articles-0.xml HTTP/1.1\r\nHost: localhost\r\n\r\n');
    client.socket.pause();
    return client;
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const during: number[] = [];
    for (let n = 10; n < 16; n++) during.push(await timedSearch(n));
    // Blocked behind them, a search would wait for a trickled body to end (ten seconds).
    expect(Math.max(...during), `usual ${usual} ms; during ${during.join(', ')} ms`).toBeLessThan(
      Math.max(3 * usual, 2000),
    );
    // The sign-in body's deadline (10 s) ends each trickle with a 408.
    await Promise.all(tricklers.map((t) => t.closed));
    for (const t of tricklers) expect(t.received()).toMatch(/^HTTP\/1\.1 408/);
  } finally {
    clearInterval(drip);
    tricklers.forEach((t) => t.socket.destroy());
    readers.forEach((r) => r.socket.destroy());
  }
});

test('a body over its path’s limit is refused before it is read, and one without a length too', async () => {
  const signIn = `${server.baseURL}/admin/sign-in`;
  const large = await fetch(signIn, { method: 'POST', body: 'email=' + 'a'.repeat(20_000) });
  expect(large.status).toBe(413);
  expect(await large.text()).toContain('الطلب كبير جداً');
  const chunked = open(
    'POST /admin/sign-in HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nemail\r\n0\r\n\r\n',
  );
  await chunked.closed;
  expect(chunked.received()).toMatch(/^HTTP\/1\.1 411/);
  // The editor's limit is larger: the same body reaches the newsroom (which answers it itself).
  const editor = await fetch(`${server.baseURL}/admin/articles/new`, {
    method: 'POST',
    body: 'a'.repeat(20_000),
    redirect: 'manual',
  });
  expect(editor.status).not.toBe(413);
});
