"""Load trial files into a store: read, parse, build triples, write in batches.

Reading (format detection, splitting files into records) happens in this process;
parsing records, reading their criteria and building their triples happens in
worker processes (or in this process with ``workers=0``); a writer thread writes
finished batches to the store, one at a time, while the next batch is read and built
(Oxigraph's bulk load and SPARQL evaluation release the GIL, so the two overlap). A
record that cannot be turned into a trial is rejected with a one-line reason and the
others still load; the store only ever receives whole trials (see :mod:`trialkg.store`
for crash safety).
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from trialkg.errors import InputError, RecordError
from trialkg.rdf import BuiltTrial

__all__ = ["Rejected", "LoadReport", "load_paths", "build_records", "iter_built",
           "ontology_graph_ntriples"]

#: Records per task sent to a worker process.
CHUNK_RECORDS = 32
#: A batch is written once it holds this many quads (Oxigraph's bulk loader
#: ingests up to 1,000,000 quads as one unit). Each batch lands as new sorted files that
#: RocksDB merges in the background; with 250,000-quad batches the merging fell behind
#: past ~50,000 trials and stalled the load. 100,000 trials, 2 workers: 250,000 -> 878 s
#: and 0.90 GB peak RSS; 500,000 -> 659 s and 1.34 GB (bench/results.md); 1,000,000 was
#: no faster than 500,000 and took ~0.7 GB more (Oxigraph holds the batch while sorting).
BATCH_QUADS = 500_000
#: …or this many trials.
BATCH_TRIALS = 2_000


#: Longest rejection reason shown; longer ones (quoting a huge field) lose their middle.
MAX_REASON_CHARS = 500


def _one_line(text: str, *, limit: int | None = MAX_REASON_CHARS) -> str:
    """Return ``text`` as one line (control characters escaped), of bounded length."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    if limit is not None and len(text) > limit:
        half = limit // 2
        text = f"{text[:half]}…[{len(text) - 2 * half} characters]…{text[-half:]}"
    return text


@dataclass(slots=True)
class Rejected:
    """A record (or a whole file) that was not loaded, and why (one line)."""

    source: str
    reason: str
    index: int | None = None
    nct_id: str | None = None

    def __post_init__(self) -> None:
        self.reason = _one_line(self.reason)
        self.source = _one_line(self.source, limit=None)
        if self.nct_id:
            self.nct_id = _one_line(self.nct_id)

    def __str__(self) -> str:
        where = self.source
        if self.index is not None:
            where += f" record {self.index + 1}"
        if self.nct_id:
            where += f" ({self.nct_id})"
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class LoadReport:
    """What a load did."""

    loaded: int = 0
    triples: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    duplicates: int = 0  #: records superseded by a later record of the same trial in this run
    records: int = 0
    seconds: float = 0.0
    compact_seconds: float = 0.0  #: of ``seconds``, merging the bulk-loaded files at the end
    classify_seconds: float = 0.0  #: of ``seconds``, classifying each batch (writer thread)
    repaired: list[str] = field(default_factory=list)  #: graphs rolled back from a crashed load

    @property
    def ok(self) -> bool:
        """Return True when nothing was rejected."""
        return not self.rejected


@functools.lru_cache(maxsize=256)
def _source_iri(source: str) -> str | None:
    path, sep, member = source.partition("!/")
    try:
        uri = Path(path).resolve().as_uri()
    except (OSError, ValueError):
        return None
    return f"{uri}#{quote(member)}" if sep else uri


def build_records(raws: Sequence, loaded_at: str | None, strict: bool) -> list:
    """Parse and build a chunk of raw records (runs in a worker process).

    :param raws: :class:`trialkg.loaders.RawRecord` objects.
    :param loaded_at: the load time for provenance, or None.
    :param strict: stop at malformed optional fields instead of skipping them.
    :returns: a :class:`~trialkg.rdf.BuiltTrial` or :class:`Rejected` per record.
    """
    import warnings

    from trialkg.errors import TrialkgWarning
    from trialkg.loaders import parse_record
    from trialkg.rdf import build_trial

    out: list = []
    for raw in raws:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", TrialkgWarning)
                trial = parse_record(raw, strict=strict)
                trial.source_sha256 = trial.source_sha256 or raw.sha256
                built = build_trial(trial, loaded_at=loaded_at, source_iri=_source_iri(raw.source))
            built.warnings = [str(w.message) for w in caught
                              if issubclass(w.category, TrialkgWarning)]
            out.append(built)
        except RecordError as exc:
            out.append(Rejected(raw.source, exc.reason, raw.index, exc.nct_id))
        except RecursionError:
            out.append(Rejected(raw.source, "record nested too deeply", raw.index))
        except Exception as exc:  # noqa: BLE001 - a bug must not stop the other records
            out.append(Rejected(raw.source, f"internal error ({type(exc).__name__}: {exc})",
                                raw.index))
    return out


def _chunks(raws: Iterator, rejected: list[Rejected], size: int) -> Iterator[list]:
    chunk: list = []
    for raw in raws:
        chunk.append(raw)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _iter_raw(paths: Iterable[str | os.PathLike[str]], rejected: list[Rejected],
              progress: Callable[[int, int], None] | None) -> Iterator:
    from trialkg.loaders import iter_raw_records

    def on_error(exc: InputError) -> None:
        rejected.append(Rejected(exc.path, exc.reason))

    for path in paths:
        try:
            yield from iter_raw_records(path, on_error=on_error)
        except InputError as exc:
            rejected.append(Rejected(exc.path, exc.reason))
        except OSError as exc:
            rejected.append(Rejected(str(path), exc.strerror or str(exc)))


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: exit once the loading process is gone (killed or crashed)."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="trialkg-parent-watch", daemon=True).start()


def iter_built(paths: Iterable[str | os.PathLike[str]], *, strict: bool = False,
               workers: int | None = None, loaded_at: str | None = None,
               rejected: list[Rejected] | None = None) -> Iterator:
    """Yield built trials and rejections for every record of the given files, in order.

    :param paths: files or folders.
    :param strict: see :func:`trialkg.loaders.parse_record`.
    :param workers: worker processes (0: parse in this process; None: one per core).
    :param loaded_at: the load time for provenance.
    :param rejected: a list that receives whole-file rejections.
    :returns: an iterator of :class:`~trialkg.rdf.BuiltTrial` and :class:`Rejected`.
    """
    file_rejections = rejected if rejected is not None else []
    chunks = _chunks(_iter_raw(paths, file_rejections, None), file_rejections, CHUNK_RECORDS)
    if workers is None:
        workers = os.cpu_count() or 1
    if workers <= 0:
        for chunk in chunks:
            yield from build_records(chunk, loaded_at, strict)
        return
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                initializer=_exit_with_parent,
                                initargs=(os.getpid(),)) as pool:
        pending: deque[cf.Future] = deque()
        for chunk in chunks:
            pending.append(pool.submit(build_records, chunk, loaded_at, strict))
            while len(pending) >= 2 * workers + 2:  # bounded: memory stays flat
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


class _BatchWriter:
    """Write batches of built trials in a thread of its own, one batch at a time.

    :meth:`put` hands over a batch and returns at once unless the previous batch is still
    being written (then it waits: at most one batch is written and one is filled). The
    first error of a write is raised by the next :meth:`put` or by :meth:`close`; later
    batches are then not written. Batches are written in order, each journaled by the
    store, so crash safety is that of :meth:`~trialkg.store.TrialStore.write_trials`.
    """

    def __init__(self, store, report: LoadReport) -> None:
        self._store = store
        self._report = report
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._abort = False
        self._thread = threading.Thread(target=self._run, name="trialkg-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            built, quads = item
            if self._error is not None or self._abort:
                continue
            try:
                self._store.write_trials(built)
            except BaseException as exc:  # noqa: BLE001 - handed to the loading thread
                self._error = exc
                continue
            self._report.loaded += len(built)
            self._report.triples += quads

    def _raise(self) -> None:
        if self._error is not None:  # stays set: the writer skips every later batch
            raise self._error

    def put(self, built: list[BuiltTrial], quads: int) -> None:
        """Hand over a batch (waits while the previous one is being written)."""
        self._raise()
        self._queue.put((built, quads))

    def close(self, *, abort: bool = False) -> None:
        """Wait for the batches handed over to be written, then raise the first write error.

        :param abort: write no batch that is not already being written, raise nothing.
        """
        self._abort = abort
        self._queue.put(None)
        self._thread.join()
        if not abort:
            self._raise()


def ontology_graph_ntriples() -> str:
    """Return the bundled ontology (core and vocabulary module) as N-Triples."""
    import pyoxigraph

    from trialkg.resources import ontology_dir

    triples: list[pyoxigraph.Quad] = []
    for name in ("trialkg.ttl", "trialkg-vocabulary.ttl"):
        path = ontology_dir() / name
        if path.exists():
            triples.extend(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    return (pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b"").decode()


def load_paths(
    paths: Sequence[str | os.PathLike[str]],
    store,
    *,
    strict: bool = False,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    record_time: bool = True,
    batch_quads: int = BATCH_QUADS,
    batch_trials: int = BATCH_TRIALS,
) -> LoadReport:
    """Load files or folders of trial records into an open, writable store.

    :param paths: files (any supported format) or folders.
    :param store: a :class:`~trialkg.store.TrialStore` opened for writing.
    :param strict: reject records with malformed optional fields instead of skipping the field.
    :param workers: worker processes (0: none; None: one per core).
    :param progress: called with (records done, trials loaded) after each batch.
    :param record_time: record the load time in each trial's provenance.
    :param batch_quads: write a batch once it holds this many quads.
    :param batch_trials: …or this many trials.
    :returns: a :class:`LoadReport`.
    """
    started = time.perf_counter()
    report = LoadReport(repaired=list(store.repaired))
    classified_before = getattr(store, "classify_seconds", 0.0)
    loaded_at = (datetime.now(UTC).replace(microsecond=0).isoformat()
                 .replace("+00:00", "Z")) if record_time else None
    batch: dict[str, BuiltTrial] = {}
    quads = 0
    writer = _BatchWriter(store, report)

    def flush() -> None:
        nonlocal batch, quads
        if batch:
            writer.put(list(batch.values()), quads)
            batch, quads = {}, 0
        if progress:
            progress(report.records, report.loaded)

    try:
        for item in iter_built(paths, strict=strict, workers=workers, loaded_at=loaded_at,
                               rejected=report.rejected):
            report.records += 1
            if isinstance(item, Rejected):
                report.rejected.append(item)
                continue
            previous = batch.pop(item.graph, None)
            if previous is not None:
                report.duplicates += 1
                quads -= previous.triples
            batch[item.graph] = item
            quads += item.triples
            if quads >= batch_quads or len(batch) >= batch_trials:
                flush()
        flush()
    except BaseException:
        writer.close(abort=True)
        raise
    writer.close()
    if progress:
        progress(report.records, report.loaded)
    report.classify_seconds = getattr(store, "classify_seconds", 0.0) - classified_before
    if report.loaded:
        compact_started = time.perf_counter()
        store.compact()
        report.compact_seconds = time.perf_counter() - compact_started
    report.seconds = time.perf_counter() - started
    return report
