"""The endpoint under load: ``trialkg serve`` (default limits) and 32 concurrent clients.

The clients send mixed library queries (see :mod:`.endpoint_load`) to a real server on
127.0.0.1 while pathological queries arrive one after another. Every ordinary request
must be answered (zero errors), every pathological one cut off at the time limit with a
503, and ordinary answers must keep arriving while a pathological query runs. CI runs
``TRIALKG_LOAD_SECONDS`` (default 10) seconds; RELIABILITY.md records a 60 s run.
"""

from __future__ import annotations

import json
import urllib.request

from .conftest import SERVE_TIMEOUT, SERVE_WORKERS, load_args
from .endpoint_load import request_mix, run_load
from .figures import record
from .procs import env_float, env_int, run

SECONDS = env_float("TRIALKG_LOAD_SECONDS", 10)
CLIENTS = env_int("TRIALKG_LOAD_CLIENTS", 32)
TIMEOUT, WORKERS = SERVE_TIMEOUT, SERVE_WORKERS


def _status(url: str) -> dict:
    with urllib.request.urlopen(url + "/api/status", timeout=30) as response:
        return json.loads(response.read())


def test_many_clients_get_every_answer_while_pathological_queries_are_cut_off(server,
                                                                             clean_load):
    url, proc, log = server
    trials = sorted(g.rsplit("/", 1)[1] for g in clean_load.digests if "/graph/NCT" in g)[:20]
    mix = request_mix(url, trials=trials)
    assert len({r.kind for r in mix}) >= 15, [r.kind for r in mix]
    restarts = _status(url)["restarts"]
    report = run_load(url, clients=CLIENTS, seconds=SECONDS, mix=mix, pathological=True,
                      pause=0.5)
    figures = report.figures()
    record("endpoint under load", trials=clean_load.trials, timeout_s=TIMEOUT,
           workers=WORKERS, **figures)
    assert proc.poll() is None, log.read_text()[-3000:]
    assert not report.errors, figures["first_errors"]
    assert figures["requests"] >= CLIENTS
    assert report.attacks, "no pathological query was sent"
    for attack in report.attacks:
        assert attack.status == 503 and "time limit" in attack.detail, attack
        assert TIMEOUT * 0.9 <= attack.seconds <= TIMEOUT + 10, attack
    assert figures["pathological_windows_without_answers"] == 0, figures
    status = _status(url)
    assert status["restarts"] - restarts >= len(report.attacks)  # each stopped query: a new worker
    assert status["busy"] <= WORKERS


def test_a_load_into_a_served_store_fails_at_once(server, clean_load):
    result = run(*load_args(clean_load.corpus, clean_load.store))
    assert result.code == 1, result
    assert "another trialkg process" in result.err and "Traceback" not in result.err, result
