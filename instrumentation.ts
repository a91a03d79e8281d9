/** Runs once when a server starts; the Node.js part lives in lib/server-start.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { onServerStart } = await import('./lib/server-start');
    onServerStart();
  }
}
