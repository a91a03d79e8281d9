#!/usr/bin/env bash
# What the tests need besides node_modules, installed when missing (as root, with apt), or else a
# stop at once with the exact command to run. `npm test` calls it with «e2e», `npm run
# test:postgres` with «postgres» (npm's pretest hooks).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules/.bin ]; then
  echo "tests: node_modules is missing. Run: npm ci" >&2
  exit 1
fi

packages=()
case "${1:-e2e}" in
  e2e)
    [ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || packages+=(chromium)
    command -v xmllint >/dev/null || packages+=(libxml2-utils)
    # e2e/proxy.spec.ts runs the application behind deploy/nginx (and the benchmarks use it).
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || packages+=(nginx-light)
    # The layout-shift tests and the screenshot baselines expect the fallback font app/globals.css is sized against.
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
    # The photo tests write an iPhone-style HEIC (heif-enc) and read what EXIF survived (exiftool).
    command -v heif-enc >/dev/null || packages+=(libheif-examples)
    command -v exiftool >/dev/null || packages+=(libimage-exiftool-perl)
    ;;
  postgres)
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || packages+=(postgresql)
    command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] || packages+=(redis-server)
    ;;
  *)
    echo "usage: ensure-tools.sh e2e|postgres" >&2
    exit 2
    ;;
esac
[ ${#packages[@]} -eq 0 ] && exit 0

command="apt-get update && apt-get install -y ${packages[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "tests: missing ${packages[*]}. Install them first, e.g.: sudo sh -c '$command'" >&2
  exit 1
fi
echo "tests: installing ${packages[*]} (about 80 s for chromium)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
