"""Shared fixtures of the reliability tests: a recombined corpus and its clean load.

Sizes come from the environment so that CI runs a small version of each test and a
maintainer can run the full one (RELIABILITY.md records both):

* ``TRIALKG_CRASH_STUDIES`` studies in the corpus (default 100; the full run: 5000);
* ``TRIALKG_CRASH_BATCH`` trials per store batch (default 10: many batch boundaries).
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from servers import free_port, wait_http

from .checks import graph_digests
from .corpus import write_corpus
from .procs import env_int, run, start, stop

STUDIES = env_int("TRIALKG_CRASH_STUDIES", 100)
BATCH = env_int("TRIALKG_CRASH_BATCH", 10)
#: ``trialkg serve`` defaults: seconds a query may run, query worker processes.
SERVE_TIMEOUT, SERVE_WORKERS = 5.0, 2


@dataclass
class CleanLoad:
    corpus: Path  #: a folder of two JSON Lines files (part-1, part-2)
    store: Path  #: the store of one uninterrupted ``trialkg load`` of it
    digests: dict[str, str]  #: canonical N-Quads digest of each graph of that store
    seconds: float  #: how long that load took
    trials: int


def load_args(corpus: Path, store: Path, *extra: object) -> list[object]:
    """The arguments of the reproducible ``trialkg load`` every reliability test runs."""
    return ["load", corpus, "--store", store, "--no-load-time", "--batch-trials", BATCH,
            "--workers", 2, *extra]


@pytest.fixture(scope="session")
def clean_load(tmp_path_factory) -> CleanLoad:
    """The corpus, loaded once without interruption: the reference of every comparison."""
    root = tmp_path_factory.mktemp("corpus")
    corpus = root / "corpus"
    corpus.mkdir()
    lines = write_corpus(root / "all.jsonl", STUDIES).read_text().splitlines()
    half = STUDIES // 2
    (corpus / "part-1.jsonl").write_text("\n".join(lines[:half]) + "\n")
    (corpus / "part-2.jsonl").write_text("\n".join(lines[half:]) + "\n")
    store = root / "clean"
    result = run(*load_args(corpus, store), timeout=3600)
    assert result.code == 0, result
    digests = graph_digests(store)
    trials = sum(1 for g in digests if "/graph/NCT" in g)
    assert trials == STUDIES
    return CleanLoad(corpus, store, digests, result.seconds, trials)


@pytest.fixture(scope="session")
def server(clean_load, tmp_path_factory):
    """``trialkg serve`` on the clean store, with its default options (127.0.0.1, 5 s, 2
    workers); yields (URL, process, log file)."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    proc = start("serve", "--store", clean_load.store, "--port", port, log=log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/api/status", timeout=120, proc=proc)
        yield url, proc, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            stop(proc)
