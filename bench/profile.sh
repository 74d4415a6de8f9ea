#!/usr/bin/env bash
# Where `solace serve` spends its CPU under load: `perf record -g` on the server while wrk drives
# one route (64 connections), then the top frames by self time. Needs `perf` (Debian:
# apt-get install -y linux-perf) and a kernel that lets this user sample (perf_event_paranoid ≤ 2
# for one's own processes). Uses the `profiling` profile (release with symbols; a separate build,
# about as long as a clean release build the first time; SKIP_PROFILE_BUILD=1 uses it as it is).
#
#   bench/profile.sh home|check|diary [SECONDS]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need wrk perf curl
ROUTE="${1:-home}"
SECS="${2:-10}"
PROF_BIN="$TARGET/profiling/solace"
# Its own build (run-all.sh's SKIP_BUILD is about the release build): quick when up to date.
if [ "${SKIP_PROFILE_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && cargo build --locked --profile profiling -p solace -p solace-bench --bins)
fi
SOLACE="$PROF_BIN"
YEAR_BIN="$TARGET/profiling/solace-bench-year"

WORK=$(mktemp -d /tmp/solace-prof.XXXXXX)
chmod 711 "$WORK"
cleanup() { [ -n "${SOLACE_PID:-}" ] && stop_pid "$SOLACE_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE="http://127.0.0.1:$SOLACE_PORT"
if [ "$ROUTE" = diary ]; then
  if [ -n "${DIARY:-}" ]; then DATA="$DIARY"; printf '%s\n' "$PASSPHRASE" >"$DATA/../passphrase" 2>/dev/null || true
  else DATA="$WORK/data"; make_year_diary "$DATA"; fi
else
  DATA="$WORK/data"
fi
start_solace "$DATA"
ARGS=()
case "$ROUTE" in
  home) URL="$BASE/" ;;
  check)
    URL="$BASE/check"
    export CONTENT_TYPE="application/x-www-form-urlencoded" BODY="$HERE/check-form.txt"
    ARGS=(-s "$HERE/lua/post.lua") ;;
  diary) unlock_web "$WORK"; URL="$BASE/diary"; ARGS=(-H "Cookie: $COOKIE") ;;
  *) echo "route: home, check or diary" >&2; exit 2 ;;
esac
wrk -t2 -c64 -d2s "${ARGS[@]}" "$URL" >/dev/null
echo "==> perf record, $ROUTE, ${SECS}s (load avg $(loadavg))"
perf record -F 997 -g -p "$SOLACE_PID" -o "$WORK/perf.data" -- sleep "$SECS" 2>/dev/null &
PERF=$!
wrk -t2 -c64 -d"${SECS}s" "${ARGS[@]}" "$URL" | awk '/Requests\/sec/'
wait "$PERF" || true
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT="$RESULTS/profile-$ROUTE-$STAMP.txt"
perf report -i "$WORK/perf.data" --no-children --sort symbol --stdio -g none --percent-limit 1 2>/dev/null |
  grep -v '^#' | grep -v '^$' | head -40 | tee "$OUT"
echo "(top frames by self time: $OUT)"
