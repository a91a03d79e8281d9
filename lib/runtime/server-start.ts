/** Node.js server start-up (called from instrumentation.ts; never on the Edge runtime). */
export function onServerStart(): void {
  // @resvg/resvg-js calls process.report.getReport() when it loads (to tell glibc from musl). With
  // network details included, that report resolves the peer of every open socket: under load it
  // froze the server for seconds. Without them it takes milliseconds.
  if (process.report) (process.report as { excludeNetwork?: boolean }).excludeNetwork = true;
}
