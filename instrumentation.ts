/**
 * Runs once when a server starts. On the Node.js runtime of `next start`, it starts the clock that
 * makes scheduled articles appear at their time (see lib/newsroom/publication.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startPublicationClock } = await import('./lib/newsroom/publication-clock');
  startPublicationClock();
}
