#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite, separate from any system
# cluster: data under <repo>/.tandem-test/postgres, listening on 127.0.0.1 only.
#
#   scripts/postgres.sh start   start it (initialising on first use) and print its URL
#   scripts/postgres.sh stop    stop it if it is running
#   scripts/postgres.sh url     print its URL
#   scripts/postgres.sh status  exit 0 if it is running
#
# `start` prints exactly one line on stdout, the database URL, so callers can
# capture it; everything else goes to stderr. If TANDEM_TEST_DATABASE_URL is
# set and answering, `start` just prints it and starts nothing.
# TANDEM_TEST_PG_PORT overrides the port (default 54329).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
readonly REPO_ROOT
readonly STATE_DIR="$REPO_ROOT/.tandem-test"
readonly PG_ROOT="$STATE_DIR/postgres"
readonly PGDATA_DIR="$PG_ROOT/data"
readonly LOG_FILE="$PG_ROOT/server.log"
readonly LOCK_FILE="$STATE_DIR/postgres.lock"
# Settings that change per start (port, socket folder) live in this file,
# included from postgresql.conf, so moving the checkout or the port just works.
readonly RUNTIME_CONF=tandem-runtime.conf
readonly HOST=127.0.0.1
readonly PORT="${TANDEM_TEST_PG_PORT:-54329}"
readonly DB_ROLE=tandem
readonly DB_PASSWORD=tandem
readonly DB_NAME=tandem
readonly MIN_PG_MAJOR=15

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() {
  log "$*"
  exit 1
}

is_root() { ((EUID == 0)); }

db_url() { printf 'postgres://%s:%s@%s:%s/%s\n' "$DB_ROLE" "$DB_PASSWORD" "$HOST" "$PORT" "$DB_NAME"; }

# shellcheck source=scripts/lib/newest-postgres.sh
source "$REPO_ROOT/scripts/lib/newest-postgres.sh"

# Newest PostgreSQL installed side by side under /usr/lib/postgresql/<major>.
PG_MAJOR=""
PG_BIN=""
find_pg() {
  PG_MAJOR="$(newest_pg_major)"
  [[ -n "$PG_MAJOR" ]] || die "no PostgreSQL server found; run: bash scripts/ensure-system-packages.sh"
  PG_BIN="$(pg_bin_of "$PG_MAJOR")"
  ((PG_MAJOR >= MIN_PG_MAJOR)) || die "PostgreSQL $PG_MAJOR is too old; $MIN_PG_MAJOR or later is needed"
  [[ -x "$PG_BIN/psql" && -x "$PG_BIN/pg_isready" ]] \
    || die "PostgreSQL client tools missing from $PG_BIN; run: bash scripts/ensure-system-packages.sh"
}

# initdb refuses to run as root, so as root the server runs as the postgres
# system user; the cd keeps it out of folders it may not be allowed to enter.
# fd 9 (the lock) is closed so the long-running server does not inherit it.
as_pg() {
  if is_root; then
    (cd "$PG_ROOT" && runuser -u postgres -- "$@" 9>&-)
  else
    "$@" 9>&-
  fi
}

# Serialise start/stop so two runs in one checkout do not race on initdb.
take_lock() {
  mkdir -p "$STATE_DIR"
  exec 9>"$LOCK_FILE"
  flock -w 120 9 || die "timed out waiting for another postgres.sh run ($LOCK_FILE)"
}

is_initialised() { [[ -f "$PGDATA_DIR/PG_VERSION" ]]; }

# pg_ctl from the major that created the cluster, if it is still installed.
cluster_pg_ctl() {
  local major
  major="$(cat "$PGDATA_DIR/PG_VERSION" 2>/dev/null || true)"
  if [[ -n "$major" && -x "$(pg_bin_of "$major")/pg_ctl" ]]; then
    printf '%s' "$(pg_bin_of "$major")/pg_ctl"
  else
    printf '%s' "$PG_BIN/pg_ctl"
  fi
}

is_running() {
  is_initialised || return 1
  as_pg "$(cluster_pg_ctl)" status -D "$PGDATA_DIR" >/dev/null 2>&1
}

# The 4th line of postmaster.pid is the port the running server listens on.
running_port() { sed -n 4p "$PGDATA_DIR/postmaster.pid" 2>/dev/null | tr -d '[:space:]'; }

# A non-root user cannot use (or repair) a cluster owned by someone else.
check_owner() {
  is_root && return 0
  if [[ -e "$PG_ROOT" && ! -O "$PG_ROOT" ]]; then
    die "$PG_ROOT belongs to another user ($(stat -c %U "$PG_ROOT")); stop it as that user and remove the folder, or run as that user"
  fi
}

# As root: the postgres user must be able to enter every folder on the way to
# the data folder, and own the data folder itself.
prepare_dirs() {
  mkdir -p "$PG_ROOT"
  if ! is_root; then
    chmod 700 "$PG_ROOT"
    return 0
  fi
  id -u postgres >/dev/null 2>&1 || die "the postgres system user is missing; run: bash scripts/ensure-system-packages.sh"

  if ! runuser -u postgres -- test -x "$STATE_DIR" 2>/dev/null; then
    # Walk from / downwards, adding only the search (x) bit where it is missing.
    local dir="" part
    local -a parts
    IFS=/ read -r -a parts <<<"${STATE_DIR#/}"
    for part in "${parts[@]}"; do
      dir="$dir/$part"
      if ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
        log "allowing other users to traverse $dir so the postgres user can reach the data folder"
        chmod o+x "$dir"
      fi
    done
  fi

  # A cluster left running by another user must not change owner under it.
  local pid
  pid="$(sed -n 1p "$PGDATA_DIR/postmaster.pid" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && [[ -d "/proc/$pid" && "$(stat -c %U "/proc/$pid")" != postgres ]]; then
    die "the cluster in $PGDATA_DIR is running as user $(stat -c %U "/proc/$pid"); stop it as that user first"
  fi

  # Only touch files that are not already the postgres user's (fast on re-runs).
  # A running server creates and deletes files meanwhile, so find may report
  # vanished files; the check below is what matters.
  find "$PG_ROOT" ! -user postgres -exec chown postgres:postgres {} + 2>/dev/null || true
  chmod 700 "$PG_ROOT"
  runuser -u postgres -- test -w "$PG_ROOT" || die "the postgres user cannot write to $PG_ROOT"
}

init_cluster() {
  log "initialising a throwaway PostgreSQL $PG_MAJOR cluster in $PGDATA_DIR"
  rm -rf "$PGDATA_DIR"
  as_pg mkdir -m 700 "$PGDATA_DIR"

  # The bootstrap superuser is the tandem role itself (tests create databases
  # from a template, which needs superuser); its password comes from a file
  # in the owner-only folder, removed straight after.
  local pwfile="$PG_ROOT/.initdb-password"
  printf '%s\n' "$DB_PASSWORD" | as_pg tee "$pwfile" >/dev/null
  # Same encoding and locale as the embedded database the unit tests use.
  if ! as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U "$DB_ROLE" --pwfile="$pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --locale-provider=libc --no-sync >&2; then
    rm -f "$pwfile"
    die "initdb failed"
  fi
  rm -f "$pwfile"

  # Tests need speed, not durability: the data is thrown away anyway.
  as_pg tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null <<EOF

# --- throwaway test cluster (scripts/postgres.sh) ---
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
listen_addresses = '$HOST'
include_if_exists = '$RUNTIME_CONF'
EOF
}

write_runtime_conf() {
  local socket_dir="$PGDATA_DIR" quote="'"
  # Unix socket paths are limited to 107 bytes; a deep checkout would make the
  # server refuse to start, so fall back to TCP only (all we use anyway).
  if ((${#socket_dir} + ${#PORT} + 10 > 107)); then
    log "checkout path too long for a Unix socket; using TCP only"
    socket_dir=""
  fi
  as_pg tee "$PGDATA_DIR/$RUNTIME_CONF" >/dev/null <<EOF
# Rewritten by scripts/postgres.sh on every start.
port = $PORT
unix_socket_directories = '${socket_dir//$quote/$quote$quote}'
EOF
}

# Connection settings given in the string override any PG* environment.
psql_admin() {
  PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    "host=$HOST port=$PORT user=$DB_ROLE dbname=postgres sslmode=disable connect_timeout=10" "$@"
}

ensure_database() {
  local exists
  exists="$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")"
  if [[ "$exists" != 1 ]]; then
    log "creating database $DB_NAME"
    psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_ROLE" >&2
  fi
}

stop_cluster() {
  is_running || return 0
  log "stopping the throwaway cluster"
  as_pg "$(cluster_pg_ctl)" stop -D "$PGDATA_DIR" -m fast -w -t 60 >&2
}

cmd_start() {
  if ! [[ "$PORT" =~ ^[0-9]{1,5}$ ]] || ((10#$PORT < 1 || 10#$PORT > 65535)); then
    die "TANDEM_TEST_PG_PORT must be a port number, got '$PORT'"
  fi
  find_pg

  if [[ -n "${TANDEM_TEST_DATABASE_URL:-}" ]]; then
    if "$PG_BIN/pg_isready" -q -t 5 -d "$TANDEM_TEST_DATABASE_URL"; then
      log "TANDEM_TEST_DATABASE_URL is set and answering; using it"
      printf '%s\n' "$TANDEM_TEST_DATABASE_URL"
      return 0
    fi
    log "TANDEM_TEST_DATABASE_URL is set but not answering; starting the throwaway cluster instead"
  fi

  take_lock
  check_owner
  prepare_dirs

  # A cluster from another major version cannot be opened; it is disposable.
  if is_initialised && [[ "$(cat "$PGDATA_DIR/PG_VERSION")" != "$PG_MAJOR" ]]; then
    log "existing cluster is from PostgreSQL $(cat "$PGDATA_DIR/PG_VERSION"); recreating it for $PG_MAJOR"
    stop_cluster || true
    rm -rf "$PGDATA_DIR"
  fi

  if is_running; then
    if [[ "$(running_port)" == "$PORT" ]]; then
      ensure_database
      log "already running on $HOST:$PORT"
      db_url
      return 0
    fi
    log "running on port $(running_port), restarting on $PORT"
    stop_cluster
  fi

  is_initialised || init_cluster

  if "$PG_BIN/pg_isready" -q -t 1 -h "$HOST" -p "$PORT"; then
    die "another server already answers on $HOST:$PORT; set TANDEM_TEST_PG_PORT to a free port"
  fi

  write_runtime_conf
  log "starting on $HOST:$PORT (log: $LOG_FILE)"
  if ! as_pg "$PG_BIN/pg_ctl" start -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t 30 >&2; then
    log "failed to start; end of the server log:"
    tail -n 30 "$LOG_FILE" >&2 || true
    exit 1
  fi
  "$PG_BIN/pg_isready" -q -t 30 -h "$HOST" -p "$PORT" || die "server started but is not accepting connections"

  ensure_database
  db_url
}

cmd_stop() {
  check_owner
  [[ -e "$PGDATA_DIR" ]] || {
    log "no throwaway cluster in $PGDATA_DIR"
    return 0
  }
  find_pg
  take_lock
  if is_running; then
    stop_cluster
  else
    log "not running"
  fi
}

cmd_status() {
  find_pg
  check_owner
  if is_running; then
    log "running on $HOST:$(running_port)"
  else
    log "not running"
    return 3
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) db_url ;;
  status) cmd_status ;;
  *)
    printf 'usage: %s start|stop|url|status\n' "$0" >&2
    exit 2
    ;;
esac
