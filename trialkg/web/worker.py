"""A query worker process: opens the store read-only and answers jobs one at a time.

The server starts each worker as ``python -m trialkg.web.worker STORE`` and talks to
it through its standard input and output with length-prefixed pickles (see
:func:`write_frame`); the worker's own stray output is sent to standard error so
it can never corrupt that channel. Each job is checked by :mod:`trialkg.guard`
here, in the worker, so even parsing a huge or pathological query happens under
the server's time limit and never in the server process.

A job runs to completion; the server stops a job that runs too long by killing the
whole worker and starting a new one.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import struct
import sys
from dataclasses import dataclass, field
from typing import Any, BinaryIO

__all__ = ["QueryJob", "JobResult", "read_frame", "write_frame", "run_job", "main",
           "term_tuple"]

_LOG = logging.getLogger("trialkg.server.worker")
_HEADER = struct.Struct(">Q")
_RDF_PREFIXES = {
    "tkg": "https://w3id.org/trialkg/ontology#",
    "trial": "https://w3id.org/trialkg/trial/",
    "obo": "http://purl.obolibrary.org/obo/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(slots=True)
class QueryJob:
    """One query for a worker.

    ``bindings`` maps variable names to terms as ``(kind, value, datatype, lang)``
    tuples (see :func:`term_tuple`), bound as RDF terms, never pasted as text.
    ``default_graphs`` and ``named_graphs`` are the protocol's
    ``default-graph-uri``/``named-graph-uri`` (None when absent). With ``raw`` a SELECT
    answers with the :class:`~trialkg.results.Table` itself instead of serialized bytes.
    """

    text: str
    bindings: dict[str, tuple[str, str, str | None, str | None]] = field(default_factory=dict)
    accept: str | None = None
    fmt: str | None = None
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    max_results: int = 50_000
    raw: bool = False


@dataclass(slots=True)
class JobResult:
    """What a worker answers: a body, a table, or an HTTP status and message."""

    status: int
    media_type: str = "text/plain"
    body: bytes = b""
    count: int = 0
    table: Any = None
    message: str = ""


def term_tuple(term: Any) -> tuple[str, str, str | None, str | None]:
    """Return a picklable form of a pyoxigraph ``NamedNode`` or ``Literal``."""
    if type(term).__name__ == "NamedNode":
        return ("uri", term.value, None, None)
    return ("literal", term.value, term.datatype.value if term.datatype else None, term.language)


def _term(t: tuple[str, str, str | None, str | None]) -> Any:
    import pyoxigraph

    kind, value, datatype, lang = t
    if kind == "uri":
        return pyoxigraph.NamedNode(value)
    if lang:
        return pyoxigraph.Literal(value, language=lang)
    if datatype:
        return pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(datatype))
    return pyoxigraph.Literal(value)


def read_frame(stream: BinaryIO) -> Any:
    """Read one length-prefixed pickle; return None at end of input."""
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def write_frame(stream: BinaryIO, obj: Any) -> None:
    """Write one length-prefixed pickle and flush."""
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _used_prefixes(triples: list[Any]) -> dict[str, str]:
    """Return the prefixes of :data:`_RDF_PREFIXES` that the triples use."""
    used = set()
    for triple in triples:
        for term in (triple.subject, triple.predicate, triple.object):
            value = getattr(term, "value", "")
            if type(term).__name__ == "Literal" and term.datatype is not None:
                value = term.datatype.value
            for name, ns in _RDF_PREFIXES.items():
                if value.startswith(ns):
                    used.add(name)
        if len(used) == len(_RDF_PREFIXES):
            break
    return {k: v for k, v in _RDF_PREFIXES.items() if k in used}


def _too_many(max_results: int, what: str) -> JobResult:
    return JobResult(503, message=f"result too large: more than {max_results} {what} (the "
                                  "server's limit); add LIMIT and OFFSET to fetch it in pages")


def _execute(store: Any, job: QueryJob, substitutions: dict[str, Any] | None) -> Any:
    text = job.text
    if substitutions:
        # bound as everywhere in trialkg: a VALUES block of terms that Oxigraph itself
        # serialized, so a value can never change the query (see trialkg.queries)
        from trialkg.remote import inject_values

        text = inject_values(text, substitutions)
    if job.default_graphs is None and job.named_graphs is None:
        return store.query(text)
    import pyoxigraph

    return store.oxigraph.query(
        text,
        default_graph=[pyoxigraph.NamedNode(g) for g in job.default_graphs or []],
        named_graphs=[pyoxigraph.NamedNode(g) for g in job.named_graphs or []])


#: Query texts the guard accepted, and their form: named queries, the page's examples and
#: cards send the same texts again and again, and parsing one with rdflib's parser takes
#: 10-230 ms. The check depends on the text alone (parameters travel as bindings), so an
#: accepted text stays accepted; refused texts are not remembered.
_ACCEPTED: dict[str, str] = {}
_ACCEPTED_MAX = 512


def _remember(text: str, form: str) -> None:
    if len(text) > 16_384:
        return
    if len(_ACCEPTED) >= _ACCEPTED_MAX:
        _ACCEPTED.pop(next(iter(_ACCEPTED)))  # the oldest
    _ACCEPTED[text] = form


def run_job(store: Any, job: QueryJob) -> JobResult:
    """Check, run and serialize one query.

    :param store: an open :class:`~trialkg.store.TrialStore`.
    :param job: the query.
    :returns: the answer, or an HTTP status with a message (400 malformed, 403 refused,
        406 no acceptable format, 503 result over the size limit).
    """
    import pyoxigraph

    from trialkg.errors import QueryError, QueryNotAllowedError
    from trialkg.guard import check_query
    from trialkg.results import Table, Term, serialize_boolean
    from trialkg.web.protocol import NotAcceptable, choose_format

    def allowed(iri: str) -> bool:
        return iri.startswith("https://w3id.org/trialkg/")

    try:
        form = _ACCEPTED.get(job.text)
        if form is None:
            form = check_query(job.text, graph_allowed=allowed)
            _remember(job.text, form)
        for iri in (job.default_graphs or []) + (job.named_graphs or []):
            if not allowed(iri):
                raise QueryNotAllowedError(f"<{iri}> is not a graph of this store")
        fmt, media = ("json", "") if job.raw else choose_format(form, job.accept,
                                                                override=job.fmt)
    except QueryNotAllowedError as exc:
        return JobResult(403, message=str(exc))
    except QueryError as exc:
        return JobResult(400, message=str(exc))
    except NotAcceptable as exc:
        return JobResult(406, message=str(exc))
    try:
        substitutions = {k: _term(v) for k, v in job.bindings.items()}
    except ValueError as exc:
        return JobResult(400, message=f"bad parameter value: {exc}")
    try:
        result = _execute(store, job, substitutions)
        if isinstance(result, pyoxigraph.QuerySolutions):
            columns = [v.value for v in result.variables]
            rows: list[list[Term | None]] = []
            for solution in result:
                if len(rows) >= job.max_results:
                    return _too_many(job.max_results, "rows")
                rows.append([None if (t := solution[c]) is None else Term.from_oxigraph(t)
                             for c in columns])
            table = Table(columns, rows)
            if job.raw:
                return JobResult(200, table=table, count=len(rows))
            return JobResult(200, media, table.serialize(fmt).encode("utf-8"), len(rows))
        if isinstance(result, pyoxigraph.QueryBoolean):
            return JobResult(200, media, serialize_boolean(bool(result), fmt).encode(), 1)
        triples: list[pyoxigraph.Triple] = []
        for triple in result:
            if len(triples) >= job.max_results:
                return _too_many(job.max_results, "triples")
            triples.append(triple)
        rdf_format = {"turtle": pyoxigraph.RdfFormat.TURTLE,
                      "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                      "jsonld": pyoxigraph.RdfFormat.JSON_LD,
                      "rdfxml": pyoxigraph.RdfFormat.RDF_XML}[fmt]
        prefixes = _used_prefixes(triples) if fmt in ("turtle", "rdfxml") else None
        body = pyoxigraph.serialize(triples, format=rdf_format, prefixes=prefixes) or b""
        return JobResult(200, media, body, len(triples))
    except SyntaxError as exc:
        return JobResult(400, message=f"SPARQL syntax error: {exc}")
    except (OSError, ValueError, RuntimeError) as exc:
        _LOG.warning("query failed: %s", exc)
        return JobResult(500, message=f"query failed: {exc}")


def main(argv: list[str] | None = None) -> int:
    """Serve jobs on standard input/output until the input closes.

    :param argv: ``[STORE]``.
    :returns: the exit code.
    """
    args = sys.argv[1:] if argv is None else argv
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to stderr, never into the channel
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when workers stop
    logging.basicConfig(level=os.environ.get("TRIALKG_WORKER_LOG", "WARNING"),
                        format="%(asctime)s worker %(process)d %(levelname)s %(message)s")
    from trialkg.errors import TrialkgError
    from trialkg.guard import check_query
    from trialkg.store import TrialStore

    check_query("ASK {}")  # import and warm up the parser before the first job
    try:
        store = TrialStore.open(args[0], write=False, wait=10.0)
    except (TrialkgError, OSError, IndexError) as exc:
        write_frame(channel, ("fatal", str(exc)))
        return 1
    write_frame(channel, ("ready", os.getpid()))
    source = sys.stdin.buffer
    while True:
        job = read_frame(source)
        if job is None:
            break
        try:
            answer = run_job(store, job)
        except Exception as exc:  # noqa: BLE001 - report the bug, keep serving
            _LOG.exception("query job failed")
            answer = JobResult(500, message=f"internal error: {type(exc).__name__}: {exc}")
        write_frame(channel, answer)
    store.close()
    return 0


if __name__ == "__main__":
    # run the imported module's main, so answers pickle as trialkg.web.worker.JobResult
    from trialkg.web.worker import main as _main

    sys.exit(_main())
