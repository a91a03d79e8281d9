import { PEER_HEADER } from '../runtime/readiness-view';
import type { Step } from './steps';

/**
 * A server step: X-Forwarded-For is the socket's peer unless TRUST_PROXY=1 says a proxy we run
 * (deploy/nginx) set it, so a client cannot choose the address that sign-in throttling sees.
 */
export function forwardedFor(trustProxy: boolean): Step {
  return (req, _res, next) => {
    if (!trustProxy || !req.headers['x-forwarded-for'])
      req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    // The direct peer, whatever a client wrote in this header: /readyz shows its details only to
    // this machine (lib/runtime/readiness-view.ts).
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
    next();
  };
}
