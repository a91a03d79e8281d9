import type { IncomingMessage } from 'node:http';
import { PEER_HEADER } from '../runtime/readiness-view';
import type { Step } from './steps';

/** Headers a proxy in front sets; a client could write any of them itself. */
const FORWARDED = [
  'x-forwarded-for',
  'x-real-ip',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'forwarded',
] as const;

/**
 * The client's address as our own proxy saw it: the X-Real-IP it sets, or else the last hop of
 * X-Forwarded-For (the one it appended; any hop before it is whatever the client wrote).
 */
export function proxiedClient(req: IncomingMessage): string | undefined {
  const real = req.headers['x-real-ip'];
  if (typeof real === 'string' && real.trim()) return real.trim();
  const hops = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1);
}

/**
 * A server step: every later reader of X-Forwarded-For (sign-in throttling, the audit trail, the
 * request log) finds one address in it, the client's. Without TRUST_PROXY=1 that is the socket's
 * peer and every forwarded header a client sent is dropped; with it, the address our proxy
 * (deploy/nginx) reports, so a client still cannot choose the address throttling sees.
 */
export function forwardedFor(trustProxy: boolean): Step {
  return (req, _res, next) => {
    const peer = req.socket.remoteAddress ?? '';
    const client = trustProxy ? (proxiedClient(req) ?? peer) : peer;
    if (!trustProxy) for (const name of FORWARDED) delete req.headers[name];
    req.headers['x-forwarded-for'] = client;
    // The direct peer, whatever a client wrote in this header: /readyz shows its details only to
    // this machine (lib/runtime/readiness-view.ts).
    req.headers[PEER_HEADER] = peer;
    next();
  };
}
