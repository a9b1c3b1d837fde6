"""Fixtures of the server tests: a store, an in-process client and a real server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from servers import free_port, wait_http

from .handmade import build_store

#: Short limits keep the suite quick on a small machine.
TIMEOUT = 1.5
MAX_RESULTS = 1000


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("server") / "kg"
    build_store(path)
    return path


@pytest.fixture(scope="session")
def config():
    from trialkg.server import ServerConfig

    return ServerConfig(timeout=TIMEOUT, max_results=MAX_RESULTS, workers=2, max_body=64 * 1024,
                        max_url=8 * 1024)


@pytest.fixture(scope="session")
def client(store_dir, config):
    import warnings

    with warnings.catch_warnings():  # starlette 1.x would like httpx2; httpx works
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from trialkg.server import create_app

    with TestClient(create_app(store_dir, config), raise_server_exceptions=True) as c:
        yield c


def _serve(store: Path, *, timeout: float, max_results: int):
    """Run ``trialkg serve`` as a real uvicorn server on 127.0.0.1 (a free port); yield its URL."""
    port = free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    url = f"http://127.0.0.1:{port}"
    with open(store.parent / f"serve-{port}.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "trialkg", "serve", "--store", str(store),
             "--port", str(port), "--timeout", str(timeout), "--max-results", str(max_results),
             "--workers", "2"],
            stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            wait_http(url + "/api/status", timeout=60, proc=proc)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="session")
def live_server(store_dir):
    """``trialkg serve`` on the hand-made store."""
    yield from _serve(store_dir, timeout=TIMEOUT, max_results=MAX_RESULTS)

DATA = Path(__file__).resolve().parents[1] / "data"
#: The five seed pages and 100 real ClinicalTrials.gov records.
REAL_INPUTS = [DATA / "seeds", DATA / "ctgov" / "sample-100.jsonl"]


@pytest.fixture(scope="session")
def real_store(tmp_path_factory) -> Path:
    """A store loaded from the seed pages and the real records by the load pipeline."""
    from trialkg.store import TrialStore

    try:
        from trialkg.pipeline import load_paths
    except ImportError as exc:  # pragma: no cover - while the pipeline is being built
        pytest.skip(f"the load pipeline is not available: {exc}")
    path = tmp_path_factory.mktemp("real") / "kg"
    with TrialStore.open(path, write=True) as st:
        report = load_paths([str(p) for p in REAL_INPUTS], st, workers=0)
    seeds = sum(1 for r in report.rejected if "seeds" in str(r.source))
    if report.loaded == 0 or seeds:
        reasons = str(report.rejected[0]) if report.rejected else "nothing loaded"
        pytest.skip(f"`trialkg load` cannot load the seeds yet ({report.loaded} loaded, "
                    f"{len(report.rejected)} rejected, e.g. {reasons})")
    return path


@pytest.fixture(scope="session")
def real_client(real_store, config):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from trialkg.server import ServerConfig, create_app

    # real records are bigger: the default result limit, a roomy time limit
    roomy = ServerConfig(timeout=20, workers=2)
    with TestClient(create_app(real_store, roomy)) as c:
        yield c


@pytest.fixture(scope="session")
def real_server(real_store):
    yield from _serve(real_store, timeout=5, max_results=50_000)  # the defaults
