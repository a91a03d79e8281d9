#!/usr/bin/env bash
# Writes a migration for each provider from the difference between the schema at HEAD and the
# working copy: prisma/migrations (SQLite) and prisma/postgres/migrations (PostgreSQL, whose schema
# is regenerated from prisma/schema.prisma first).
# `prisma migrate dev` needs a shadow database replay that fails offline; `migrate diff` does not.
set -euo pipefail
name="${1:?usage: npm run db:migration <name>}"
cd "$(dirname "$0")/../.."
node_modules/.bin/tsx scripts/build/postgres-schema.ts
stamp=$(date -u +%Y%m%d%H%M%S)

write_migration() {
  local schema="$1" folder="$2" previous from sql dir
  previous=$(mktemp --suffix=.prisma)
  if git cat-file -e "HEAD:$schema" 2>/dev/null; then
    git show "HEAD:$schema" > "$previous"
    from=(--from-schema-datamodel "$previous")
  else
    from=(--from-empty)
  fi
  sql=$(node_modules/.bin/prisma migrate diff "${from[@]}" --to-schema-datamodel "$schema" --script)
  rm -f "$previous"
  if ! grep -qvE '^\s*(--.*)?$' <<<"$sql"; then
    echo "$schema: no schema change, no migration written"
    return
  fi
  dir="$folder/${stamp}_${name}"
  mkdir -p "$dir"
  printf '%s\n' "$sql" > "$dir/migration.sql"
  echo "wrote $dir/migration.sql"
}

write_migration prisma/schema.prisma prisma/migrations
write_migration prisma/postgres/schema.prisma prisma/postgres/migrations
