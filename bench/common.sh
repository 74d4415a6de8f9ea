# Shared by the bench scripts: source it. Builds Solace (release), makes a diary with a year of
# daily entries through the CLI, starts and stops `solace serve`, unlocks through the web.
# Nothing here leaves the machine: every address is 127.0.0.1.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
SOLACE="${SOLACE_BIN:-$TARGET/release/solace}"
YEAR_BIN="$TARGET/release/solace-bench-year"
PASSPHRASE="bench kettle quiet river"
SOLACE_PORT="${SOLACE_PORT:-7891}"
NGINX_PORT="${NGINX_PORT:-7892}"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

need() {
  local missing=() c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  if [ "${#missing[@]}" -ne 0 ]; then
    echo "missing: ${missing[*]} (Debian: apt-get install -y wrk nginx-light curl python3)" >&2
    exit 1
  fi
}

build() {
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && cargo build --release --locked -p solace -p solace-bench --bins)
  fi
  [ -x "$SOLACE" ] && [ -x "$YEAR_BIN" ]
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Bytes written to the data folder's SQLite files (database and write-ahead log) so far, from the
# kernel's count for the running server: used to show that viewing the diary writes nothing.
written_bytes() { awk '/^write_bytes/ {print $2}' "/proc/$1/io" 2>/dev/null || echo "?"; }

# A data folder with a diary holding a year of daily entries (a bleeding and a pain entry a day:
# 730; YEAR_ARGS=--mixed for the criterion benches' year of every kind), added one by one with
# `solace diary add` (each add unlocks with Argon2id, so this takes two to four minutes). The
# count is written to DIR/../entries.
# Usage: make_year_diary DIR
make_year_diary() {
  local dir="$1" n=0
  mkdir -p "$dir"
  printf '%s\n' "$PASSPHRASE" >"$dir/../passphrase"
  chmod 600 "$dir/../passphrase"
  "$SOLACE" diary init --data-dir "$dir" --passphrase-file "$dir/../passphrase" >/dev/null
  while IFS= read -r line; do
    printf '%s\n' "$line" |
      "$SOLACE" diary add --json --data-dir "$dir" --passphrase-file "$dir/../passphrase" >/dev/null
    n=$((n + 1))
  done < <("$YEAR_BIN" ${YEAR_ARGS:-})
  echo "$n" >"$dir/../entries"
  echo "diary: $n entries over a year in $dir" >&2
}

# Starts `solace serve` on SOLACE_PORT with the data folder $1; sets SOLACE_PID.
start_solace() {
  SOLACE_LOG=warn "$SOLACE" serve --addr "127.0.0.1:$SOLACE_PORT" --data-dir "$1" >/dev/null &
  SOLACE_PID=$!
  local i
  for i in $(seq 1 500); do
    curl -sf -o /dev/null "http://127.0.0.1:$SOLACE_PORT/" && return 0
    sleep 0.01
  done
  echo "solace serve did not answer" >&2
  return 1
}

stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# Unlocks through the web as a browser would; sets CSRF and COOKIE (the header value).
unlock_web() {
  local jar="$1/cookies.txt" base="http://127.0.0.1:$SOLACE_PORT"
  rm -f "$jar"
  curl -sf -c "$jar" -o /dev/null "$base/diary/unlock"
  CSRF=$(awk '$6 == "solace_csrf" {print $7}' "$jar")
  curl -sf -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "passphrase=$PASSPHRASE" --data-urlencode "csrf=$CSRF" \
    "$base/diary/unlock" | grep -q 303
  local session
  session=$(awk '$6 == "solace_session" {print $7}' "$jar")
  [ -n "$session" ]
  COOKIE="solace_csrf=$CSRF; solace_session=$session"
}

# Peak and current resident memory of a process, in MiB: "peak current".
rss_mib() {
  awk '/^VmHWM/ {p=$2} /^VmRSS/ {r=$2} END {printf "%.1f %.1f\n", p/1024, r/1024}' "/proc/$1/status"
}
