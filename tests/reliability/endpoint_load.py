"""A bounded load generator for ``trialkg serve``: many clients, mixed library queries.

Each client is a thread with its own keep-alive ``http.client`` connection; it sends
requests drawn from :func:`request_mix` (named queries through ``/api/queries``, library
query texts through the SPARQL protocol with every result format, trial cards) until the
time is up. One more thread sends pathological queries one at a time (a cartesian product,
an unanchored regular expression over pairs of literals, an unbounded property path) and
checks that each is cut off at the server's time limit. Only 127.0.0.1 is ever contacted.

Run it by hand against a running server (the 60 s figure of RELIABILITY.md)::

    trialkg serve --store kg --port 8123 &
    python -m tests.reliability.endpoint_load http://127.0.0.1:8123 --clients 32 --seconds 60
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field

#: Parameter values that match trials of the recombined corpus and of the seeds.
PARAMS = {
    "trials-for-condition": [{"condition": "leukemia"}, {"condition": "asthma"},
                             {"condition": "MONDO:0005070"}, {"condition": "neuroblastoma"}],
    "trials-targeting": [{"antigen": "CD19"}, {"antigen": "GD2"}],
    "compare-threshold": [{"loinc": "2164-2"}, {"loinc": "718-7"}],
    "trials-accepting": [{"age": "45"}, {"age": "6", "scale": "Lansky", "score": "70"},
                         {"age": "0.5"}],
    "threshold-by-intervention-category": [{}, {"category": "chemotherapy", "loinc": "718-7"}],
    "cell-therapy-trials-accepting-ecog": [{}, {"ecog": "1"}],
}
ACCEPTS = ["application/sparql-results+json", "text/csv", "text/tab-separated-values",
           "application/sparql-results+xml"]
#: Queries that must be stopped at the time limit, by what makes them pathological.
PATHOLOGICAL = {
    "cartesian product": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "unanchored regex over all literals": (
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?t ?q ?l "
        "FILTER(isLiteral(?o) && isLiteral(?l) && REGEX(CONCAT(STR(?o), STR(?l)), "
        "\"a.*e.*i.*o.*u.*z\", \"i\")) }"),
    "deep property path": ("SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:x:none>|!<urn:x:none>|"
                           "^!<urn:x:none>)* ?b }"),
}


@dataclass(frozen=True)
class Request:
    kind: str
    method: str
    target: str
    body: bytes | None = None
    headers: tuple = ()


def request_mix(base: str, *, trials: list[str], interactive: bool = False) -> list[Request]:
    """Every request a client may send, once each (clients draw from this list).

    :param interactive: only what a user interface asks per click: named queries with
        parameters (their answers are bounded by the parameter), trial cards, the query list
        — not the reports that return a row per trial of the whole store.
    """
    conn = _connect(base)
    try:
        conn.request("GET", "/api/queries")
        queries = json.loads(conn.getresponse().read())
    finally:
        conn.close()
    out = [Request("query list", "GET", "/api/queries")]
    for q in queries:
        if interactive and not q["params"]:
            continue
        needed = [p for p in q["params"] if p["required"]]
        for params in PARAMS.get(q["name"], [{}]):
            if any(p["name"] not in params for p in needed):
                continue
            target = f"/api/queries/{q['name']}"
            if params:
                target += "?" + urllib.parse.urlencode(params)
            out.append(Request(f"named {q['name']}", "GET", target))
        if not needed and not interactive:  # the library's text through the protocol
            for n, accept in enumerate(ACCEPTS):
                text = q["text"]
                if n % 2:
                    out.append(Request("sparql POST", "POST", "/sparql",
                                       urllib.parse.urlencode({"query": text}).encode(),
                                       (("Content-Type", "application/x-www-form-urlencoded"),
                                        ("Accept", accept))))
                else:
                    out.append(Request("sparql GET", "GET", "/sparql?" + urllib.parse.urlencode(
                        {"query": text}), None, (("Accept", accept),)))
    out += [Request("trial card", "GET", f"/trial/{t}") for t in trials]
    return out


def _connect(base: str) -> http.client.HTTPConnection:
    url = urllib.parse.urlsplit(base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to send load to {url.hostname}: loopback only")
    return http.client.HTTPConnection(url.hostname, url.port or 80, timeout=120)


@dataclass
class Outcome:
    started: float
    seconds: float
    status: int
    kind: str
    detail: str = ""


@dataclass
class Report:
    clients: int
    seconds: float
    outcomes: list[Outcome] = field(default_factory=list)
    attacks: list[Outcome] = field(default_factory=list)

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status != 200]

    def figures(self) -> dict:
        times = sorted(o.seconds for o in self.outcomes)
        q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
        starved = [a for a in self.attacks
                   if not any(a.started <= o.started + o.seconds <= a.started + a.seconds
                              for o in self.outcomes)]
        return {
            "clients": self.clients, "seconds": round(self.seconds, 1),
            "requests": len(self.outcomes), "errors": len(self.errors),
            "throughput_rps": round(len(self.outcomes) / self.seconds, 1),
            "p50_ms": round(q[49] * 1000), "p90_ms": round(q[89] * 1000),
            "p99_ms": round(q[98] * 1000), "max_ms": round(times[-1] * 1000) if times else 0,
            "kinds": len({o.kind for o in self.outcomes}),
            "pathological": [{"query": a.kind, "status": a.status, "seconds": round(a.seconds, 2)}
                             for a in self.attacks],
            "pathological_windows_without_answers": len(starved),
            "first_errors": [f"{o.kind}: {o.status} {o.detail[:200]}" for o in self.errors[:5]],
            "error_kinds": dict(Counter(f"{o.status} {o.detail.strip()[:40]}"
                                        for o in self.errors).most_common(6)),
        }


def _send(conn, req: Request) -> tuple[int, bytes]:
    conn.request(req.method, req.target, body=req.body, headers=dict(req.headers))
    response = conn.getresponse()
    return response.status, response.read()


def run_load(base: str, *, clients: int = 32, seconds: float = 60.0, mix: list[Request],
             pathological: bool = True, pause: float = 1.0, seed: int = 0) -> Report:
    """Send the mix from ``clients`` threads for ``seconds``; attack alongside if asked."""
    report = Report(clients, seconds)
    lock = threading.Lock()
    began = time.monotonic()
    deadline = began + seconds

    def client(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        conn = _connect(base)
        while time.monotonic() < deadline:
            req = rng.choice(mix)
            t0 = time.monotonic()
            try:
                status, body = _send(conn, req)
                detail = "" if status == 200 else body.decode("utf-8", "replace")
            except (OSError, http.client.HTTPException) as exc:
                status, detail = -1, f"{type(exc).__name__}: {exc}"
                conn.close()
                conn = _connect(base)
            with lock:
                report.outcomes.append(Outcome(t0, time.monotonic() - t0, status, req.kind, detail))
        conn.close()

    def attacker() -> None:
        conn = _connect(base)
        kinds = list(PATHOLOGICAL)
        n = 0
        time.sleep(min(2.0, seconds / 10))
        while time.monotonic() < deadline - 1:
            kind = kinds[n % len(kinds)]
            n += 1
            req = Request(kind, "POST", "/sparql", PATHOLOGICAL[kind].encode(),
                          (("Content-Type", "application/sparql-query"),))
            t0 = time.monotonic()
            try:
                status, body = _send(conn, req)
                detail = body.decode("utf-8", "replace")
            except (OSError, http.client.HTTPException) as exc:
                status, detail = -1, str(exc)
                conn.close()
                conn = _connect(base)
            report.attacks.append(Outcome(t0, time.monotonic() - t0, status, kind, detail))
            time.sleep(pause)
        conn.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    if pathological:
        threads.append(threading.Thread(target=attacker, daemon=True))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 300)
    report.seconds = time.monotonic() - began
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the server, e.g. http://127.0.0.1:8123 (loopback only)")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--no-pathological", action="store_true")
    parser.add_argument("--interactive", action="store_true",
                        help="only parameterized named queries, cards and the query list")
    parser.add_argument("--trial", action="append", default=[], help="an NCT id for cards")
    args = parser.parse_args(argv)
    mix = request_mix(args.url, trials=args.trial, interactive=args.interactive)
    report = run_load(args.url, clients=args.clients, seconds=args.seconds, mix=mix,
                      pathological=not args.no_pathological)
    print(json.dumps(report.figures(), indent=1))
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
