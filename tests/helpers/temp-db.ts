import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '../../lib/db';

const migrationsDir = path.join(__dirname, '..', '..', 'prisma', 'migrations');

/**
 * Applies the committed migrations, in order, to a SQLite file: all of them, or those after `after`
 * up to and including `upTo`.
 */
export function applyMigrations(file: string, upTo?: string, after?: string): void {
  const db = new Database(file);
  try {
    for (const name of readdirSync(migrationsDir).filter((n) => /^\d+_/.test(n)).sort()) {
      if (upTo && name > upTo) break;
      if (after && name <= after) continue;
      db.exec(readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
    }
  } finally {
    db.close();
  }
}

export type TempDb = { file: string; url: string; prisma: PrismaClient; cleanup: () => Promise<void> };

/** A real SQLite database file in a temporary folder, with the project's schema. */
export function createTempDb(): TempDb {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-test-'));
  const file = path.join(dir, 'test.db');
  applyMigrations(file);
  const url = `file:${file}`;
  const prisma = createPrismaClient(url);
  return {
    file,
    url,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, for before/after comparisons. */
export function dumpTables(file: string, tables: string[]): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}
