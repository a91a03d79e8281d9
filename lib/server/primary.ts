import cluster, { type Worker } from 'node:cluster';
import { logger } from '../http/log';
import { workerMessage, type PrimaryMessage, type ServerState } from './messages';
import { wholeLines } from './whole-lines';

export type PrimaryOptions = {
  workers: number;
  /** How long workers keep answering after SIGTERM before they close (SHUTDOWN_DRAIN_MS). */
  drainMs: number;
  /** How long a worker may then take to finish its requests before it exits on its own. */
  graceMs: number;
  /** Called once every worker has exited, before the primary does (the server lock file). */
  onStopped?: () => void;
};

/** Longest a relayed expiry is remembered: workers wait at most PEER_EXPIRY_CAP_MS for it. */
const RELAY_FORGET_MS = 10_000;
/** Replacements of crashed workers within this window count towards the back-off. */
const CRASH_WINDOW_MS = 60_000;
const MAX_RESTART_DELAY_MS = 30_000;

type Relay = { from: Worker; id: number; waiting: Set<number>; at: number };

/**
 * The primary process of a server with several workers (docs/decisions/0011-workers.md). It runs
 * no Next.js and answers no request: the workers share its listening socket. It relays each
 * change between workers, gives the background clock to exactly one of them, replaces a worker
 * that dies (the others keep their connections), and on SIGTERM or SIGINT passes the signal to
 * every worker and exits when the last has drained.
 */
export function runPrimary(options: PrimaryOptions): void {
  const log = logger.child({ component: 'workers' });
  const listening = new Set<number>();
  const relays = new Map<number, Relay>();
  const crashes: number[] = [];
  let clockWorker: number | undefined;
  let everListened = false;
  let stopping = false;
  let failed = false;
  let nextRelay = 0;

  // 'advanced': pages travel as bytes, not as JSON arrays of numbers.
  cluster.setupPrimary({ silent: true, serialization: 'advanced' });

  const send = (worker: Worker, message: PrimaryMessage) => {
    if (worker.isConnected()) worker.send(message, (error: Error | null) => void error);
  };
  // A worker that exited stays in cluster.workers until its channel has closed too.
  const alive = () =>
    Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
  const state = (): ServerState => ({
    listening: listening.size,
    expected: options.workers,
    stopping,
  });
  const tellState = () => {
    for (const worker of alive()) send(worker, { type: 'server', state: state() });
  };
  const assignClock = () => {
    if (stopping || (clockWorker !== undefined && listening.has(clockWorker))) return;
    clockWorker = [...listening].sort((a, b) => a - b)[0];
    const worker = clockWorker === undefined ? undefined : cluster.workers?.[clockWorker];
    if (worker) {
      send(worker, { type: 'clock', run: true });
      log.info({ worker: clockWorker }, 'background clock runs in this worker');
    }
  };
  const settle = (relayId: number, relay: Relay) => {
    relays.delete(relayId);
    send(relay.from, { type: 'expire-done', id: relay.id });
  };
  const acknowledge = (relayId: number, workerId: number) => {
    const relay = relays.get(relayId);
    if (!relay) return;
    relay.waiting.delete(workerId);
    if (relay.waiting.size === 0) settle(relayId, relay);
  };

  const fork = () => {
    const worker = cluster.fork();
    worker.process.stdout?.pipe(wholeLines()).pipe(process.stdout, { end: false });
    worker.process.stderr?.pipe(wholeLines()).pipe(process.stderr, { end: false });
    worker.on('message', (raw: unknown) => {
      const message = workerMessage.safeParse(raw);
      if (!message.success) return;
      if (message.data.type === 'expired') return acknowledge(message.data.id, worker.id);
      if (message.data.type === 'page') {
        for (const other of alive())
          if (other.id !== worker.id && listening.has(other.id)) send(other, message.data);
        return;
      }
      const relayId = ++nextRelay;
      const others = alive().filter((w) => w.id !== worker.id && listening.has(w.id));
      const relay: Relay = {
        from: worker,
        id: message.data.id,
        waiting: new Set(others.map((w) => w.id)),
        at: Date.now(),
      };
      relays.set(relayId, relay);
      for (const other of others)
        send(other, { type: 'expire', id: relayId, tags: message.data.tags });
      if (relay.waiting.size === 0) settle(relayId, relay);
    });
    worker.on('listening', () => {
      everListened = true;
      listening.add(worker.id);
      tellState();
      assignClock();
    });
    return worker;
  };

  let exitCode = 0;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping && code !== 0) exitCode = 1;
    const wasListening = listening.delete(worker.id);
    for (const [relayId] of relays) acknowledge(relayId, worker.id);
    if (clockWorker === worker.id) clockWorker = undefined;
    tellState();
    if (alive().length === 0 && (stopping || failed)) return finish();
    if (stopping || failed) return;
    if (!wasListening && !everListened) {
      // Every worker fails the same way at start (a port in use, a bad build): say it once, stop.
      log.fatal({ worker: worker.id, code, signal }, 'a worker failed to start: stopping');
      failed = true;
      for (const other of alive()) other.process.kill('SIGTERM');
      if (alive().length === 0) finish();
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
    const delay =
      crashes.length <= 3 ? 0 : Math.min(1000 * 2 ** (crashes.length - 4), MAX_RESTART_DELAY_MS);
    log.error({ worker: worker.id, code, signal, restartInMs: delay }, 'worker died: replacing it');
    setTimeout(() => !stopping && fork(), delay).unref();
    assignClock();
  });

  setInterval(() => {
    for (const [relayId, relay] of relays)
      if (Date.now() - relay.at > RELAY_FORGET_MS) settle(relayId, relay);
  }, RELAY_FORGET_MS).unref();

  function finish() {
    options.onStopped?.();
    log.info({ exitCode: failed ? 1 : exitCode }, 'stopped: every worker has exited');
    process.exit(failed ? 1 : exitCode);
  }

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: every worker drains');
    tellState();
    for (const worker of alive()) worker.process.kill(signal);
    setTimeout(
      () => {
        log.warn('workers still running after the grace period: killing them');
        for (const worker of alive()) worker.process.kill('SIGKILL');
      },
      options.drainMs + options.graceMs + 5_000,
    ).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  log.info({ workers: options.workers }, 'starting workers');
  for (let i = 0; i < options.workers; i++) fork();
}
