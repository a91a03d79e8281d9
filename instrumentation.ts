/** Runs once when a server starts; the Node.js part lives in lib/runtime/server-start.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { onServerStart } = await import('./lib/runtime/server-start');
    onServerStart();
  }
}
