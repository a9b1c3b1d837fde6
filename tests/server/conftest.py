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


@pytest.fixture(scope="session")
def live_server(store_dir):
    """``trialkg serve`` as a real uvicorn server on 127.0.0.1, on a free port."""
    port = free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    url = f"http://127.0.0.1:{port}"
    with open(store_dir.parent / "serve.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "trialkg", "serve", "--store", str(store_dir),
             "--port", str(port), "--timeout", str(TIMEOUT), "--max-results", str(MAX_RESULTS),
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
