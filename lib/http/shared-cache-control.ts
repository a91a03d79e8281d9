import { SHARED_CACHE_CONTROL } from '../cache/tags';
import type { Step } from './steps';

/**
 * A server step. Next.js derives Cache-Control from its own revalidation period (an hour for an
 * article, which it expires on demand). Shared caches cannot see those expirations, so they get a
 * short freshness with stale-while-revalidate instead; private and no-store answers pass unchanged.
 */
export const sharedCacheControl: Step = (_req, res, next) => {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(
      name,
      name.toLowerCase() === 'cache-control' &&
        typeof value === 'string' &&
        value.startsWith('s-maxage=')
        ? SHARED_CACHE_CONTROL
        : value,
    );
  next();
};
