#!/usr/bin/env python3
"""Drives the hosted deployment that .ci/hosted set up, over HTTPS through nginx, as people and an
attacker would. Prints its figures and exits non-zero on any miss. Standard library only.

Each "person" connects from their own loopback address (127.0.0.x), so nginx passes a different
X-Forwarded-For for each, and Solace's per-address limits see different people.
"""

import html.parser
import json
import os
import secrets
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse
from http.client import HTTPResponse

WORK = os.environ["HOSTED_WORK"]
BIN = os.environ["HOSTED_BIN"]
HOST = os.environ["HOSTED_HOST"]
HTTPS_PORT = int(os.environ["HOSTED_HTTPS_PORT"])
HTTP_PORT = int(os.environ["HOSTED_HTTP_PORT"])
NODE_PORTS = [int(p) for p in os.environ["HOSTED_NODE_PORTS"].split()]
METRICS_PORTS = [int(p) for p in os.environ["HOSTED_METRICS_PORTS"].split()]
PG_VERSION = os.environ["HOSTED_PG_VERSION"]

PASSPHRASE = "quiet harbour lantern meadow"
FAILURES = []
FIGURES = []


def fail(message):
    print(f"MISS: {message}", flush=True)
    FAILURES.append(message)


def figure(name, value):
    print(f"FIGURE {name}: {value}", flush=True)
    FIGURES.append((name, value))


TLS = ssl.create_default_context(cafile=os.path.join(WORK, "tls.crt"))


def request(method, path, cookies="", form=None, src="127.0.0.1", node=None, timeout=30, host=HOST):
    """One HTTP/1.1 request. Through nginx over TLS by default; straight to a node (plain HTTP,
    the same Host) when `node` is given. Returns (status, headers as a list, body as str)."""
    body = urllib.parse.urlencode(form).encode() if form is not None else b""
    port = NODE_PORTS[node] if node is not None else HTTPS_PORT
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(src, 0))
    if node is None:
        sock = TLS.wrap_socket(sock, server_hostname=host)
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: close", "User-Agent: solace-hosted-ci"]
    if cookies:
        lines.append(f"Cookie: {cookies}")
    if form is not None:
        lines.append("Content-Type: application/x-www-form-urlencoded")
    lines.append(f"Content-Length: {len(body)}")
    try:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        res = HTTPResponse(sock)
        res.begin()
        data = res.read().decode("utf-8", "replace")
        return res.status, res.getheaders(), data
    finally:
        sock.close()


class Forms(html.parser.HTMLParser):
    """The hidden inputs of each form on a page, by the form's action."""

    def __init__(self):
        super().__init__()
        self.forms = {}
        self.current = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.current = a.get("action", "")
            self.forms.setdefault(self.current, {})
        elif tag == "input" and self.current is not None and a.get("type") == "hidden" and a.get("name"):
            self.forms[self.current][a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def hidden_fields(page, action):
    p = Forms()
    p.feed(page)
    if action not in p.forms:
        raise RuntimeError(f"no form posting to {action} on the page")
    return dict(p.forms[action])


class Browser:
    """A person's browser: its own address and cookie jar."""

    def __init__(self, src):
        self.src = src
        self.jar = {}

    def cookies(self):
        return "; ".join(f"{k}={v}" for k, v in self.jar.items())

    def keep(self, headers):
        for k, v in headers:
            if k.lower() != "set-cookie":
                continue
            name, _, value = v.split(";", 1)[0].partition("=")
            if value and "Max-Age=0" not in v:
                self.jar[name] = value
            else:
                self.jar.pop(name, None)

    def get(self, path, node=None):
        status, headers, body = request("GET", path, self.cookies(), src=self.src, node=node)
        self.keep(headers)
        return status, headers, body

    def post(self, path, form, node=None):
        status, headers, body = request("POST", path, self.cookies(), form, src=self.src, node=node)
        self.keep(headers)
        return status, headers, body

    def submit(self, page_path, action, fields):
        """Fetch the page, then post its form to `action` with its hidden fields and `fields`."""
        status, _, page = self.get(page_path)
        if status != 200:
            return status, [], page
        form = hidden_fields(page, action)
        form.update(fields)
        return self.post(action, form)


def location(headers):
    return next((v for k, v in headers if k.lower() == "location"), None)


def register(src, account):
    b = Browser(src)
    status, _, page = b.submit("/diary/new", "/diary/new",
                               {"account": account, "passphrase": PASSPHRASE, "confirm": PASSPHRASE})
    if status != 200:
        raise RuntimeError(f"registering {account}: status {status}")
    form = hidden_fields(page, "/diary/saved")
    form["saved"] = "yes"
    status, headers, _ = b.post("/diary/saved", form)
    if status != 303:
        raise RuntimeError(f"confirming the recovery code: status {status}")
    return b


def unlock(src, account):
    b = Browser(src)
    status, headers, _ = b.submit("/diary/unlock", "/diary/unlock", {"account": account, "passphrase": PASSPHRASE})
    return b, status


def add_note(b, text):
    """Saves a note through the add form. 'ok' when acknowledged (303 to /diary), else the status."""
    try:
        status, _, page = b.get("/diary/add")
        if status != 200:
            return status
        form = hidden_fields(page, "/diary/add")
        form.update({"kind": "note", "text": text, "save": "1"})
        status, headers, _ = b.post("/diary/add", form)
    except (OSError, RuntimeError) as e:
        return f"error: {e}"
    if status == 303 and location(headers) == "/diary":
        return "ok"
    return status


def node_pid(i):
    with open(os.path.join(WORK, f"node-{i}.pid")) as f:
        return int(f.read().strip())


def env_file():
    env = dict(os.environ)
    with open(os.path.join(WORK, "solace.env")) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                k, _, v = line.partition("=")
                env[k] = v
    return env


def start_node(i):
    err = open(os.path.join(WORK, f"node-{i}.err"), "a")
    p = subprocess.Popen([BIN, "serve", "--addr", f"127.0.0.1:{NODE_PORTS[i]}",
                          "--metrics-addr", f"127.0.0.1:{METRICS_PORTS[i]}"],
                         env=env_file(), stdout=subprocess.DEVNULL, stderr=err)
    with open(os.path.join(WORK, f"node-{i}.pid"), "w") as f:
        f.write(str(p.pid))
    for _ in range(100):
        try:
            if request("GET", "/healthz", node=i, timeout=2)[0] == 200:
                return p
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"node {i} did not come back")


def pg(action):
    cmd = ["pg_ctlcluster", PG_VERSION, "main", action] + (["-m", "fast"] if action == "stop" else [])
    if os.geteuid() != 0:
        cmd = ["sudo"] + cmd
    subprocess.run(cmd, check=True)


def listed_texts(account):
    """Every note text in the account's diary, read by the command line from the database."""
    pass_file = os.path.join(WORK, "passphrase")
    with open(pass_file, "w") as f:
        f.write(PASSPHRASE + "\n")
    os.chmod(pass_file, 0o600)
    out = subprocess.run([BIN, "diary", "list", "--json", "--account", account, "--passphrase-file", pass_file],
                         env=env_file(), capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"solace diary list failed: {out.stderr.strip()}")
    return {e.get("text") for e in json.loads(out.stdout)["entries"]}


def writers(b, n, label, stop, results):
    def run(w):
        k = 0
        while not stop.is_set():
            text = f"{label} w{w} n{k} {secrets.token_hex(4)}"
            k += 1
            outcome = add_note(b, text)
            with lock:
                results.append((text, outcome, time.monotonic()))

    lock = threading.Lock()
    threads = [threading.Thread(target=run, args=(w,)) for w in range(n)]
    for t in threads:
        t.start()
    return threads


def main():
    # --- nginx: HTTPS only, our name only ---------------------------------------------------------
    s = socket.create_connection(("127.0.0.1", HTTP_PORT), timeout=5)
    s.sendall(f"GET /diary HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode())
    r = HTTPResponse(s)
    r.begin()
    if r.status != 301 or not (r.getheader("Location") or "").startswith(f"https://{HOST}"):
        fail(f"plain HTTP is not sent to HTTPS (status {r.status}, Location {r.getheader('Location')})")
    s.close()
    try:
        request("GET", "/", host="other.example")
        fail("a TLS connection for another name was accepted")
    except (ssl.SSLError, OSError):
        pass

    # --- People register and write through both nodes ---------------------------------------------
    alice = "ci-alice-" + secrets.token_hex(3)
    bob = "ci-bob-" + secrets.token_hex(3)
    a = register("127.0.0.2", alice)
    register("127.0.0.5", bob)
    for i in range(6):
        if add_note(a, f"before the stop {i}") != "ok":
            fail("a write through nginx was not acknowledged")
    for i in range(2):
        status, _, page = a.get("/diary", node=i)
        if status != 200 or "before the stop 5" not in page:
            fail(f"node {i} does not show the diary written through both nodes (status {status})")

    # --- SIGTERM to node 0 while four people write ------------------------------------------------
    stop = threading.Event()
    results = []
    threads = writers(a, 4, "sigterm", stop, results)
    while sum(1 for r in results if r[1] == "ok") < 20:
        time.sleep(0.02)
    t_term = time.monotonic()
    os.kill(node_pid(0), signal.SIGTERM)
    rc_path = os.path.join(WORK, "node-0.rc")
    while not os.path.exists(rc_path) and time.monotonic() - t_term < 15:
        time.sleep(0.05)
    stopped_after = time.monotonic() - t_term
    time.sleep(1.5)
    stop.set()
    for t in threads:
        t.join()
    rc = open(rc_path).read().strip() if os.path.exists(rc_path) else "still running"
    figure("node stop after SIGTERM (s)", f"{stopped_after:.2f} (exit status {rc})")
    if rc != "0":
        fail(f"node 0 did not exit 0 after SIGTERM within 15 s: {rc}")
    acked = [r[0] for r in results if r[1] == "ok"]
    server_errors = [r for r in results if isinstance(r[1], int) and r[1] >= 500]
    other = [r for r in results if r[1] != "ok" and r not in server_errors]
    figure("writes during the stop: acknowledged", len(acked))
    figure("5xx during the stop", len(server_errors))
    if server_errors:
        fail(f"{len(server_errors)} answers were 5xx during the stop, e.g. {server_errors[:3]}")
    if other:
        fail(f"{len(other)} writes failed otherwise during the stop, e.g. {other[:3]}")
    start_node(0)

    # --- PostgreSQL stopped for a few seconds -----------------------------------------------------
    pg("stop")
    t_down = time.monotonic()
    slowest_503 = 0.0
    statuses = []
    for path in ["/diary", "/diary", "/readyz", "/diary/add"]:
        t0 = time.monotonic()
        status, headers, body = a.get(path)
        took = time.monotonic() - t0
        statuses.append((path, status))
        if path != "/readyz":
            slowest_503 = max(slowest_503, took)
        if status != 503:
            fail(f"GET {path} with the database down: {status}, expected 503")
        if "locked itself" in body:
            fail(f"GET {path} with the database down says the diary locked itself")
    t0 = time.monotonic()
    write_down = add_note(a, "written while the database was down")
    slowest_503 = max(slowest_503, time.monotonic() - t0)
    if write_down == "ok":
        fail("a write was acknowledged while the database was down")
    if request("GET", "/")[0] != 200:
        fail("the home page failed while the database was down")
    if "__Host-solace_session" not in a.jar:
        fail("an outage cleared the session cookie")
    figure("slowest 503 with the database down (s)", f"{slowest_503:.2f}")
    if slowest_503 > 5:
        fail(f"503s took up to {slowest_503:.1f} s with the database down (the wait is 2 s)")
    time.sleep(max(0.0, 4 - (time.monotonic() - t_down)))
    pg("start")
    t_up = time.monotonic()
    recovered = None
    while time.monotonic() - t_up < 60:
        try:
            if a.get("/diary")[0] == 200 and request("GET", "/readyz")[0] == 200:
                recovered = time.monotonic() - t_up
                break
        except OSError:
            pass
        time.sleep(0.2)
    figure("time to recover after the database came back (s)",
           f"{recovered:.2f}" if recovered is not None else "never")
    if recovered is None:
        fail("the nodes did not recover within 60 s of the database coming back")
    for i in range(2):
        if request("GET", "/readyz", node=i)[0] != 200:
            fail(f"node {i} /readyz is not 200 after the database came back")
    if add_note(a, "after the outage") != "ok":
        fail("a write after the outage was not acknowledged")
    acked.append("after the outage")

    # --- Nothing acknowledged was lost -------------------------------------------------------------
    stored = listed_texts(alice)
    lost = [t for t in acked if t not in stored]
    figure("writes acknowledged / lost", f"{len(acked)} / {len(lost)}")
    if lost:
        fail(f"{len(lost)} acknowledged writes are missing, e.g. {lost[:3]}")

    # --- A registration flood from one address ----------------------------------------------------
    flood = []

    def register_flood(k):
        b = Browser("127.0.0.3")
        for j in range(5):
            try:
                status, headers, _ = b.submit("/diary/new", "/diary/new", {
                    "account": f"flood-{k}-{j}-{secrets.token_hex(3)}",
                    "passphrase": PASSPHRASE, "confirm": PASSPHRASE})
                retry = next((v for h, v in headers if h.lower() == "retry-after"), None)
                flood.append((status, retry))
            except OSError as e:
                flood.append((f"error {e}", None))

    ts = [threading.Thread(target=register_flood, args=(k,)) for k in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    limited = [f for f in flood if f[0] == 429]
    created = [f for f in flood if f[0] == 200]
    figure("registration flood (40 from one address): created / 429", f"{len(created)} / {len(limited)}")
    if not limited:
        fail("a registration flood from one address got no 429")
    if any(f[1] is None for f in limited):
        fail("a 429 came without Retry-After")
    if any(isinstance(f[0], int) and f[0] >= 500 and f[0] != 503 for f in flood) or any(
            not isinstance(f[0], int) for f in flood):
        fail(f"the registration flood caused errors: {[f for f in flood if not isinstance(f[0], int) or f[0] >= 500][:3]}")

    # --- An unlock flood (32 at once from one address) and a real unlock beside it ----------------
    stop = threading.Event()
    flood = []

    def unlock_flood(src="127.0.0.4"):
        b = Browser(src)
        status, _, page = b.get("/diary/unlock")
        form = hidden_fields(page, "/diary/unlock")
        while not stop.is_set():
            form.update({"account": bob, "passphrase": "wrong " + secrets.token_hex(6)})
            try:
                flood.append(b.post("/diary/unlock", form)[0])
            except OSError:
                flood.append("error")

    ts = [threading.Thread(target=unlock_flood) for _ in range(32)]
    for t in ts:
        t.start()
    time.sleep(2)
    worst = 0.0
    for _ in range(3):
        t0 = time.monotonic()
        _, status = unlock("127.0.0.2", alice)
        took = time.monotonic() - t0
        worst = max(worst, took)
        if status != 303:
            fail(f"a real unlock during the flood got {status}")
        time.sleep(0.5)
    stop.set()
    for t in ts:
        t.join()
    figure("real unlock during a 32-way unlock flood, slowest of 3 (s)", f"{worst:.2f}")
    answers = [str(f) for f in flood]
    figure("unlock flood answers", ", ".join(f"{a}: {answers.count(a)}" for a in sorted(set(answers))))
    if worst >= 2:
        fail(f"a real unlock took {worst:.2f} s during the flood (goal < 2 s)")

    # The same flood from 32 addresses (a botnet): printed, not failed. Per-address limits do not
    # hold it; the key-derivation queue keeps it bounded and refuses with 503 when full
    # (SECURITY.md "Known limits").
    stop.clear()
    flood.clear()
    ts = [threading.Thread(target=unlock_flood, args=(f"127.0.1.{k + 1}",)) for k in range(32)]
    for t in ts:
        t.start()
    time.sleep(2)
    spread = []
    for _ in range(3):
        t0 = time.monotonic()
        _, status = unlock("127.0.0.2", alice)
        spread.append((round(time.monotonic() - t0, 2), status))
        time.sleep(0.5)
    stop.set()
    for t in ts:
        t.join()
    figure("real unlock during a 32-address unlock flood (s, status)", spread)

    # --- What the operator's files hold -----------------------------------------------------------
    for i, port in enumerate(METRICS_PORTS):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        r = HTTPResponse(s)
        r.begin()
        text = r.read().decode()
        s.close()
        if r.status != 200 or "# TYPE" not in text:
            fail(f"node {i} metrics: status {r.status}")
        for secret in ["127.0.0.", alice, bob, "ci-"]:
            if secret in text:
                fail(f"node {i} metrics contain {secret!r}")
    for i in range(2):
        with open(os.path.join(WORK, f"node-{i}.err")) as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    json.loads(line)
                except ValueError:
                    fail(f"node {i} log line is not JSON: {line[:120]}")
                    break
                for secret in [alice, bob, PASSPHRASE, "before the stop", "sigterm w"]:
                    if secret in line:
                        fail(f"node {i} log holds {secret!r}")
    with open(os.path.join(WORK, "nginx-solace-access.log")) as f:
        log = f.read()
    if "127.0.0." in log or "/diary" in log or "/learn" in log:
        fail("nginx's access log holds addresses or paths")

    print()
    print("hosted deployment figures:")
    for name, value in FIGURES:
        print(f"  {name}: {value}")
    if FAILURES:
        print(f"{len(FAILURES)} misses")
        sys.exit(1)
    print("hosted deployment: all checks passed")


if __name__ == "__main__":
    main()
