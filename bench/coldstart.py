#!/usr/bin/env python3
"""Cold start of `solace serve`: from starting the process to the first successful response
to GET /, polled every millisecond over plain HTTP. Repeated RUNS times (default 20), each on
a fresh process; prints each time and the median, min and max.

Usage: bench/coldstart.py SOLACE_BINARY DATA_DIR [PORT] [RUNS]
The data folder is created on the first run (empty diary store) unless it exists already.
"""
import http.client
import os
import statistics
import subprocess
import sys
import time


def once(binary, data, port):
    env = dict(os.environ, SOLACE_LOG="warn")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [binary, "serve", "--addr", f"127.0.0.1:{port}", "--data-dir", data],
        stdout=subprocess.DEVNULL, env=env)
    try:
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/")
                status = conn.getresponse().status
                conn.close()
                if status == 200:
                    return (time.perf_counter() - t0) * 1000
            except OSError:
                pass
            if proc.poll() is not None:
                sys.exit(f"solace serve exited with {proc.returncode}")
            if time.perf_counter() - t0 > 10:
                sys.exit("no answer within 10 s")
            time.sleep(0.001)
    finally:
        proc.kill()
        proc.wait()


def main():
    binary, data = sys.argv[1], sys.argv[2]
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 7893
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    times = []
    for _ in range(runs):
        times.append(once(binary, data, port))
        time.sleep(0.2)
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print("cold start (ms):", " ".join(f"{t:.1f}" for t in times))
    print(f"median {statistics.median(times):.1f} ms, min {min(times):.1f}, "
          f"max {max(times):.1f}, {runs} runs, load avg after: {load}")


if __name__ == "__main__":
    main()
