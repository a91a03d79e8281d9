#!/usr/bin/env bash
# Fresh SQLite database, migrations, seed, production build, then `next start` (Playwright stops it).
set -euo pipefail
port="${1:-3100}"
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${E2E_DATABASE_URL:-file:./data/e2e.db}"
export SITE_URL="${E2E_SITE_URL:-http://localhost:${port}}"
db_file="${DATABASE_URL#file:}"
rm -f "$db_file" "$db_file-wal" "$db_file-shm" "$db_file-journal"
node_modules/.bin/prisma migrate deploy
node_modules/.bin/prisma db seed
npm run build --silent
exec node_modules/.bin/next start -p "$port"
