import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { logger, requestIdFrom } from './log';
import type { Step } from './steps';

/**
 * A server step: one JSON line per request (id, method, path, status, duration), through
 * pino-http. The id is the proxy's when well-formed (a reader can quote it to support), else new,
 * and is sent back as X-Request-Id. Nothing from cookies or authorization headers is logged.
 */
export function requestLog(to: Logger = logger): Step {
  const log = pinoHttp({
    logger: to,
    genReqId: (req, res) => {
      const id = requestIdFrom(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'reqId', responseTime: 'durationMs' },
    customProps: (req, res) => ({ method: req.method, path: req.url, status: res.statusCode }),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    serializers: { req: () => undefined, res: () => undefined },
    wrapSerializers: false,
    quietReqLogger: true,
  });
  return (req, res, next) => {
    log(req, res);
    next();
  };
}
