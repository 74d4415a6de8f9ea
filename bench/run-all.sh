#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md: criterion benches, HTTP load against Solace and
# nginx, cold start, the CPU profiles (unless SKIP_PROFILE=1), and (unless SKIP_SOAK=1) the
# ten-minute soak. Results land in bench/results/ and target/criterion/; every figure is printed
# with the load average before it. Needs: wrk, nginx (Debian: nginx-light), curl, python3, perf
# (linux-perf). The clean build time is separate: bench/build-time.sh.
#
#   bench/run-all.sh                            # everything: about 45 minutes on 2 cores, plus the
#                                               # profiling build (bench/profile.sh) the first time
#   SKIP_SOAK=1 SKIP_PROFILE=1 bench/run-all.sh # about 20 minutes
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need wrk nginx curl python3
build
export SKIP_BUILD=1

echo "==> start: $(date -u +%FT%TZ), commit $(git -C "$ROOT" rev-parse --short HEAD), load avg $(loadavg)"
echo "==> criterion (load avg $(loadavg))"
(cd "$ROOT" && cargo bench --locked -p solace-bench) 2>&1 | tee "$RESULTS/criterion-$(date -u +%Y-%m-%dT%H%MZ).txt"

# One year-long diary for the HTTP, cold-start and soak runs.
WORK=$(mktemp -d /tmp/solace-bench-all.XXXXXX)
chmod 711 "$WORK"
trap 'rm -rf "$WORK"' EXIT
make_year_diary "$WORK/data"

echo "==> HTTP load"
DIARY="$WORK/data" "$ROOT/bench/http.sh"

echo "==> cold start"
python3 "$ROOT/bench/coldstart.py" "$SOLACE" "$WORK/data" 7893 20 | tee "$RESULTS/coldstart-$(date -u +%Y-%m-%dT%H%MZ).txt"

if [ "${SKIP_PROFILE:-0}" != 1 ] && command -v perf >/dev/null; then
  echo "==> CPU profiles (load avg $(loadavg))"
  for route in home check diary; do
    DIARY="$WORK/data" "$ROOT/bench/profile.sh" "$route" 10
  done
fi

if [ "${SKIP_SOAK:-0}" != 1 ]; then
  echo "==> soak"
  DIARY="$WORK/data" "$ROOT/bench/soak.sh"
fi

echo "==> done: $(date -u +%FT%TZ), load avg $(loadavg)"
