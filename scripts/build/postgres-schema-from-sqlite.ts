/**
 * The PostgreSQL schema derived from the SQLite one (see scripts/build/postgres-schema.ts). Only the
 * datasource, the client's output folder and the search model differ; everything else is copied.
 */

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:schema:postgres\`: do not edit by hand.
// The models are the SQLite schema's; the datasource, the client output and ArticleSearch differ.
`;

const GENERATOR = `generator client {
  provider   = "prisma-client"
  output     = "../../generated/prisma-pg"
  engineType = "client"
}`;

// A literal url keeps the CLI from looking for a query engine; DATABASE_URL decides the server
// (prisma.config.ts and lib/db/client.ts pass it to the driver adapter).
const DATASOURCE = `datasource db {
  provider = "postgresql"
  url      = "postgresql://localhost/portal"
}`;

/** PostgreSQL's counterpart of SQLite's FTS5 tables: filled by lib/search/postgres.ts. */
const SEARCH_MODEL = `
/// The search index on PostgreSQL (lib/search/postgres.ts): the same normalized, stemmed text as
/// SQLite's FTS5 tables, as tsvectors built in JavaScript. Rows of published articles only,
/// filled from SearchQueue; triggers (search_triggers migration) queue and drop entries.
model ArticleSearch {
  articleId   Int                     @id
  publishedAt DateTime
  title       Unsupported("tsvector")
  document    Unsupported("tsvector")

  @@index([title], type: Gin)
  @@index([document], type: Gin)
  @@index([publishedAt(sort: Desc), articleId(sort: Desc)])
}
`;

function replaceBlock(schema: string, kind: 'generator' | 'datasource', block: string): string {
  const pattern = new RegExp(`^${kind} \\w+ \\{[^}]*\\}`, 'm');
  if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma has no ${kind} block`);
  return schema.replace(pattern, block);
}

export function postgresSchema(sqliteSchema: string): string {
  // The leading comment speaks of the SQLite file: the generated header replaces it.
  const body = sqliteSchema.replace(/^(\/\/[^\n]*\n)+/, '');
  const withBlocks = replaceBlock(
    replaceBlock(body, 'generator', GENERATOR),
    'datasource',
    DATASOURCE,
  );
  return `${HEADER}${withBlocks.trimEnd()}\n${SEARCH_MODEL}`;
}
