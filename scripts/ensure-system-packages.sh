#!/usr/bin/env bash
# Makes sure the system packages the full test run needs are present:
#   - PostgreSQL server binaries, 15 or later (Debian package "postgresql"),
#     for the storage/service/HTTP tests on a real server;
#   - Chromium (Debian package "chromium") for the headless browser journeys,
#     plus a basic font so pages render text;
#   - poppler-utils (pdftoppm, pdftotext) to render and read the care plan PDF
#     in the browser journeys.
# Installs what is missing when run as root; otherwise says what to install.
# Only checks files when everything is present, so repeated runs are instant.
set -euo pipefail

readonly MIN_PG_MAJOR=15
readonly FONT_FILE=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

log() { printf 'ensure-system-packages: %s\n' "$*" >&2; }

# newest_pg_major: the newest installed PostgreSQL with initdb and pg_ctl; empty if none.
# shellcheck source=scripts/lib/newest-postgres.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/newest-postgres.sh"

have_postgres() {
  local major
  major="$(newest_pg_major)"
  # pg_isready and psql come with the client package that "postgresql" pulls in.
  [[ -n "$major" ]] && ((major >= MIN_PG_MAJOR)) \
    && command -v pg_isready >/dev/null && command -v psql >/dev/null
}

missing=()
have_postgres || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
[[ -f "$FONT_FILE" ]] || missing+=(fonts-dejavu-core)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)

if ((${#missing[@]} == 0)); then
  exit 0
fi

# Whenever Chromium or PostgreSQL is installed, the font comes along.
wanted=("${missing[@]}")
[[ " ${wanted[*]} " == *" fonts-dejavu-core "* ]] || wanted+=(fonts-dejavu-core)

if ((EUID != 0)); then
  log "missing system packages: ${missing[*]}"
  log "install them as root, for example:"
  log "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${wanted[*]}"
  exit 1
fi

if ! command -v apt-get >/dev/null; then
  log "missing system packages: ${missing[*]}, and apt-get is not available to install them"
  exit 1
fi

# Never prompt: this runs unattended in CI with no stdin.
export DEBIAN_FRONTEND=noninteractive
log "installing: ${wanted[*]}"
apt-get update
apt-get install -y --no-install-recommends "${wanted[@]}"

# Check again: an older distribution could provide a PostgreSQL that is too old.
if ! have_postgres; then
  log "PostgreSQL ${MIN_PG_MAJOR} or later is still not available (found: '$(newest_pg_major)')"
  exit 1
fi
if ! command -v chromium >/dev/null; then
  log "chromium is still not on PATH after installing it"
  exit 1
fi
if ! command -v pdftoppm >/dev/null; then
  log "pdftoppm is still not on PATH after installing poppler-utils"
  exit 1
fi
log "system packages ready"
