"""Remote SPARQL 1.1 servers (Oxigraph server, Virtuoso, GraphDB, Fuseki, Neptune…).

The only module that uses SPARQLWrapper. :class:`RemoteBackend` runs queries with
the same interface as the embedded store; :func:`push_graphs` writes named graphs
with SPARQL Update (``DROP SILENT GRAPH`` + ``INSERT DATA`` in one request per
batch, so each batch is atomic on servers that run an update request as one
transaction, and re-pushing a trial replaces it).

Query parameters are sent as a ``VALUES`` block of RDF terms serialized by
Oxigraph (quotes and backslashes escaped), placed at the start of the query's
``WHERE`` group — never as text pasted into the query.
"""

from __future__ import annotations

import functools
import json
import re
import time
import urllib.error
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from trialkg.errors import QueryError, RemoteError
from trialkg.results import Table, Term

__all__ = ["RemoteBackend", "push_graphs", "PushReport", "inject_values"]

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_TRANSIENT = (urllib.error.URLError, ConnectionError, TimeoutError, OSError)


def inject_values(query: str, bindings: dict[str, Any]) -> str:
    """Bind variables with a ``VALUES`` block at the start of every ``WHERE`` group.

    Sub-queries are evaluated on their own, so each ``WHERE {`` (the query's and its
    sub-queries') receives the block: the variables are bound wherever they occur, as if
    substituted. A sub-query that does not use them is unchanged by one more row joined.

    :param query: SPARQL query text (comment lines are dropped).
    :param bindings: variable name → pyoxigraph term (its ``str()`` is N-Triples syntax).
    :returns: the query with the blocks inserted.
    :raises QueryError: the query has no ``WHERE {`` group.
    """
    text = "\n".join(line for line in query.splitlines() if not line.lstrip().startswith("#"))
    if not bindings:
        return text
    if not _WHERE.search(text):
        raise QueryError("cannot bind parameters: the query has no 'WHERE {' group")
    names = sorted(bindings)
    row = " ".join(str(bindings[n]) for n in names)
    block = f"\n  VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}\n"
    return _WHERE.sub(lambda m: m.group(0) + block, text)


class _WrapperOptions(TypedDict):
    """The keyword arguments of :func:`_wrapper` a backend keeps."""

    user: str | None
    password: str | None
    timeout: float


def _wrapper(endpoint: str, *, user: str | None, password: str | None, timeout: float):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    sw = SPARQLWrapper(endpoint, agent="trialkg (SPARQLWrapper)")
    sw.setMethod(POST)
    sw.setReturnFormat(JSON)
    sw.setTimeout(int(max(1, timeout)))
    if user:
        sw.setCredentials(user, password or "")
    return sw


def _call(endpoint: str, fn: Callable[[], Any], *, retries: int, backoff: float) -> Any:
    from SPARQLWrapper.SPARQLExceptions import (
        EndPointInternalError,
        EndPointNotFound,
        QueryBadFormed,
        Unauthorized,
        URITooLong,
    )

    attempt = 0
    while True:
        try:
            return fn()
        except Unauthorized as exc:
            raise RemoteError(f"{endpoint}: not authorised (HTTP 401/403): check --user/--password "
                              "and the server's update permissions") from exc
        except QueryBadFormed as exc:
            raise QueryError(f"{endpoint}: the server rejected the query: "
                             f"{str(exc).splitlines()[-1][:300]}") from exc
        except (EndPointNotFound, URITooLong) as exc:
            raise RemoteError(f"{endpoint}: {type(exc).__name__}: {str(exc)[:300]}") from exc
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise RemoteError(f"{endpoint}: not authorised (HTTP {exc.code}): check "
                                  "credentials and the server's update permissions") from exc
            if exc.code < 500 and exc.code != 429:
                raise RemoteError(f"{endpoint}: HTTP {exc.code} {exc.reason}") from exc
            error: Exception = exc
        except (EndPointInternalError, *_TRANSIENT) as exc:
            error = exc
        attempt += 1
        if attempt > retries:
            raise RemoteError(f"{endpoint}: failed after {retries} retries: "
                              f"{type(error).__name__}: {str(error)[:300]}") from error
        time.sleep(backoff * 2 ** (attempt - 1))


class RemoteBackend:
    """Queries on a remote SPARQL 1.1 query endpoint."""

    name = "remote"

    def __init__(self, endpoint: str, *, user: str | None = None, password: str | None = None,
                 timeout: float = 60.0, retries: int = 3, backoff: float = 0.5) -> None:
        if not re.match(r"^https?://", endpoint or ""):
            raise RemoteError(f"{endpoint!r}: an endpoint is an http(s) URL")
        self.endpoint = endpoint
        self._opts: _WrapperOptions = {"user": user, "password": password, "timeout": timeout}
        self._retries = retries
        self._backoff = backoff

    def _json(self, query: str) -> dict[str, Any]:
        def run() -> dict[str, Any]:
            sw = _wrapper(self.endpoint, **self._opts)
            sw.setQuery(query)
            result = sw.query()
            # read JSON ourselves: SPARQLWrapper's convert() would parse an XML or RDF/XML
            # answer with minidom or rdflib, which expand entity declarations
            try:
                data = json.loads(result.response.read())
            except (ValueError, RecursionError):
                data = None
            if not isinstance(data, dict):
                kind = result.info().get("content-type", "no content type")
                raise RemoteError(f"{self.endpoint}: answer is not SPARQL JSON results ({kind})")
            return data

        return _call(self.endpoint, run, retries=self._retries, backoff=self._backoff)

    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Table:
        """Run a SELECT query remotely.

        :param query: SPARQL text.
        :param bindings: variable name → pyoxigraph term.
        :returns: the result table.
        """
        data = self._json(inject_values(query, bindings or {}))
        columns = list(data.get("head", {}).get("vars", []))
        rows = [[Term.from_json(b[c]) if c in b else None for c in columns]
                for b in data.get("results", {}).get("bindings", [])]
        return Table(columns, rows)

    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool:
        """Run an ASK query remotely."""
        data = self._json(inject_values(query, bindings or {}))
        return bool(data.get("boolean"))

    def construct(self, query: str, bindings: dict[str, Any] | None = None) -> bytes:
        """Run a CONSTRUCT/DESCRIBE query remotely; return N-Triples."""
        from SPARQLWrapper import N3

        def run() -> bytes:
            sw = _wrapper(self.endpoint, **self._opts)
            sw.setQuery(inject_values(query, bindings or {}))
            sw.setReturnFormat(N3)
            sw.addCustomHttpHeader("Accept", "application/n-triples, text/turtle;q=0.9")
            raw = sw.query().response.read()
            return raw if isinstance(raw, bytes) else str(raw).encode()

        data = _call(self.endpoint, run, retries=self._retries, backoff=self._backoff)
        import pyoxigraph

        try:
            triples = pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE)
            return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        except SyntaxError as exc:
            raise RemoteError(f"{self.endpoint}: unreadable CONSTRUCT answer: {exc}") from exc

    def close(self) -> None:
        """Nothing to release."""


@dataclass(slots=True)
class PushReport:
    """What a push did."""

    graphs: int = 0
    triples: int = 0
    requests: int = 0
    seconds: float = 0.0


_BNODE = re.compile(r"(^|\s)_:")


def _update_text(graphs: Sequence[tuple[str, str]], *, drop: bool = True) -> str:
    parts = [f"DROP SILENT GRAPH <{g}>" for g, _ in graphs] if drop else []
    body = "\n".join(f"GRAPH <{g}> {{\n{nt}}}" for g, nt in graphs if nt)
    if body:
        # blank nodes (the ontology's axioms) are refused in INSERT DATA by some servers
        # (Virtuoso); an INSERT template over the empty pattern creates them everywhere
        if _BNODE.search(body):
            parts.append(f"INSERT {{\n{body}\n}} WHERE {{}}")
        else:
            parts.append(f"INSERT DATA {{\n{body}\n}}")
    return " ;\n".join(parts)


def _split_graph(ntriples: str, limit: int) -> list[str]:
    """Split one graph's N-Triples into parts of at most ``limit`` triples (roughly).

    Triples that share blank nodes stay in the same part, because a blank-node label only
    means the same node within one request.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups: dict[str, list[str]] = {}
    plain: list[str] = []
    lines = ntriples.splitlines(True)
    labels_of = []
    for line in lines:
        labels = [tok for tok in (line.split(" ", 1)[0], line.rstrip(" .\n").rsplit(" ", 1)[-1])
                  if tok.startswith("_:")]
        labels_of.append(labels)
        if len(labels) == 2:
            parent[find(labels[0])] = find(labels[1])
        elif labels:
            find(labels[0])
    for line, labels in zip(lines, labels_of, strict=True):
        if labels:
            groups.setdefault(find(labels[0]), []).append(line)
        else:
            plain.append(line)
    parts: list[str] = []
    current: list[str] = []
    for group in [*([line] for line in plain), *groups.values()]:
        if current and len(current) + len(group) > limit:
            parts.append("".join(current))
            current = []
        current.extend(group)
    if current:
        parts.append("".join(current))
    return parts


def _put_graph(store_url: str, graph: str, ntriples: str, *, user: str | None,
               password: str | None, timeout: float) -> None:
    """Replace one named graph with the SPARQL 1.1 Graph Store HTTP Protocol (PUT)."""
    import base64
    import urllib.parse
    import urllib.request

    sep = "&" if "?" in store_url else "?"
    url = f"{store_url}{sep}graph={urllib.parse.quote(graph, safe='')}"
    request = urllib.request.Request(url, data=ntriples.encode("utf-8"), method="PUT",
                                     headers={"Content-Type": "application/n-triples",
                                              "User-Agent": "trialkg"})
    if user:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()


def push_graphs(
    graphs: Iterable[tuple[str, str]],
    endpoint: str,
    *,
    graph_store: str | None = None,
    user: str | None = None,
    password: str | None = None,
    batch_triples: int = 20_000,
    retries: int = 5,
    backoff: float = 1.0,
    timeout: float = 120.0,
    progress: Callable[[int], None] | None = None,
) -> PushReport:
    """Write named graphs to a SPARQL 1.1 server, replacing them.

    By default each batch of graphs is one SPARQL Update request (``DROP SILENT GRAPH`` +
    ``INSERT DATA``), which every SPARQL 1.1 server accepts. With ``graph_store``, each
    graph is sent with the Graph Store HTTP Protocol (``PUT …?graph=IRI``, N-Triples),
    which servers parse much faster (Oxigraph: ``http://host:7878/store``).

    :param graphs: ``(graph IRI, N-Triples of its triples)`` pairs.
    :param endpoint: the update endpoint URL (used when ``graph_store`` is None).
    :param graph_store: a Graph Store HTTP Protocol endpoint URL.
    :param user: user name for HTTP authentication.
    :param password: its password.
    :param batch_triples: triples per update request.
    :param retries: retries of a failed request (transient errors only).
    :param backoff: seconds before the first retry (doubles each time).
    :param timeout: seconds per request.
    :param progress: called with the number of graphs written so far.
    :returns: counts.
    :raises RemoteError: authentication, permission or persistent server errors.
    """
    report = PushReport()
    started = time.perf_counter()
    batch: list[tuple[str, str]] = []
    size = 0

    def send() -> None:
        nonlocal size
        if not batch:
            return
        text = _update_text(batch)

        def run() -> None:
            sw = _wrapper(endpoint, user=user, password=password, timeout=timeout)
            sw.setQuery(text)
            sw.query()

        _call(endpoint, run, retries=retries, backoff=backoff)
        report.requests += 1
        report.graphs += len(batch)
        report.triples += size
        batch.clear()
        size = 0
        if progress:
            progress(report.graphs)

    if graph_store:
        for graph, ntriples in graphs:
            _call(graph_store,
                  functools.partial(_put_graph, graph_store, graph, ntriples, user=user,
                                    password=password, timeout=timeout),
                  retries=retries, backoff=backoff)
            report.requests += 1
            report.graphs += 1
            report.triples += ntriples.count("\n")
            if progress:
                progress(report.graphs)
        report.seconds = time.perf_counter() - started
        return report
    def send_alone(graph: str, ntriples: str) -> None:
        """Send a graph too big for one request, or with blank nodes, in parts.

        A failed part sends the whole graph again from its DROP: a part the server applied
        but whose answer was lost would otherwise add its blank nodes a second time.
        """
        limit = min(batch_triples, 500) if _BNODE.search(ntriples) else batch_triples
        texts = [_update_text([(graph, part)], drop=(i == 0))
                 for i, part in enumerate(_split_graph(ntriples, limit))]

        def run() -> None:
            for text in texts:
                sw = _wrapper(endpoint, user=user, password=password, timeout=timeout)
                sw.setQuery(text)
                sw.query()
                report.requests += 1

        _call(endpoint, run, retries=retries, backoff=backoff)
        report.graphs += 1
        report.triples += ntriples.count("\n")
        if progress:
            progress(report.graphs)

    for graph, ntriples in graphs:
        n = ntriples.count("\n")
        if n > batch_triples or _BNODE.search(ntriples):
            send()
            send_alone(graph, ntriples)
            continue
        if batch and size + n > batch_triples:
            send()
        batch.append((graph, ntriples))
        size += n
    send()
    report.seconds = time.perf_counter() - started
    return report


def iter_store_graphs(store, graphs: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Yield ``(graph, N-Triples)`` for graphs of a local store, for :func:`push_graphs`.

    :param store: an open :class:`~trialkg.store.TrialStore`.
    :param graphs: graph IRIs.
    """
    import pyoxigraph

    for g in graphs:
        quads = store.oxigraph.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(g))
        data = pyoxigraph.serialize((q.triple for q in quads),
                                    format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        yield g, data.decode("utf-8")
