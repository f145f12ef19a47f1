# shellcheck shell=bash
# Sourced by scripts/postgres.sh and scripts/ensure-system-packages.sh, so both find the same
# PostgreSQL the same way.

# Newest installed PostgreSQL major version that ships initdb and pg_ctl (Debian keeps each major
# side by side under /usr/lib/postgresql/<major>); empty if none.
newest_pg_major() {
  local dir major best=""
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] || continue
    major="$(basename "$(dirname "$dir")")"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if [[ -z "$best" ]] || ((major > best)); then best="$major"; fi
  done
  printf '%s' "$best"
}

# The folder of one major version's programs.
pg_bin_of() { printf '/usr/lib/postgresql/%s/bin' "$1"; }
