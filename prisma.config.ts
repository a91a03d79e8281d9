import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { databaseUrl, ensureDatabaseDirectory } from './lib/db-url';
import { loadLocalEnv } from './lib/local-env';

loadLocalEnv();

// Prisma 6.19's schema engine runs as WebAssembly through the driver adapter, so migrations work
// without downloading engine binaries (see README, "Toolchain").
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  adapter: async () => new PrismaBetterSqlite3({ url: ensureDatabaseDirectory(databaseUrl()) }),
});
