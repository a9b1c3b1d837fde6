"""Downloader: paging, retries, Retry-After, 404, rate limit and resume, against a local server.

The server runs on 127.0.0.1 in a thread and answers in the API v2 shapes
(``{"studies": [...], "nextPageToken": "..."}`` and one study object per NCT id) with
real records from ``tests/data/ctgov/sample-100.jsonl``. Nothing here touches the network,
except the opt-in ``network`` test.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from trialkg import download
from trialkg.download import download_studies, state_path
from trialkg.errors import InputError, RemoteError

SAMPLE = Path(__file__).parent / "data" / "ctgov" / "sample-100.jsonl"
STUDIES = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()][:23]
IDS = [s["protocolSection"]["identificationModule"]["nctId"] for s in STUDIES]


class FakeApi:
    """State of the fake API: the requests seen and the failures still to serve."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        #: (path or page token, status, headers) of the answers to fail
        self.failures: list[tuple[str, int, dict[str, str]]] = []

    def fail(self, when: str, status: int, headers: dict[str, str] | None = None) -> None:
        self.failures.append((when, status, headers or {}))


@pytest.fixture()
def api():
    state = FakeApi()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep the test output clean
            pass

        def _send(self, status: int, body: object, headers: dict[str, str] | None = None):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):  # noqa: N802 - the http.server name
            url = urllib.parse.urlsplit(self.path)
            params = dict(urllib.parse.parse_qsl(url.query))
            state.requests.append((url.path, params))
            key = params.get("pageToken", url.path)
            for n, (when, status, headers) in enumerate(state.failures):
                if when == key:
                    del state.failures[n]
                    return self._send(status, {"message": f"scripted {status}"}, headers)
            if url.path == "/api/v2/studies":
                size = int(params["pageSize"])
                start = int(params.get("pageToken", "p0")[1:])
                page = {"studies": STUDIES[start:start + size]}
                if start + size < len(STUDIES):
                    page["nextPageToken"] = f"p{start + size}"
                if params.get("countTotal") == "true":
                    page["totalCount"] = len(STUDIES)
                return self._send(200, page)
            nct = url.path.rsplit("/", 1)[-1]
            if url.path.startswith("/api/v2/studies/") and nct in IDS:
                return self._send(200, STUDIES[IDS.index(nct)])
            return self._send(404, {"message": f"Study {nct} not found"})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}/api/v2"
    yield state
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    """Record the waits instead of sleeping."""
    waits: list[float] = []
    monkeypatch.setattr(download, "_sleep", waits.append)
    return waits


def _lines(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.splitlines()]


def _ids(path: Path) -> list[str]:
    return [s["protocolSection"]["identificationModule"]["nctId"] for s in _lines(path)]


def test_search_pages_until_the_last(api, tmp_path):
    out = tmp_path / "studies.jsonl"
    seen = []
    n = download_studies(out, query="asthma", condition="leukemia", intervention="CAR T",
                         base_url=api.base_url, page_size=5,
                         progress=lambda done, total: seen.append((done, total)))
    assert n == 23
    assert _lines(out) == STUDIES  # compact, unchanged, in order
    assert out.read_text(encoding="utf-8").splitlines()[0] == json.dumps(
        STUDIES[0], ensure_ascii=False, separators=(",", ":"))
    first = api.requests[0][1]
    assert first == {"query.term": "asthma", "query.cond": "leukemia", "query.intr": "CAR T",
                     "pageSize": "5", "format": "json", "countTotal": "true"}
    assert [p.get("pageToken") for _, p in api.requests] == [None, "p5", "p10", "p15", "p20"]
    assert seen[-1] == (23, 23)
    assert json.loads(state_path(out).read_text())["done"] is True


def test_transient_503_is_retried_with_backoff(api, tmp_path, no_waiting):
    api.fail("p5", 503)
    api.fail("p5", 502)
    out = tmp_path / "s.jsonl"
    assert download_studies(out, query="x", base_url=api.base_url, page_size=5,
                            backoff=0.5, rate_limit=0) == 23
    assert _ids(out) == IDS
    assert no_waiting == [0.5, 1.0]  # exponential back-off


def test_429_honours_retry_after(api, tmp_path, no_waiting):
    api.fail("/api/v2/studies/" + IDS[1], 429, {"Retry-After": "7"})
    out = tmp_path / "s.jsonl"
    assert download_studies(out, nct_ids=IDS[:3], base_url=api.base_url, rate_limit=0) == 3
    assert no_waiting == [7.0]
    assert _ids(out) == IDS[:3]


def test_retries_run_out(api, tmp_path):
    for _ in range(3):
        api.fail("/api/v2/studies/" + IDS[0], 500)
    with pytest.raises(RemoteError, match=r"HTTP 500 .*gave up after 3 attempt"):
        download_studies(tmp_path / "s.jsonl", nct_ids=IDS[:1], base_url=api.base_url,
                         retries=2, rate_limit=0)


def test_unknown_nct_id_is_a_remote_error_after_the_others(api, tmp_path):
    out = tmp_path / "s.jsonl"
    with pytest.raises(RemoteError) as info:
        download_studies(out, nct_ids=[IDS[0], "NCT99999999", IDS[1]], base_url=api.base_url)
    assert "not found (HTTP 404): NCT99999999" in str(info.value)
    assert "2 other stud(ies) written" in str(info.value)
    assert _ids(out) == IDS[:2]


def test_4xx_is_not_retried(api, tmp_path, no_waiting):
    api.fail("p5", 400)
    with pytest.raises(RemoteError, match=r"HTTP 400 Bad Request: scripted 400"):
        download_studies(tmp_path / "s.jsonl", query="x", base_url=api.base_url, page_size=5,
                         rate_limit=0)
    assert no_waiting == []


def test_resume_after_an_interruption(api, tmp_path):
    out = tmp_path / "s.jsonl"
    api.fail("p10", 400)  # the run stops on page 3
    with pytest.raises(RemoteError):
        download_studies(out, condition="leukemia", base_url=api.base_url, page_size=5)
    assert _ids(out) == IDS[:10]
    assert json.loads(state_path(out).read_text()) == {
        "search": {"query.cond": "leukemia"}, "next_page_token": "p10", "done": False}
    with open(out, "ab") as f:  # a crash in the middle of a line
        f.write(b'{"protocolSection": {"identificationMod')
    api.requests.clear()
    n = download_studies(out, condition="leukemia", base_url=api.base_url, page_size=5)
    assert n == 13
    assert _ids(out) == IDS  # no duplicate, no partial line
    assert api.requests[0][1]["pageToken"] == "p10"  # pages 1-2 are not fetched again
    assert download_studies(out, condition="leukemia", base_url=api.base_url) == 0
    with pytest.raises(InputError, match="records another search"):
        download_studies(out, condition="lymphoma", base_url=api.base_url)
    assert download_studies(out, condition="lymphoma", base_url=api.base_url, page_size=10,
                            resume=False) == 23


def test_resume_by_id_skips_written_studies(api, tmp_path):
    out = tmp_path / "s.jsonl"
    download_studies(out, nct_ids=IDS[:2], base_url=api.base_url)
    api.requests.clear()
    assert download_studies(out, nct_ids=IDS[:4], base_url=api.base_url) == 2
    assert [path for path, _ in api.requests] == [f"/api/v2/studies/{i}" for i in IDS[2:4]]
    assert _ids(out) == IDS[:4]


def test_max_studies_stops_and_resumes_to_a_larger_target(api, tmp_path):
    out = tmp_path / "s.jsonl"
    assert download_studies(out, query="x", base_url=api.base_url, page_size=5,
                            max_studies=7) == 7
    assert _ids(out) == IDS[:7]
    assert download_studies(out, query="x", base_url=api.base_url, page_size=5,
                            max_studies=12) == 5
    assert _ids(out) == IDS[:12]


def test_rate_limit_spaces_requests(api, tmp_path, monkeypatch, no_waiting):
    clock = iter(float(n) / 100 for n in range(1000))  # 10 ms pass between two readings
    monkeypatch.setattr(download, "_monotonic", lambda: next(clock))
    download_studies(tmp_path / "s.jsonl", nct_ids=IDS[:3], base_url=api.base_url,
                     rate_limit=2.0)
    assert len(no_waiting) == 2
    assert all(0.45 < w <= 0.5 for w in no_waiting)


def test_bad_arguments(tmp_path):
    with pytest.raises(InputError, match="not an NCT id"):
        download_studies(tmp_path / "s.jsonl", nct_ids=["NCT123"])
    with pytest.raises(InputError, match="search term"):
        download_studies(tmp_path / "s.jsonl")


@pytest.mark.network
def test_live_api_one_study(tmp_path):
    out = tmp_path / "live.jsonl"
    assert download_studies(out, nct_ids=["NCT02349698"]) == 1
    assert _ids(out) == ["NCT02349698"]


def test_download_command_then_load(api, tmp_path, capsys):
    from cli_helpers import run_cli

    out = tmp_path / "nb.jsonl"
    result = run_cli(capsys, "download", "--condition", "neuroblastoma", "--intervention", "CAR T",
                     "-o", out, "--base-url", api.base_url)
    assert result.code == 0, result
    assert f"{out}: 23 stud(ies) written" in result.err
    path, params = api.requests[0]
    assert params["query.cond"] == "neuroblastoma" and params["query.intr"] == "CAR T"
    result = run_cli(capsys, "load", out, "--store", tmp_path / "kg", "--workers", "0")
    assert result.code == 0 and "loaded 23 trial(s)" in result.err, result


def test_download_command_needs_ids_or_a_search(tmp_path, capsys):
    from cli_helpers import run_cli

    result = run_cli(capsys, "download", "-o", tmp_path / "x.jsonl")
    assert result.code == 2 and "give NCT ids" in result.err, result
