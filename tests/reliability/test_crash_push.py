"""Crash consistency of ``trialkg push``: the remote Oxigraph server killed mid-push.

A real ``oxigraph serve`` (tests/servers.py) on 127.0.0.1 receives the clean load's
graphs in many small requests (SPARQL Update batches, or one Graph Store PUT per graph).
In each round the server is killed with SIGKILL at a random moment of the push — once
or twice — and restarted on the same port and data folder after a random pause. The
push must retry and finish, or fail with a one-line error; either way a re-run must leave
the server holding exactly the local graphs (canonical N-Quads of every graph). Rounds
alternate between an empty server and one that already holds the graphs (so that the
kill interrupts replacements). ``TRIALKG_PUSH_ROUNDS`` (default 4) and
``TRIALKG_CRASH_SEED`` control the run.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import time

import pytest
from cli_helpers import run_cli
from servers import OxigraphServer, oxigraph_binary, wait_http

from .checks import digests_of, store_digest
from .figures import record
from .procs import env_int, run, start, stop

ROUNDS = env_int("TRIALKG_PUSH_ROUNDS", 4)
SEED = env_int("TRIALKG_CRASH_SEED", random.SystemRandom().randrange(10**6))
#: Triples per SPARQL Update request: small, so that a push is many requests.
BATCH_TRIPLES = 2_000

pytestmark = pytest.mark.skipif(
    oxigraph_binary() is None, reason="the oxigraph server is not installed (pip install oxigraph)")


def restart(server: OxigraphServer, timeout: float = 900.0) -> float:
    """Start the server again on its port and data folder; return how long it took to
    answer (after SIGKILL, Oxigraph first replays its write-ahead log: half a minute for a
    gigabyte of log, longer than ``OxigraphServer.start`` waits)."""
    began = time.monotonic()
    server.proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(server.location), "--bind",
         f"127.0.0.1:{server.port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_http(f"http://127.0.0.1:{server.port}/query?query=ASK%7B%7D", timeout=timeout,
              proc=server.proc)
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
                    pause = rng.uniform(0.1, 3.0)
                    time.sleep(pause)
                    recovery.append(round(restart(server), 1))
                    kills.append(round(pause, 2))
                code = proc.wait(timeout=3600)
            finally:
                stop(proc)
            if not kills:
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
