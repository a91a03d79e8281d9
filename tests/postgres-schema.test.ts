import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { postgresSchema } from '../scripts/build/postgres-schema-from-sqlite';

const root = path.join(__dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('PostgreSQL schema', () => {
  it('is exactly what prisma/schema.prisma generates (run `npm run db:schema:postgres` after a model change)', () => {
    assert.equal(
      read('prisma/postgres/schema.prisma'),
      postgresSchema(read('prisma/schema.prisma')),
    );
  });

  it('differs from the SQLite schema only in datasource, client output and the search model', () => {
    const generated = postgresSchema(read('prisma/schema.prisma'));
    assert.match(generated, /provider = "postgresql"/);
    assert.match(generated, /output\s+= "\.\.\/\.\.\/generated\/prisma-pg"/);
    for (const model of read('prisma/schema.prisma').matchAll(/^model \w+ \{[^}]*\}/gm))
      assert.ok(generated.includes(model[0]), model[0].split('\n')[0]);
    assert.match(generated, /model ArticleSearch \{/);
  });

  it('refuses a source schema it cannot rewrite', () => {
    assert.throws(() => postgresSchema('model A {\n  id Int @id\n}\n'), /no generator block/);
  });
});
