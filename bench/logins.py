#!/usr/bin/env python3
"""Sign-ins per second (password + TOTP) against a running platform, over HTTPS.

Setup (not measured): creates a tenant with `./k2030 tenant create`, signs its admin in, lets the
admin create ACCOUNTS staff accounts through the API, and takes each through its first sign-in
(new password, TOTP enrolment). Measurement: THREADS clients sign in for SECONDS seconds; each
sign-in is three requests in a fresh session (CSRF token, password, TOTP code). A TOTP code is
accepted once per account, so every account signs in at most once per 30-second step.

Usage: bench/logins.py [--port 8443] [--data-dir ./data] [--accounts 1200] [--threads 12] [--seconds 30]
The 1200 accounts allow up to 40 sign-ins per second before the once-per-step rule limits the rate.
The server must run on the same data directory (./k2030 serve). Prints the rate and latencies.
"""
import argparse, base64, concurrent.futures, hashlib, hmac, http.client, json, os, random, ssl
import statistics, struct, subprocess, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "Benchmark-Stadtpark-Allee-2026"
CONTEXT = ssl.create_default_context()
CONTEXT.check_hostname = False
CONTEXT.verify_mode = ssl.CERT_NONE  # the self-signed localhost certificate of a local benchmark


def totp(secret, step):
    digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


class Client:
    """One browser: one kept-alive TLS connection and one session cookie."""

    def __init__(self, port):
        self.connection = http.client.HTTPSConnection("localhost", port, context=CONTEXT)
        self.cookie = None
        self.token = None
        csrf = self.call("GET", "/api/v1/session/csrf")[1]
        self.header, self.token = csrf["headerName"], csrf["token"]

    def call(self, method, path, body=None):
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.token:
            headers[self.header] = self.token
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = self.connection.getresponse()
        text = response.read()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return response.status, json.loads(text) if text and response.status < 300 else None


def first_sign_in(port, ags, username, password):
    client = Client(port)
    assert client.call("POST", "/api/v1/session", {"tenant": ags, "username": username, "password": password})[0] == 200
    assert client.call("POST", "/api/v1/session/password", {"newPassword": PASSWORD})[0] == 200
    secret = client.call("POST", "/api/v1/session/mfa/enrollment", {})[1]["secret"]
    secret = base64.b32decode(secret + "=" * (-len(secret) % 8))
    step = int(time.time()) // 30
    status, _ = client.call("POST", "/api/v1/session/mfa/enrollment/confirm", {"code": totp(secret, step)})
    assert status == 200, status
    return client, secret, step


def run_all(threads):
    """Starts the threads, waits for all of them and returns the seconds they took."""
    measured = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.time() - measured


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=int(os.environ.get("K2030_PORT", "8443")))
    parser.add_argument("--data-dir", default=os.environ.get("K2030_DATA_DIR", "./data"))
    parser.add_argument("--accounts", type=int, default=1200)
    parser.add_argument("--threads", type=int, default=12)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()

    ags = "16%06d" % random.randrange(1_000_000)
    created = subprocess.run([os.path.join(ROOT, "k2030"), "tenant", "create", "--ags", ags, "--name", "Benchmark",
                              "--admin", "admin"], env=dict(os.environ, K2030_DATA_DIR=args.data_dir),
                             capture_output=True, text=True, check=True)
    admin, _, _ = first_sign_in(args.port, ags, "admin", json.loads(created.stdout)["initialPassword"])
    started = time.time()
    accounts = []
    lock = threading.Lock()

    def create(index):
        with lock:
            status, body = admin.call("POST", "/api/v1/users",
                                      {"username": "bench.%04d" % index, "roles": ["SACHBEARBEITUNG"]})
        assert status == 201, status
        _, secret, step = first_sign_in(args.port, ags, "bench.%04d" % index, body["initialPassword"])
        return {"username": "bench.%04d" % index, "secret": secret, "last": step}

    with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
        accounts = list(pool.map(create, range(args.accounts)))
    print("setup: %d accounts enrolled in %.0f s" % (len(accounts), time.time() - started))

    available = list(accounts)
    latencies, failures = [], [0]
    deadline = time.time() + args.seconds

    def worker():
        while time.time() < deadline:
            with lock:
                now_step = int(time.time()) // 30
                usable = [a for a in available if a["last"] < now_step + 1]
                if not usable:
                    account = None
                else:
                    account = usable[0]
                    available.remove(account)
                    account["last"] = max(account["last"] + 1, now_step)
            if account is None:
                time.sleep(0.05)
                continue
            begin = time.perf_counter()
            client = Client(args.port)
            ok = client.call("POST", "/api/v1/session", {"tenant": ags, "username": account["username"],
                                                         "password": PASSWORD})[0] == 200
            ok = ok and client.call("POST", "/api/v1/session/mfa",
                                    {"code": totp(account["secret"], account["last"])})[0] == 200
            elapsed = time.perf_counter() - begin
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    failures[0] += 1
                available.append(account)

    duration = run_all([threading.Thread(target=worker) for _ in range(args.threads)])
    latencies.sort()
    print("sign-ins (password + TOTP): %d in %.1f s = %.1f per second, %d failed" %
          (len(latencies), duration, len(latencies) / duration, failures[0]))
    if latencies:
        print("latency median %.0f ms, p95 %.0f ms" % (statistics.median(latencies) * 1000,
                                                        latencies[int(len(latencies) * 0.95) - 1] * 1000))


if __name__ == "__main__":
    main()
