"""Download studies from the ClinicalTrials.gov API v2 into a JSON Lines file, resumably.

Studies are fetched by NCT id (``GET {base}/studies/{nctId}``) or by search
(``GET {base}/studies?query.term=…&query.cond=…&query.intr=…&pageSize=…&pageToken=…``),
following ``nextPageToken`` from page to page. Requests are spaced to a polite rate,
retried with exponential back-off on 429, 5xx and connection errors (``Retry-After`` is
honoured), and a 4xx answer raises :class:`~trialkg.errors.RemoteError`.

The output gets one compact study per line, and each page is written, flushed and
fsync'ed before the next is asked for, so the file never ends in a partial line. A
sidecar ``<output>.state.json`` records the search and the next page token: a re-run
after an interruption continues from there, appends, and skips NCT ids already written.
Only the standard library is used; nothing is printed (``progress`` is a callback).
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from trialkg.errors import InputError, RemoteError
from trialkg.model import NCT_ID_PATTERN

__all__ = ["DEFAULT_BASE_URL", "download_studies", "state_path"]

#: The public ClinicalTrials.gov API v2.
DEFAULT_BASE_URL = "https://clinicaltrials.gov/api/v2"
#: HTTP statuses worth retrying.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: The longest wait between two attempts, in seconds (also caps ``Retry-After``).
MAX_WAIT = 300.0
_USER_AGENT = "trialkg (+https://w3id.org/trialkg)"

# Indirections the tests replace to run without waiting.
_sleep = time.sleep
_monotonic = time.monotonic

Progress = Callable[[int, "int | None"], None]


def state_path(output: Path) -> Path:
    """Return the sidecar file that records how far a download got.

    :param output: the JSON Lines output.
    :returns: ``<output>.state.json`` beside it.
    """
    return output.with_name(output.name + ".state.json")


class _Client:
    """GET JSON with a request spacing, retries and back-off."""

    def __init__(self, *, rate_limit: float, retries: int, backoff: float,
                 timeout: float) -> None:
        self.interval = 1.0 / rate_limit if rate_limit > 0 else 0.0
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self._last: float | None = None

    def _wait_turn(self) -> None:
        if self._last is not None and self.interval:
            delay = self._last + self.interval - _monotonic()
            if delay > 0:
                _sleep(delay)
        self._last = _monotonic()

    def get(self, url: str) -> Any:
        """Return the decoded JSON body of ``url``, or raise RemoteError."""
        attempt = 0
        while True:
            self._wait_turn()
            request = urllib.request.Request(url, headers={"Accept": "application/json",
                                                           "User-Agent": _USER_AGENT})
            retry_after: float | None = None
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    body = response.read()
            except urllib.error.HTTPError as exc:
                detail = _error_detail(exc)
                if exc.code not in RETRY_STATUSES:
                    raise RemoteError(f"{url}: HTTP {exc.code} {exc.reason}{detail}") from None
                problem = f"HTTP {exc.code} {exc.reason}{detail}"
                retry_after = _retry_after(exc.headers.get("Retry-After"))
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                problem = f"connection failed ({reason})"
            else:
                try:
                    return json.loads(body)
                except ValueError:
                    raise RemoteError(f"{url}: the answer is not JSON") from None
            if attempt >= self.retries:
                raise RemoteError(f"{url}: {problem}; gave up after {attempt + 1} attempt(s)")
            wait = retry_after if retry_after is not None else self.backoff * 2 ** attempt
            _sleep(min(wait, MAX_WAIT))
            attempt += 1


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(2000).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    with contextlib.suppress(ValueError, AttributeError):
        text = json.loads(text).get("message", text)
    line = " ".join(str(text).split())[:200]
    return f": {line}" if line else ""


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def download_studies(
    output: str | os.PathLike[str],
    *,
    nct_ids: Iterable[str] = (),
    query: str | None = None,
    condition: str | None = None,
    intervention: str | None = None,
    base_url: str = DEFAULT_BASE_URL,
    page_size: int = 100,
    max_studies: int | None = None,
    rate_limit: float = 3.0,
    retries: int = 5,
    backoff: float = 1.0,
    resume: bool = True,
    progress: Progress | None = None,
    timeout: float = 60.0,
) -> int:
    """Download studies into a JSON Lines file; return how many this call wrote.

    :param output: the JSON Lines file (created, or appended to when resuming).
    :param nct_ids: NCT ids to fetch one by one.
    :param query: free-text search terms (``query.term``).
    :param condition: condition search (``query.cond``).
    :param intervention: intervention search (``query.intr``).
    :param base_url: the API v2 base URL.
    :param page_size: studies per search page (1–1000).
    :param max_studies: stop when the output holds this many studies of this search.
    :param rate_limit: at most this many requests per second.
    :param retries: retries of one request on 429, 5xx and connection errors.
    :param backoff: the first retry waits this many seconds, then twice as long each time
        (a ``Retry-After`` header takes precedence).
    :param resume: continue from the state file and keep the studies already written;
        False starts the output afresh.
    :param progress: called as ``progress(done, total)`` after each page or study
        (``total`` is None when unknown).
    :param timeout: seconds to wait for one answer.
    :returns: the number of studies written by this call.
    :raises RemoteError: on a 4xx answer, an unknown NCT id, or when retries run out
        (the studies written so far stay in the output).
    :raises InputError: for a malformed NCT id, or a state file of another search.
    """
    output = Path(output)
    ids = [i.strip().upper() for i in nct_ids]
    bad = [i for i in ids if not NCT_ID_PATTERN.fullmatch(i)]
    if bad:
        raise InputError(bad[0], "not an NCT id (NCT followed by 8 digits)")
    search = {k: v for k, v in (("query.term", query), ("query.cond", condition),
                                 ("query.intr", intervention)) if v}
    if not ids and not search:
        raise InputError(str(output), "give NCT ids or at least one search term")
    if not 1 <= page_size <= 1000:
        raise InputError(str(output), f"page size {page_size} is not within 1-1000")
    client = _Client(rate_limit=rate_limit, retries=retries, backoff=backoff, timeout=timeout)
    state_file = state_path(output)
    if not resume:
        output.unlink(missing_ok=True)
        state_file.unlink(missing_ok=True)
    seen = _written_ids(output)
    base = base_url.rstrip("/")
    with open(output, "ab") as sink:
        if ids:
            return _by_id(client, base, ids, seen, sink, max_studies, progress, output)
        return _by_search(client, base, search, page_size, seen, sink, max_studies, progress,
                          state_file)


def _written_ids(output: Path) -> set[str]:
    """Return the NCT ids already in the output, cutting off a trailing partial line."""
    seen: set[str] = set()
    if not output.exists():
        return seen
    good_end = 0
    with open(output, "rb+") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            good_end += len(line)
            try:
                nct = json.loads(line)["protocolSection"]["identificationModule"]["nctId"]
            except (ValueError, KeyError, TypeError):
                continue
            seen.add(nct)
        if good_end < f.seek(0, os.SEEK_END):
            f.truncate(good_end)
    return seen


def _append(sink, studies: Iterator[dict]) -> int:
    """Write studies as compact JSON lines, then flush and fsync; return how many."""
    lines = [json.dumps(s, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
             for s in studies]
    if lines:
        sink.write(b"".join(lines))
        sink.flush()
        os.fsync(sink.fileno())
    return len(lines)


def _nct_of(study: Any) -> str | None:
    try:
        return study["protocolSection"]["identificationModule"]["nctId"]
    except (KeyError, TypeError):
        return None


def _by_id(client: _Client, base: str, ids: list[str], seen: set[str], sink,
           max_studies: int | None, progress: Progress | None, output: Path) -> int:
    written = 0
    missing: list[str] = []
    todo = list(dict.fromkeys(ids))
    for done, nct in enumerate(todo, 1):
        if max_studies is not None and written >= max_studies:
            break
        if nct not in seen:
            url = f"{base}/studies/{urllib.parse.quote(nct)}?format=json"
            try:
                study = client.get(url)
            except RemoteError as exc:
                if "HTTP 404" not in str(exc):
                    raise
                missing.append(nct)
                study = None
            if study is not None:
                if _nct_of(study) != nct:
                    raise RemoteError(f"{url}: the answer is not the study {nct}")
                written += _append(sink, iter([study]))
                seen.add(nct)
        if progress:
            progress(done, len(todo))
    if missing:
        raise RemoteError(f"{base}/studies: not found (HTTP 404): {', '.join(missing)}; "
                          f"{written} other stud(ies) written to {output}")
    return written


def _by_search(client: _Client, base: str, search: dict[str, str], page_size: int,
               seen: set[str], sink, max_studies: int | None, progress: Progress | None,
               state_file: Path) -> int:
    token: str | None = None
    if state_file.exists():
        try:
            state = json.loads(state_file.read_text(encoding="utf-8"))
        except ValueError:
            raise InputError(str(state_file), "not a download state file") from None
        if state.get("search") != search:
            raise InputError(str(state_file), f"records another search ({state.get('search')}); "
                                              f"resume=False starts afresh")
        if state.get("done"):
            return 0
        token = state.get("next_page_token")
    written = 0
    total: int | None = None
    while True:
        if max_studies is not None and len(seen) >= max_studies:
            return written
        params = {**search, "pageSize": page_size, "format": "json"}
        if token:
            params["pageToken"] = token
        else:
            params["countTotal"] = "true"
        page = client.get(f"{base}/studies?{urllib.parse.urlencode(params)}")
        if not isinstance(page, dict) or not isinstance(page.get("studies", []), list):
            raise RemoteError(f"{base}/studies: the answer is not a page of studies")
        total = page.get("totalCount", total)
        fresh = []
        for study in page.get("studies", []):
            nct = _nct_of(study)
            if nct is None or nct in seen:
                continue
            if max_studies is not None and len(seen) >= max_studies:
                break
            seen.add(nct)
            fresh.append(study)
        written += _append(sink, iter(fresh))
        next_token = page.get("nextPageToken")
        capped = max_studies is not None and len(seen) >= max_studies
        # A page cut short by max_studies is fetched again on resume (its ids are skipped).
        _save_state(state_file, search, token if capped else next_token,
                    done=not next_token and not capped)
        if progress:
            progress(len(seen), min(total, max_studies) if total is not None and max_studies
                     else (total if total is not None else max_studies))
        if not next_token:
            return written
        token = next_token


def _save_state(state_file: Path, search: dict[str, str], token: str | None, *,
                done: bool) -> None:
    tmp = state_file.with_name(state_file.name + ".tmp")
    tmp.write_text(json.dumps({"search": search, "next_page_token": token, "done": done},
                              indent=1), encoding="utf-8")
    os.replace(tmp, state_file)
