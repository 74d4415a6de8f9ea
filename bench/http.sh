#!/usr/bin/env bash
# HTTP load: `solace serve` (release) and, in the same run, nginx serving a static copy of
# Solace's home page. wrk, 2 threads, 64 connections, a warm-up then DURATION seconds a route.
# Prints a Markdown table and writes it to bench/results/http-<UTC time>.md.
#
#   bench/http.sh                  # builds, makes a year-long diary, measures
#   DURATION=15 bench/http.sh      # longer runs; SKIP_BUILD=1 to use target/release as it is
#   DIARY=/path/to/data bench/http.sh   # reuse a data folder made by an earlier run
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
need wrk nginx curl awk
DURATION="${DURATION:-12}"
WARMUP="${WARMUP:-3}"
build

WORK=$(mktemp -d /tmp/solace-bench.XXXXXX)
chmod 711 "$WORK"
cleanup() {
  [ -n "${SOLACE_PID:-}" ] && stop_pid "$SOLACE_PID"
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ -n "${DIARY:-}" ]; then
  DATA="$DIARY"
  printf '%s\n' "$PASSPHRASE" >"$DATA/../passphrase" 2>/dev/null || true
else
  DATA="$WORK/data"
  t0=$(date +%s)
  make_year_diary "$DATA"
  echo "made the diary in $(($(date +%s) - t0)) s" >&2
fi

start_solace "$DATA"
unlock_web "$WORK"
BASE="http://127.0.0.1:$SOLACE_PORT"
ENTRIES=$(cat "$DATA/../entries" 2>/dev/null || echo "?")
SHOWN=$(curl -sf -H "Cookie: $COOKIE" "$BASE/diary" | grep -o '<li class="entry' | wc -l)
DIARY_GZ=$(curl -sf -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" "$BASE/diary" | wc -c)
echo "diary: $ENTRIES entries; page 1 shows $SHOWN, $DIARY_GZ bytes gzip" >&2

# nginx: a static copy of the home page, as Solace serves it to a first visit.
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
chmod 755 "$WORK/www"
curl -sf -o "$WORK/www/index.html" "$BASE/"
chmod 644 "$WORK/www/index.html"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 60s;
  gzip on;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = / { default_type "text/html; charset=utf-8"; try_files /index.html =404; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.05; done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT="$RESULTS/http-$STAMP.md"
LOG="$RESULTS/http-$STAMP.log"

# run NAME CONNECTIONS THREADS URL [wrk args...]: warm-up, then the measured run.
declare -A RPS
run() {
  local name="$1" c="$2" t="$3" url="$4"
  shift 4
  wrk -t"$t" -c"$c" -d"${WARMUP}s" "$@" "$url" >/dev/null
  local load out
  load=$(loadavg)
  out=$(wrk -t"$t" -c"$c" -d"${DURATION}s" --latency "$@" "$url")
  {
    echo "### $name (load before: $load)"
    echo "$out"
  } >>"$LOG"
  local rps p50 p99 errs
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errs=$(awk '/Non-2xx or 3xx/ {print $5} /Socket errors/ {print "socket:" $0}' <<<"$out" | tr '\n' ' ')
  RPS[$name]=$rps
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$c" "$rps" "$p50" "$p99" "${errs:-0}" "$load" | tee -a "$OUT.rows"
}

export CONTENT_TYPE BODY
POST="$(cd "$HERE/lua" && pwd)/post.lua"
GZ=(-H "Accept-Encoding: gzip")

run "nginx static home" 64 2 "http://127.0.0.1:$NGINX_PORT/"
run "GET /" 64 2 "$BASE/"
CONTENT_TYPE="application/x-www-form-urlencoded" BODY="$HERE/check-form.txt" \
  run "POST /check" 64 2 "$BASE/check" -s "$POST"
CONTENT_TYPE="application/json" BODY="$HERE/hcg.json" \
  run "POST /api/v1/hcg" 64 2 "$BASE/api/v1/hcg" -s "$POST"
run "GET /, 1 connection" 1 1 "$BASE/"
# Viewing the diary must write nothing to the database (the session's expiry is renewed only when
# it moves by more than a minute): the server's bytes written to storage, before and after.
W0=$(written_bytes "$SOLACE_PID")
run "GET /diary ($ENTRIES entries)" 64 2 "$BASE/diary" -H "Cookie: $COOKIE"
run "GET /diary ($ENTRIES entries), 1 connection" 1 1 "$BASE/diary" -H "Cookie: $COOKIE"
sync
W1=$(written_bytes "$SOLACE_PID")
run "nginx static home, gzip" 64 2 "http://127.0.0.1:$NGINX_PORT/" "${GZ[@]}"
run "GET /, gzip" 64 2 "$BASE/" "${GZ[@]}"
run "GET /, brotli" 64 2 "$BASE/" -H "Accept-Encoding: br"
CONTENT_TYPE="application/x-www-form-urlencoded" BODY="$HERE/check-form.txt" \
  run "POST /check, gzip" 64 2 "$BASE/check" -s "$POST" "${GZ[@]}"

read -r PEAK NOW_RSS <<<"$(rss_mib "$SOLACE_PID")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
NG="${RPS[nginx static home]}"
NGZ="${RPS[nginx static home, gzip]}"
{
  echo "HTTP load, $STAMP. Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)."
  echo "wrk $DURATION s a route after a $WARMUP s warm-up; wrk, nginx and Solace share the cores."
  echo
  echo "| route | conns | req/s | p50 | p99 | non-2xx/3xx | load avg before |"
  echo "|---|---|---|---|---|---|---|"
  cat "$OUT.rows"
  echo
  echo "- GET / : $(ratio "${RPS[GET /]}" "$NG") of nginx; gzip: $(ratio "${RPS[GET /, gzip]}" "$NGZ") of nginx (gzip); brotli: $(ratio "${RPS[GET /, brotli]}" "$NGZ") of nginx (gzip)"
  echo "- POST /check : $(ratio "${RPS[POST /check]}" "$NG") of nginx; gzip: $(ratio "${RPS[POST /check, gzip]}" "$NGZ") of nginx (gzip)"
  echo "- POST /api/v1/hcg : $(ratio "${RPS[POST /api/v1/hcg]}" "$NG") of nginx"
  echo "- Solace peak RSS (VmHWM) over the whole run: $PEAK MiB; at the end: $NOW_RSS MiB"
  echo "- home page: $(wc -c <"$WORK/www/index.html") bytes, $(gzip -c "$WORK/www/index.html" | wc -c) gzipped (gzip -6)"
  echo "- diary: $ENTRIES entries; its first page shows $SHOWN and is $DIARY_GZ bytes gzip"
  echo "- bytes Solace wrote to storage while the diary was viewed: $((W1 - W0)) (/proc/PID/io write_bytes)"
} >"$OUT"
rm -f "$OUT.rows"
echo
cat "$OUT"
echo "(wrk output: $LOG)"
