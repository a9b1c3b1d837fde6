"""Crash consistency of ``trialkg push``: the remote Oxigraph server killed mid-push.

A real ``oxigraph serve`` (tests/servers.py) on 127.0.0.1 receives the clean load's
graphs in many small requests (SPARQL Update batches, or one Graph Store PUT per graph).
In each round the server is killed with SIGKILL at a random moment of the push — once
or twice — and restarted on the same port and data folder after a random pause. The
push must retry and finish, or fail with a one-line error; either way a re-run must leave
the server holding exactly the local graphs (canonical N-Quads of every graph). Rounds
alternate between an empty server and one that already holds the graphs (so that the
kill interrupts replacements). ``TRIALKG_PUSH_ROUNDS`` (default 3) and
``TRIALKG_CRASH_SEED`` control the run.
"""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import time

import pytest
from cli_helpers import run_cli
from servers import OxigraphServer, oxigraph_binary, wait_http

from .checks import digests_of, store_digest
from .figures import record
from .procs import env_int, run, start, stop

ROUNDS = env_int("TRIALKG_PUSH_ROUNDS", 3)
SEED = env_int("TRIALKG_CRASH_SEED", random.SystemRandom().randrange(10**6))
#: Triples per SPARQL Update request: small, so that a push is many requests.
BATCH_TRIPLES = 2_000

pytestmark = pytest.mark.skipif(
    oxigraph_binary() is None, reason="the oxigraph server is not installed (pip install oxigraph)")


def restart(server: OxigraphServer, timeout: float = 900.0) -> float:
    """Start the server again on its port and data folder; return how long it took to
    answer (after SIGKILL, Oxigraph first replays its write-ahead log: half a minute for a
    gigabyte of log, longer than ``OxigraphServer.start`` waits).

    The previous server must be gone: a new one could not bind the port, and the old one
    would answer in its place (with a data folder the test may have deleted)."""
    server.stop()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", server.port)) != 0, \
            f"something still listens on port {server.port}"
    began = time.monotonic()
    server.proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(server.location), "--bind",
         f"127.0.0.1:{server.port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_http(f"http://127.0.0.1:{server.port}/query?query=ASK%7B%7D", timeout=timeout,
              proc=server.proc)
    assert server.proc.poll() is None, "the restarted server exited"
    return time.monotonic() - began


def remote_digests(server: OxigraphServer) -> dict[str, str]:
    """Stop the server and read its data folder directly."""
    import pyoxigraph

    server.stop()
    store = pyoxigraph.Store(str(server.location))
    try:
        return digests_of(store)
    finally:
        del store


def push_args(clean_load, server: OxigraphServer, mode: str) -> list[object]:
    args = ["push", "--endpoint", server.update_url, "--store", clean_load.store,
            "--batch-triples", BATCH_TRIPLES]
    if mode == "graph-store":
        args += ["--graph-store", f"http://127.0.0.1:{server.port}/store"]
    return args


def test_server_killed_mid_push_then_rerun_is_identical(clean_load, tmp_path):
    rng = random.Random(SEED)
    server = OxigraphServer(tmp_path / "ox")
    log = tmp_path / "push.log"
    outcomes = []
    recovery: list[float] = []  # seconds each restarted server took to answer
    try:
        push_seconds = {}
        for mode in ("update", "graph-store"):  # clean pushes: how long, and faithful?
            shutil.rmtree(server.location, ignore_errors=True)
            restart(server)
            clean = run(*push_args(clean_load, server, mode), timeout=3600)
            assert clean.code == 0, clean
            push_seconds[mode] = clean.seconds
            assert remote_digests(server) == clean_load.digests, f"a clean {mode} push differs"
        round_, tries = 0, 0
        while round_ < ROUNDS:
            tries += 1
            assert tries < 3 * ROUNDS, f"seed {SEED}: pushes kept ending before the kill"
            mode = ("update", "graph-store")[round_ % 2]
            if round_ % 4 in (0, 1):  # an empty server: the push creates every graph
                shutil.rmtree(server.location)
            restart(server)
            proc = start(*push_args(clean_load, server, mode), log=log)
            began = time.monotonic()
            kills = []
            try:
                moment = 0.0
                for _ in range(rng.choice([1, 1, 2])):
                    # a random moment of the push (its start-up included), after the last one
                    moment = rng.uniform(moment, 0.9 * push_seconds[mode])
                    time.sleep(max(0.0, began + moment - time.monotonic()))
                    if proc.poll() is not None:
                        break
                    server.kill()
                    pause = rng.uniform(0.1, 2.0)
                    time.sleep(pause)
                    recovery.append(round(restart(server), 1))
                    kills.append(round(pause, 2))
                code = proc.wait(timeout=3600)
            finally:
                stop(proc)
            if not kills:  # the push ended first: try again, from a stopped server
                server.stop()
                log.write_text("")
                continue
            round_ += 1
            text = log.read_text()
            assert "Traceback" not in text and "internal error" not in text, text[-3000:]
            if code != 0:  # allowed, if said clearly; the re-run must then finish the job
                assert code == 1 and "error: " in text, text[-3000:]
                rerun = run(*push_args(clean_load, server, mode), timeout=3600)
                assert rerun.code == 0, rerun
            digests = remote_digests(server)
            assert store_digest(digests) == store_digest(clean_load.digests), (
                f"seed {SEED}, round {round_} ({mode}, kills after pauses {kills}): the "
                f"server differs from the local store in "
                f"{sum(1 for g in clean_load.digests if digests.get(g) != clean_load.digests[g])}"
                f" graph(s)")
            outcomes.append({"mode": mode, "kills": len(kills), "pauses_s": kills,
                             "push_exit": code})
            log.write_text("")
    finally:
        server.stop()
    record("oxigraph server killed during trialkg push", seed=SEED, trials=clean_load.trials,
           batch_triples=BATCH_TRIPLES,
           clean_push_s={k: round(v, 1) for k, v in push_seconds.items()},
           rounds=ROUNDS, server_kills=sum(o["kills"] for o in outcomes),
           restart_s=recovery, outcomes=outcomes)


class _LosingProxy:
    """An HTTP proxy on 127.0.0.1 in front of a server: it forwards every request, and for
    the requests ``lose`` picks it lets the server apply the request but drops the
    connection instead of relaying the answer — what a client sees when a server dies
    right after committing."""

    def __init__(self, target_port: int, lose) -> None:
        import http.client
        import http.server
        import threading

        proxy = self
        self.lost: list[str] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                upstream = http.client.HTTPConnection("127.0.0.1", target_port, timeout=300)
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "connection")}
                upstream.request(self.command, self.path, body=body, headers=headers)
                response = upstream.getresponse()
                data = response.read()
                upstream.close()
                if lose(self.command, self.path, body):
                    proxy.lost.append(f"{self.command} {self.path[:60]}")
                    self.close_connection = True
                    return  # applied upstream, answer lost
                self.send_response(response.status)
                for key, value in response.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _forward

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _loser(kind: str):
    """Pick the first request of a kind whose answer gets lost."""
    import urllib.parse

    done = []

    def lose(method: str, path: str, body: bytes) -> bool:
        if done:
            return False
        text = urllib.parse.unquote_plus(body.decode("utf-8", "replace"))
        hit = {"batch": method == "POST" and "INSERT DATA" in text and "DROP" in text,
               "blank-node part": method == "POST" and "INSERT {" in text and "DROP" not in text,
               "put": method == "PUT"}[kind]
        if hit:
            done.append(path)
        return hit

    return lose


@pytest.mark.parametrize("kind", ["batch", "blank-node part", "put"])
def test_a_lost_answer_is_retried_without_duplicating_anything(clean_load, tmp_path, kind):
    """The server applied the request but the answer never came: push retries it, and the
    retry must not add anything twice (blank nodes are new nodes each time they are sent)."""
    server = OxigraphServer(tmp_path / "ox").start()
    proxy = _LosingProxy(server.port, _loser(kind))
    try:
        args = ["push", "--endpoint", f"http://127.0.0.1:{proxy.port}/update", "--store",
                clean_load.store, "--batch-triples", BATCH_TRIPLES]
        if kind == "put":
            args += ["--graph-store", f"http://127.0.0.1:{proxy.port}/store"]
        result = run(*args, timeout=600)
        assert result.code == 0, result
        assert proxy.lost, f"no {kind} request went through the proxy"
    finally:
        proxy.close()
    digests = remote_digests(server)
    differ = sorted(g for g in clean_load.digests if digests.get(g) != clean_load.digests[g])
    assert not differ, f"after a lost answer to a {kind} request ({proxy.lost}), the server " \
                       f"differs in {differ[:3]}"


def test_server_down_longer_than_the_retries_fails_clearly(clean_load, tmp_path, capsys,
                                                          monkeypatch):
    """No server comes back: the push stops with one line naming the endpoint, exit 1."""
    import trialkg.remote as remote

    real_call = remote._call
    monkeypatch.setattr(remote, "_call", lambda endpoint, fn, *, retries, backoff:
                        real_call(endpoint, fn, retries=retries, backoff=0.01))
    server = OxigraphServer(tmp_path / "ox")
    server.start()
    server.kill()  # its port now refuses connections
    result = run_cli(capsys, "push", "--endpoint", server.update_url, "--store",
                     clean_load.store)
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and server.update_url in lines[0], \
        result
    assert "retries" in lines[0], result
    restart(server)  # it comes back: a re-run finishes the job
    try:
        result = run_cli(capsys, "push", "--endpoint", server.update_url, "--store",
                         clean_load.store)
        assert result.code == 0, result
        assert store_digest(remote_digests(server)) == store_digest(clean_load.digests)
    finally:
        server.stop()
