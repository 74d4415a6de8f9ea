#!/usr/bin/env bash
# Issue 15 item 6: the memory of a local `solace serve` after ten 5 MB photos and eight diary
# views. Usage: bench/photo-rss.sh [path/to/solace]  (default: target/release/solace)
# Prints the server's resident memory (VmRSS) and its peak (VmHWM) after the uploads and after
# the views, and how long the views took. Needs curl and python3; writes only to a temp folder.
set -euo pipefail
BIN=${1:-target/release/solace}
PORT=${PORT:-18787}
PASS="blue kettle quiet river"
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
JAR="$WORK/jar"
URL="http://127.0.0.1:$PORT"

# A JPEG's structure with 5 MB of scan data (what Solace's metadata stripper reads).
python3 - "$WORK/photo.jpg" <<'PY'
import struct, sys
def seg(code, payload): return b"\xff" + bytes([code]) + struct.pack(">H", len(payload) + 2) + payload
j = b"\xff\xd8" + seg(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0")
j += seg(0xDB, b"\0" + b"\x01" * 64) + seg(0xC0, bytes([8, 0, 8, 0, 8, 1, 1, 0x11, 0]))
j += seg(0xC4, b"\x00\x00\x01" + b"\0" * 14 + b"\0") + seg(0xDA, bytes([1, 1, 0, 0, 63, 0]))
j += b"\x55" * (5 * 1000 * 1000) + b"\xff\xd9"
open(sys.argv[1], "wb").write(j)
PY

"$BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$WORK/data" >"$WORK/log" 2>&1 &
PID=$!
for _ in $(seq 100); do curl -s -o /dev/null "$URL/" && break; sleep 0.1; done
csrf() { awk '$6=="solace_csrf"{print $7}' "$JAR"; }
mem() { grep -E '^(VmRSS|VmHWM)' /proc/$PID/status | awk '{printf "%s %d MiB  ", $1, $2/1024}'; echo; }

curl -s -c "$JAR" -b "$JAR" -o /dev/null "$URL/diary"
code=$(curl -s -c "$JAR" -b "$JAR" "$URL/diary/new" \
    --data-urlencode "csrf=$(csrf)" --data-urlencode "passphrase=$PASS" --data-urlencode "confirm=$PASS" \
    | python3 -c 'import re,sys; print(re.search(r"id=\"recovery-code\"[^>]*>([^<]+)<", sys.stdin.read()).group(1).strip())')
curl -s -c "$JAR" -b "$JAR" -o /dev/null "$URL/diary/saved" \
    --data-urlencode "csrf=$(csrf)" --data-urlencode "code=$code" --data-urlencode "saved=yes"
echo "started:          $(mem)"
for i in $(seq 10); do
    status=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' "$URL/diary/photo" \
        -F "csrf=$(csrf)" -F "note=photo $i" -F "photo=@$WORK/photo.jpg;type=image/jpeg")
    [ "$status" = 303 ] || { echo "upload $i answered $status"; exit 1; }
done
echo "after 10 photos:  $(mem)"
start=$(date +%s.%N)
for _ in $(seq 8); do
    status=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' "$URL/diary")
    [ "$status" = 200 ] || { echo "view answered $status"; exit 1; }
done
end=$(date +%s.%N)
echo "after 8 views:    $(mem)"
python3 -c "print(f'8 views took {($end - $start) * 1000 / 8:.0f} ms each')"
