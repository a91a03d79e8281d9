#!/usr/bin/env bash
# Fresh database, migrations, seed, production build, then the production server (Playwright stops it).
# SQLite by default; E2E_DATABASE_URL=postgresql://… runs on an empty PostgreSQL database (npm run test:postgres).
set -euo pipefail
port="${1:-3100}"
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${E2E_DATABASE_URL:-file:./data/e2e.db}"
export SITE_URL="${E2E_SITE_URL:-http://localhost:${port}}"
# Photos of this run in a folder of their own, emptied with the database (e2e/support/second-server.ts
# points second servers at the same folder).
export MEDIA_STORAGE_URL="${E2E_MEDIA_STORAGE_URL:-file:$(pwd)/data/e2e-media}"
[[ "$MEDIA_STORAGE_URL" == file:* ]] && rm -rf "${MEDIA_STORAGE_URL#file:}"
# An s3:// store (npm run test:postgres starts one) comes with its endpoint and credentials.
for name in AWS_ENDPOINT_URL_S3 AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_REGION; do
  e2e_name="E2E_$name"
  if [[ -n "${!e2e_name:-}" ]]; then export "$name=${!e2e_name}"; fi
done
export AUTH_SECRET="${AUTH_SECRET:-$(node -e "console.log(require('crypto').randomBytes(48).toString('base64url'))")}"
if [[ "$DATABASE_URL" == file:* ]]; then
  db_file="${DATABASE_URL#file:}"
  rm -f "$db_file" "$db_file-wal" "$db_file-shm" "$db_file-journal"
fi
node_modules/.bin/prisma migrate deploy
node_modules/.bin/prisma db seed
# Newsroom accounts for the admin tests (e2e/support/accounts.ts has the same values).
ADMIN_PASSWORD='Ocean-Atlas-Sahara-2030' node_modules/.bin/tsx scripts/ops/admin-create.ts --email admin@e2e.test --name 'مديرة الاختبار' --role admin
ADMIN_PASSWORD='Fes-Meknes-Ifrane-2030' node_modules/.bin/tsx scripts/ops/admin-create.ts --email throttled@e2e.test --name 'محرر الاختبار' --role editor
# The data cache of an earlier run would otherwise serve that run's articles for a while.
rm -rf .next/cache/fetch-cache
npm run build --silent
PORT="$port" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" exec node --max-old-space-size=384 .next/server.cjs
