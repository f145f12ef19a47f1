#!/usr/bin/env bash
# The full test run behind `npm test`: system packages; engines; type check, lint and the
# web build side by side; unit tests on the embedded database; the
# storage/service/HTTP tests again on a real PostgreSQL, with the crash test beside them; and
# the browser journeys. Stops at the first
# failure. A throwaway PostgreSQL cluster started here is stopped on exit; one
# that was already running (or an external TANDEM_TEST_DATABASE_URL) is left alone.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"

readonly TOTAL_STEPS=7
step_no=0
step_name=""
stop_pg=0
crash_pid=""
started_at=$SECONDS

banner() {
  step_no=$((step_no + 1))
  step_name="$1"
  printf '\n==> [%d/%d] %s\n' "$step_no" "$TOTAL_STEPS" "$step_name"
}

on_exit() {
  local rc=$?
  if [[ -n "$crash_pid" ]]; then
    kill -- "-$crash_pid" 2>/dev/null || true
  fi
  if ((stop_pg)); then
    bash scripts/postgres.sh stop || true
  fi
  local elapsed=$((SECONDS - started_at))
  if ((rc == 0)); then
    printf '\n==> test-all: all %d steps passed in %ds\n' "$TOTAL_STEPS" "$elapsed"
  else
    printf '\n==> test-all: FAILED at step %d/%d (%s) with exit code %d after %ds\n' \
      "$step_no" "$TOTAL_STEPS" "$step_name" "$rc" "$elapsed" >&2
  fi
  exit "$rc"
}
trap on_exit EXIT
# Turn Ctrl-C / termination into a normal exit so the cluster still gets stopped.
trap 'exit 130' INT
trap 'exit 143' TERM

banner "system packages (PostgreSQL, Chromium)"
bash scripts/ensure-system-packages.sh

banner "engines: every production dependency supports the Node versions Tandem supports"
node scripts/check-engines.mjs

banner "type check, lint and web build, side by side"
# Three independent checks, each mostly on one core: run together, they take the time of the longest.
# Each writes to its own log, shown whole once it ends, so the output stays readable.
check_logs="$(mktemp -d)"
declare -A check_pids=()
for check in typecheck lint build:web; do
  npm run --silent "$check" >"$check_logs/$check.log" 2>&1 &
  check_pids[$check]=$!
done
failed_checks=()
for check in typecheck lint build:web; do
  if wait "${check_pids[$check]}"; then status=passed; else status=FAILED; failed_checks+=("$check"); fi
  printf -- '--- %s: %s\n' "$check" "$status"
  cat "$check_logs/$check.log"
done
rm -rf "$check_logs"
if ((${#failed_checks[@]})); then
  step_name="${failed_checks[*]}"
  exit 1
fi

banner "unit tests (embedded database)"
npm run test:unit

banner "storage, service and HTTP tests on PostgreSQL"
# Stop the cluster on exit only if this run is the one bringing it up.
if ! bash scripts/postgres.sh status >/dev/null 2>&1; then
  stop_pg=1
fi
pg_url="$(bash scripts/postgres.sh start)"
printf 'using %s\n' "$pg_url"
# The crash test spends most of its time waiting for servers to start and die, so it runs beside
# these tests, in a session of its own (so a failure here can stop it and every server it started),
# with its output kept for step 6.
crash_log="$(mktemp)"
TANDEM_TEST_DATABASE_URL="$pg_url" setsid npm run test:crash >"$crash_log" 2>&1 &
crash_pid=$!
TANDEM_TEST_DATABASE_URL="$pg_url" npm run test:postgres

banner "crash durability: 20 SIGKILLs of tandem serve, on PGlite and PostgreSQL (run beside step 5)"
crash_status=0
wait "$crash_pid" || crash_status=$?
crash_pid=""
cat "$crash_log"
rm -f "$crash_log"
((crash_status == 0)) || exit "$crash_status"

banner "browser journeys (headless Chromium)"
npm run test:e2e
