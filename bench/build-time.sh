#!/usr/bin/env bash
# How long the README's `cargo run --release -- serve` builds from a clean checkout: a fresh
# clone, an empty CARGO_TARGET_DIR, `cargo build --release --locked` (what `cargo run --release`
# builds), timed with /usr/bin/time (wall clock and CPU time: on a busy machine the CPU time is
# the figure to compare). PROFILE=dist measures the packaging profile instead. JOBS defaults to
# the number of cores. Needs about 3 GB free under /tmp.
#
#   bench/build-time.sh                # release
#   PROFILE=dist bench/build-time.sh   # dist (full LTO)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PROFILE="${PROFILE:-release}"
JOBS="${JOBS:-$(nproc)}"
WORK=$(mktemp -d /tmp/solace-build.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
git clone --quiet --no-local "$ROOT" "$WORK/src"
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT="$RESULTS/build-$PROFILE-$STAMP.txt"
echo "==> clean build, profile $PROFILE, -j $JOBS, commit $(git -C "$WORK/src" rev-parse --short HEAD) (load avg before $(loadavg))" | tee "$OUT"
(cd "$WORK/src" && CARGO_TARGET_DIR="$WORK/target" /usr/bin/time -v \
  cargo build --locked --profile "$PROFILE" -j "$JOBS" 2>&1) |
  grep -E "Finished|error|Elapsed|User time|System time|Maximum resident" | tee -a "$OUT"
BIN="$WORK/target/$PROFILE/solace"
echo "binary: $(stat -c %s "$BIN") bytes ($(file -b "$BIN" | grep -o 'not stripped\|stripped'))" | tee -a "$OUT"
echo "load avg after: $(loadavg)" | tee -a "$OUT"
