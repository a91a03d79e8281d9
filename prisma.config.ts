import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';
import { databaseProvider, databaseUrl, ensureDatabaseDirectory, PRISMA_PATHS } from './lib/db/url';
import { loadLocalEnv } from './lib/runtime/local-env';

loadLocalEnv();

const url = databaseUrl();
const provider = databaseProvider(url);

// Prisma 6.19's schema engine runs as WebAssembly through the driver adapter, so migrations work
// without downloading engine binaries (see README, "Toolchain"). DATABASE_URL picks the provider,
// and with it the schema and the migrations folder (README, "PostgreSQL").
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: PRISMA_PATHS[provider].schema,
  migrations: { path: PRISMA_PATHS[provider].migrations, seed: 'tsx prisma/seed.ts' },
  adapter: async () =>
    provider === 'sqlite'
      ? new PrismaBetterSqlite3({ url: ensureDatabaseDirectory(url) })
      : new PrismaPg({ connectionString: url }),
});
