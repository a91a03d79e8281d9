import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { SEARCH_TRIGGERS } from '../helpers/search-triggers';
import { createTempDatabase, type TempDb } from '../helpers/temp-db';

const root = path.join(__dirname, '..', '..');

/** Tables, columns, indexes, constraints and triggers of the public schema, as PostgreSQL sees them. */
async function describeSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns:
        await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`),
      indexes: await q(
        `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
      ),
      constraints:
        await q(`SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
                            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`),
      triggers: (
        await q(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`)
      ).map((r) => r.tgname as string),
    };
  } finally {
    await client.end();
  }
}

describe('PostgreSQL migrations', () => {
  let migrated: TempDb;
  let fromSchema: TempDb;
  before(async () => {
    migrated = await createTempDatabase();
    fromSchema = await createTempDatabase({ migrations: false });
  });
  after(async () => {
    await migrated.cleanup();
    await fromSchema.cleanup();
  });

  it('applied to an empty database give exactly the schema of prisma/postgres/schema.prisma, plus the search triggers', async () => {
    const sql = execFileSync(
      path.join(root, 'node_modules', '.bin', 'prisma'),
      [
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema-datamodel',
        'prisma/postgres/schema.prisma',
        '--script',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();

    const expected = await describeSchema(fromSchema.url);
    const actual = await describeSchema(migrated.url);
    assert.deepEqual(actual.columns, expected.columns);
    assert.deepEqual(actual.indexes, expected.indexes);
    assert.deepEqual(actual.constraints, expected.constraints);
    assert.deepEqual(expected.triggers, []);
    assert.deepEqual(actual.triggers, SEARCH_TRIGGERS);
  });
});
