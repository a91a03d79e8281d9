/**
 * After `next build` (postbuild): bundles server.ts and what it imports into .next/server.cjs, which
 * `npm run serve` runs with plain Node. Running the TypeScript through tsx instead kept its loader
 * (a second V8 isolate on a worker thread) and its transform caches in the server process: about
 * 55 MB more at idle and 80 MB more at peak under the benchmark's load (docs/performance.md).
 */
import { build } from 'esbuild';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** One bundle of the production server; Next.js and native modules stay in node_modules. */
export async function bundleServer(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['next', 'better-sqlite3', '@prisma/*', 'pg'],
    logLevel: 'warning',
    legalComments: 'none',
  });
}

if (require.main === module) {
  bundleServer(path.join(root, 'server.ts'), path.join(root, '.next', 'server.cjs')).then(
    () => console.log('bundle-server: .next/server.cjs is ready (npm run serve)'),
    (error: unknown) => {
      console.error(`bundle-server: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
