#!/usr/bin/env bash
# Soak: SOAK_SECONDS (default 600) of a steady mix of reads and writes against `solace serve`
# (release) with a year-long diary, sampling the server's resident memory every 10 s.
# Not run in CI. Writes bench/results/soak-<UTC time>.{md,tsv}.
#
#   bench/soak.sh                       # ten minutes
#   SOAK_SECONDS=60 bench/soak.sh       # a quick look
#   DIARY=/path/to/data bench/soak.sh   # reuse a data folder made by an earlier run
#   SOAK_WRITES=add bench/soak.sh       # writes add notes (the diary grows ~1 note a second)
#                                       # instead of editing one (the default: a steady size)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need wrk curl awk
SOAK_SECONDS="${SOAK_SECONDS:-600}"
build

WORK=$(mktemp -d /tmp/solace-soak.XXXXXX)
cleanup() {
  [ -n "${SOLACE_PID:-}" ] && stop_pid "$SOLACE_PID"
  [ -n "${WRK_PID:-}" ] && stop_pid "$WRK_PID"
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
if [ -n "${DIARY:-}" ]; then DATA="$DIARY"; else
  DATA="$WORK/data"
  make_year_diary "$DATA"
fi
start_solace "$DATA"
unlock_web "$WORK"
EDIT_ID=
if [ "${SOAK_WRITES:-edit}" = edit ]; then
  EDIT_ID=$("$SOLACE" diary list --json --data-dir "$DATA" --passphrase-file "$DATA/../passphrase" |
    python3 -c 'import json, sys; print([e["id"] for e in json.load(sys.stdin)["entries"] if e["kind"] == "note"][-1])')
fi

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
TSV="$RESULTS/soak-$STAMP.tsv"
OUT="$RESULTS/soak-$STAMP.md"
LOAD_START=$(loadavg)
# Two connections, each pausing 40 ms before a request: about 45 requests a second in all,
# about one diary write and one year-long timeline view a second.
COOKIE="$COOKIE" CSRF="$CSRF" CHECK_BODY="$HERE/check-form.txt" HCG_BODY="$HERE/hcg.json" \
  DELAY_MS="${DELAY_MS:-40}" EDIT_ID="$EDIT_ID" \
  wrk -t1 -c2 -d"${SOAK_SECONDS}s" --timeout 10s -s "$HERE/lua/soak.lua" \
  "http://127.0.0.1:$SOLACE_PORT" >"$WORK/wrk.txt" &
WRK_PID=$!
printf 'seconds\trss_mib\tpeak_mib\tload1\n' >"$TSV"
t0=$(date +%s)
while kill -0 "$WRK_PID" 2>/dev/null; do
  read -r peak rss <<<"$(rss_mib "$SOLACE_PID")"
  printf '%s\t%s\t%s\t%s\n' "$(($(date +%s) - t0))" "$rss" "$peak" "$(cut -d' ' -f1 /proc/loadavg)" >>"$TSV"
  sleep 10
done
wait "$WRK_PID" || true
WRK_PID=
read -r peak rss <<<"$(rss_mib "$SOLACE_PID")"
printf '%s\t%s\t%s\t%s\n' "$(($(date +%s) - t0))" "$rss" "$peak" "$(cut -d' ' -f1 /proc/loadavg)" >>"$TSV"
ENTRIES=$(curl -sf -H "Cookie: $COOKIE" "http://127.0.0.1:$SOLACE_PORT/diary" | grep -o '<li class="entry' | wc -l)

# Least-squares slope of RSS against time, over the samples after the first minute (warm-up).
SUMMARY=$(awk -F'\t' 'NR > 1 {
    n++; t[n] = $1; r[n] = $2; if (n == 1) first = $2; last = $2; if ($2 > max) max = $2 }
  END {
    for (i = 1; i <= n; i++) if (t[i] >= 60) { m++; sx += t[i]; sy += r[i]; sxx += t[i]*t[i]; sxy += t[i]*r[i] }
    slope = (m > 1) ? (m*sxy - sx*sy) / (m*sxx - sx*sx) : 0
    printf "RSS start %.1f MiB, max %.1f MiB, end %.1f MiB; slope after the first minute %.3f MiB/min (%d samples)", first, max, last, slope*60, n }' "$TSV")
{
  echo "Soak, $STAMP: ${SOAK_SECONDS} s, wrk -t1 -c2 with a ${DELAY_MS:-40} ms pause per request (bench/lua/soak.lua), writes: ${SOAK_WRITES:-edit}."
  echo "Load average at the start: $LOAD_START; at the end: $(loadavg). Diary at the end: $ENTRIES entries."
  echo
  echo '```'
  cat "$WORK/wrk.txt"
  echo '```'
  echo
  echo "$SUMMARY. Peak RSS (VmHWM): $peak MiB. Samples: $(basename "$TSV")."
} >"$OUT"
cat "$OUT"
