import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Command-line tools (prisma, seed, import, admin:create) read .env.local and .env as `next start`
 * does, so they work on the same database and secret. Variables already set always win.
 */
export function loadLocalEnv(dir = process.cwd()): void {
  for (const name of ['.env.local', '.env']) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!match || line.trim().startsWith('#')) continue;
      const [, key, raw] = match;
      const value = raw!.replace(/^(['"])(.*)\1$/, '$2');
      if (process.env[key!] === undefined) process.env[key!] = value;
    }
  }
}
