#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md: criterion benches, HTTP load against Solace and
# nginx, cold start, and (unless SKIP_SOAK=1) the ten-minute soak. Results land in
# bench/results/ and target/criterion/. Needs: wrk, nginx (Debian: nginx-light), curl, python3.
#
#   bench/run-all.sh               # everything, about 20 minutes on 2 cores
#   SKIP_SOAK=1 bench/run-all.sh   # without the soak
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need wrk nginx curl python3
build
export SKIP_BUILD=1

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

if [ "${SKIP_SOAK:-0}" != 1 ]; then
  echo "==> soak"
  DIARY="$WORK/data" "$ROOT/bench/soak.sh"
fi
