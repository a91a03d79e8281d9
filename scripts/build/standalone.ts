/**
 * After `next build` (postbuild): completes .next/standalone into a deployable instance. Next.js
 * writes there the traced server code and node_modules files; this adds our server (server.ts and
 * what it imports, bundled into server.js in place of Next.js's minimal one, so a deployed
 * instance keeps the security headers, guards, logs and graceful shutdown), the static files
 * (with their Brotli copies) and public/. Run it with `node server.js` from that folder.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bundleServer } from './bundle-server';

const root = path.join(__dirname, '..', '..');
const out = path.join(root, '.next', 'standalone');

async function main(): Promise<void> {
  if (!existsSync(path.join(out, '.next')))
    throw new Error('.next/standalone is missing: is output "standalone" set in next.config.js?');
  // Next.js and native modules come from the traced node_modules beside it.
  await bundleServer(
    path.join(root, 'scripts', 'build', 'standalone-entry.ts'),
    path.join(out, 'server.js'),
  );
  for (const [from, to] of [
    [path.join(root, '.next', 'static'), path.join(out, '.next', 'static')],
    [path.join(root, 'public'), path.join(out, 'public')],
  ] as const) {
    rmSync(to, { recursive: true, force: true });
    // public/ holds nothing in the repository today (git keeps no empty folder).
    if (!existsSync(from)) continue;
    cpSync(from, to, { recursive: true });
  }
  console.log('standalone: .next/standalone is ready (node server.js)');
}

main().catch((error: unknown) => {
  console.error(`standalone: ${(error as Error).message}`);
  process.exit(1);
});
