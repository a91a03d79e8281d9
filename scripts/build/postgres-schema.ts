/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one source of the models.
 * Prisma fixes the provider per schema file, so PostgreSQL gets a generated copy: the same models
 * with its own datasource and client output, plus the search index that SQLite keeps in FTS5
 * virtual tables outside the Prisma schema. `--check` fails when the committed copy is stale
 * (run by tests/postgres-schema.test.ts in `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { postgresSchema } from './postgres-schema-from-sqlite';

const root = path.join(__dirname, '..', '..');
const source = path.join(root, 'prisma', 'schema.prisma');
const target = path.join(root, 'prisma', 'postgres', 'schema.prisma');

const expected = postgresSchema(readFileSync(source, 'utf8'));
if (process.argv.includes('--check')) {
  const actual = readFileSync(target, 'utf8');
  if (actual !== expected) {
    console.error('prisma/postgres/schema.prisma is out of date: run `npm run db:schema:postgres`');
    process.exit(1);
  }
  console.log('prisma/postgres/schema.prisma matches prisma/schema.prisma');
} else {
  writeFileSync(target, expected);
  console.log('wrote prisma/postgres/schema.prisma');
}
