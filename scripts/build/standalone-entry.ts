/**
 * Entry of the standalone server (.next/standalone/server.js, bundled by scripts/build/standalone.ts):
 * runs server.ts from the folder it was deployed to, as Next.js's own standalone server does.
 */
process.chdir(__dirname);
(process.env as Record<string, string>).NODE_ENV = 'production';
// Imported after chdir: server.ts reads .env files and the build from the working directory.
void import('../../server');
