#!/usr/bin/env python3
"""Authenticated reads of a person (GET /api/v1/persons/{id}: session, purpose check, key unwrap,
field decryption, audit entry) per second against a running platform, over HTTPS.

Setup (not measured): TENANTS Kommunen via `./k2030 tenant create`; in each, one clerk account per
thread (first sign-in with TOTP) and PERSONS persons created through the API. Measurement: THREADS
clients, each with its own kept-alive TLS connection and session, read random persons of their
Kommune for SECONDS seconds. Python's client costs CPU on the same cores as the server; with
--client java the measurement runs in bench/PersonReads.java instead (same sessions, one kept-alive
HTTP/1.1 connection per thread), which leaves more of the cores to the server.

Usage: bench/persons.py [--port 8443] [--data-dir ./data] [--tenants 4] [--threads 16] [--persons 200] [--seconds 30]
                        [--client python|java]
Prints the rate and the latency percentiles.
"""
import argparse, concurrent.futures, json, os, random, subprocess, threading, time

from logins import Client, first_sign_in, run_all, ROOT

PURPOSE = "grundsteuer"


class PurposeClient(Client):
    """A signed-in client that names its purpose on every request."""

    def call(self, method, path, body=None, purpose=None):
        headers = {"Content-Type": "application/json", "Accept": "application/json", self.header: self.token,
                   "Cookie": self.cookie}
        if purpose:
            headers["X-Purpose"] = purpose
        self.connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = self.connection.getresponse()
        text = response.read()
        return response.status, json.loads(text) if text and response.status < 300 else None


def signed_in(port, ags, username, password):
    client, _, _ = first_sign_in(port, ags, username, password)
    client.__class__ = PurposeClient
    return client


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=int(os.environ.get("K2030_PORT", "8443")))
    parser.add_argument("--data-dir", default=os.environ.get("K2030_DATA_DIR", "./data"))
    parser.add_argument("--tenants", type=int, default=4)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--client", choices=["python", "java"], default="python")
    args = parser.parse_args()

    started = time.time()
    kommunen = []
    for _ in range(args.tenants):
        ags = "16%06d" % random.randrange(1_000_000)
        created = subprocess.run([os.path.join(ROOT, "k2030"), "tenant", "create", "--ags", ags, "--name", "Benchmark",
                                  "--admin", "admin"], env=dict(os.environ, K2030_DATA_DIR=args.data_dir),
                                 capture_output=True, text=True, check=True)
        admin = signed_in(args.port, ags, "admin", json.loads(created.stdout)["initialPassword"])
        kommunen.append({"ags": ags, "admin": admin, "persons": []})

    clerks = []
    for index in range(args.threads):
        kommune = kommunen[index % len(kommunen)]
        status, body = kommune["admin"].call("POST", "/api/v1/users",
                                             {"username": "lesen.%03d" % index, "roles": ["SACHBEARBEITUNG"]})
        assert status == 201, status
        clerks.append((kommune, signed_in(args.port, kommune["ags"], "lesen.%03d" % index, body["initialPassword"])))

    def create(kommune, clerk, index):
        status, body = clerk.call("POST", "/api/v1/persons", {
            "familyName": "Benchmann%d" % index, "givenNames": "Berta", "birthDate": "1970-01-01",
            "address": {"street": "Messweg %d" % index, "postalCode": "99999", "city": "Bankhausen"},
            "email": "b%d@example.org" % index, "phone": "+49 30 %07d" % index}, PURPOSE)
        assert status == 201, status
        return body["id"]

    for kommune in kommunen:
        clerk = next(c for k, c in clerks if k is kommune)
        kommune["persons"] = [create(kommune, clerk, i) for i in range(args.persons)]
    print("setup: %d Kommunen, %d clerks, %d persons in %.0f s" %
          (len(kommunen), len(clerks), args.persons * len(kommunen), time.time() - started))

    if args.client == "java":
        sessions = os.path.join(args.data_dir, "bench-sessions.tsv")
        # session cookies: readable by the owner only, and removed after the run
        with os.fdopen(os.open(sessions, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
            out.write("%d\n" % args.port)
            for kommune, clerk in clerks:
                out.write("%s\t%s\t%s\n" % (clerk.cookie, PURPOSE, ",".join(kommune["persons"])))
        java = os.environ.get("JAVA", "java")
        subprocess.run([java, os.path.join(ROOT, "bench", "PersonReads.java"), sessions, str(args.seconds)], check=True)
        os.remove(sessions)
        return

    latencies, failures, lock = [], [0], threading.Lock()
    deadline = time.time() + args.seconds

    def worker(kommune, clerk):
        mine, bad = [], 0
        while time.time() < deadline:
            begin = time.perf_counter()
            status, _ = clerk.call("GET", "/api/v1/persons/" + random.choice(kommune["persons"]), None, PURPOSE)
            elapsed = time.perf_counter() - begin
            if status == 200:
                mine.append(elapsed)
            else:
                bad += 1
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    duration = run_all([threading.Thread(target=worker, args=pair) for pair in clerks])
    latencies.sort()
    print("person reads: %d in %.1f s = %.0f per second, %d failed" %
          (len(latencies), duration, len(latencies) / duration, failures[0]))
    if latencies:
        pick = lambda q: latencies[min(len(latencies) - 1, int(len(latencies) * q))] * 1000
        print("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms" % (pick(0.50), pick(0.95), pick(0.99)))


if __name__ == "__main__":
    main()
