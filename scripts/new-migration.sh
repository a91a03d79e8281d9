#!/usr/bin/env bash
# Writes a migration from the difference between the schema at HEAD and the working copy.
# `prisma migrate dev` needs a shadow database replay that fails offline; `migrate diff` does not.
set -euo pipefail
name="${1:?usage: npm run db:migration <name>}"
cd "$(dirname "$0")/.."
schema=prisma/schema.prisma
previous=$(mktemp --suffix=.prisma)
trap 'rm -f "$previous"' EXIT
if git cat-file -e "HEAD:$schema" 2>/dev/null; then
  git show "HEAD:$schema" > "$previous"
  from=(--from-schema-datamodel "$previous")
else
  from=(--from-empty)
fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
sql=$(node_modules/.bin/prisma migrate diff "${from[@]}" --to-schema-datamodel "$schema" --script)
if ! grep -qvE '^\s*(--.*)?$' <<<"$sql"; then
  echo "no schema change: no migration written"
  exit 0
fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
echo "wrote $dir/migration.sql"
