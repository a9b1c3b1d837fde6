"""The embedded, persistent trial store (Oxigraph through pyoxigraph).

Layout of a store folder::

    DIR/oxigraph/        the Oxigraph (RocksDB) database
    DIR/trialkg.lock     advisory lock: one writer, or any number of readers
    DIR/journal/         the batch in flight, if a write was interrupted

Every trial lives in its own named graph; the ontology (core and vocabulary
module) lives in :data:`ONTOLOGY_GRAPH`. Queries see the union of all graphs as
their default graph.

**Crash safety.** Oxigraph's bulk loader is fast but not transactional, so every
batch is journaled: before a batch is written, the journal records the graphs it
will replace and a copy (N-Quads) of those that already exist; then the old
graphs are dropped and the new ones bulk-loaded and flushed; only then is the
journal removed. Whoever next opens the store for writing finds a leftover
journal and rolls the batch back (drops its graphs, restores the copies), so a
killed load never leaves half a trial and never loses a trial that was there.

**Concurrency.** Writers take an exclusive lock and readers a shared one, so a
query never runs against a half-written batch and two loads never interleave: the
second one fails at once with :class:`~trialkg.errors.StoreBusyError` (or waits,
when asked to).

This is the only module that opens a pyoxigraph ``Store``.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import io
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trialkg.errors import StoreBusyError, StoreError

if TYPE_CHECKING:
    import pyoxigraph

    from trialkg.rdf import BuiltTrial

__all__ = ["TrialStore", "ONTOLOGY_GRAPH", "default_store_path", "STORE_ENV"]

#: The named graph that holds the ontology inside every store.
ONTOLOGY_GRAPH = "https://w3id.org/trialkg/graph/ontology"
#: Environment variable naming the default store folder.
STORE_ENV = "TRIALKG_STORE"
_GRAPH_PREFIX = "https://w3id.org/trialkg/graph/"
_SHA = "https://w3id.org/trialkg/ontology#sourceSha256"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@functools.cache
def _class_queries() -> tuple[str, ...]:
    """Return the classifier compiled from the bundled ontology.

    One query per defined class, over every trial of the store it runs in (a batch's scratch
    store).
    """
    from trialkg.classify import classification_queries
    from trialkg.ontology import merged_ontology_graph

    return tuple(classification_queries(merged_ontology_graph()))


@functools.cache
def _classifier_predicates() -> frozenset[str]:
    """Every IRI the classification queries name (their predicates among them), as N-Quads terms.

    The queries have no variable predicates, so a trial triple whose predicate is not named
    here can never match them.
    """
    names: set[str] = set()
    for query in _class_queries():
        names.update(re.findall(r"<[^>\s]+>", query))
        for prefix, ns in re.findall(r"PREFIX\s+(\w*):\s*<([^>]*)>", query):
            names.update(f"<{ns}{local}>" for local in re.findall(rf"\b{prefix}:(\w+)", query))
    return frozenset(names)


class _PiecesReader(io.RawIOBase):
    """A binary reader over text pieces, encoding one piece at a time.

    Hands a batch's N-Quads to Oxigraph's bulk loader without first joining them into
    one copy of the whole batch (a 500,000-quad batch is ~100 MB of text, and as much
    again once encoded). Each read returns at most the rest of one piece.
    """

    def __init__(self, pieces: Iterable[str]) -> None:
        super().__init__()
        self._pieces = iter(pieces)
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._buf:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._buf = memoryview(piece.encode("utf-8"))
        n = min(len(buffer), len(self._buf))
        buffer[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def default_store_path() -> Path:
    """Return the store folder from ``$TRIALKG_STORE``, else ``./trialkg-store``."""
    return Path(os.environ.get(STORE_ENV) or "trialkg-store")


#: Store lock descriptors held by this process (see :func:`_forget_inherited_locks`).
_HELD_LOCKS: set[int] = set()


def _forget_inherited_locks() -> None:
    """In a forked child, let go of the parent's store locks.

    A flock belongs to the open file, which a forked child shares: the worker processes
    of a load would otherwise keep the store locked after the load itself was killed.
    Each inherited descriptor is pointed at /dev/null, so its number stays valid.
    """
    if _HELD_LOCKS:
        null = os.open(os.devnull, os.O_RDONLY)
        for fd in _HELD_LOCKS:
            os.dup2(null, fd, inheritable=False)
        os.close(null)
        _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_forget_inherited_locks)


def _release(fd: int) -> None:
    _HELD_LOCKS.discard(fd)
    os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_durably(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class TrialStore:
    """A trialkg store folder opened for reading or writing.

    Use :meth:`open`; close it (or use it as a context manager) to release the lock.
    """

    def __init__(self, path: Path, store: pyoxigraph.Store, lock_fd: int, writable: bool) -> None:
        self.path = path
        self._store: pyoxigraph.Store | None = store
        self._lock_fd = lock_fd
        self.writable = writable
        self._ontology_cache: list | None = None
        #: graphs rolled back when the store was opened (an interrupted batch)
        self.repaired: list[str] = []
        #: trials re-classified when the store was opened (the bundled ontology had changed)
        self.reclassified = 0
        #: seconds spent classifying written batches (:meth:`write_trials`) since opened
        self.classify_seconds = 0.0

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, write: bool = False,
             wait: float = 0.0) -> TrialStore:
        """Open a store folder.

        :param path: the store folder (default: ``$TRIALKG_STORE`` or ``./trialkg-store``).
        :param write: open for writing (creates the folder); else read-only.
        :param wait: seconds to wait for a conflicting process to finish.
        :returns: the open store.
        :raises StoreError: the folder is not a trialkg store or cannot be opened.
        :raises StoreBusyError: another process holds a conflicting lock.
        """
        import pyoxigraph

        folder = Path(path) if path is not None else default_store_path()
        db = folder / "oxigraph"
        if not write and not db.is_dir():
            raise StoreError(f"{folder}: no trialkg store here (load trials first: "
                             f"trialkg load FILE --store {folder})")
        if write:
            if folder.exists() and not folder.is_dir():
                raise StoreError(f"{folder}: exists and is not a folder")
            if folder.is_dir() and any(folder.iterdir()) and not db.is_dir() \
                    and not (folder / "trialkg.lock").exists():
                raise StoreError(f"{folder}: folder is not empty and is not a trialkg store")
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{folder}: cannot create store folder: {exc.strerror}") from exc
        lock_fd = cls._lock(folder, exclusive=write, wait=wait)
        try:
            if not write and any((folder / "journal" / name).exists()
                                 for name in ("pending.json", "reclassify.json")):
                # an interrupted batch or re-classification: finish it first (write lock)
                _release(lock_fd)
                with cls.open(folder, write=True, wait=wait):
                    pass
                lock_fd = cls._lock(folder, exclusive=False, wait=wait)
            try:
                store = pyoxigraph.Store(str(db)) if write else pyoxigraph.Store.read_only(str(db))
            except OSError as exc:
                raise StoreError(f"{folder}: cannot open the database: {exc}") from exc
            self = cls(folder, store, lock_fd, write)
            if write:
                if not (folder / "store.json").exists():
                    _write_durably(folder / "store.json",
                                   json.dumps({"format": "trialkg-store", "version": 1}).encode())
                self.repaired = self._repair()
                self.ensure_ontology()
            return self
        except BaseException:
            _release(lock_fd)
            raise

    @staticmethod
    def _lock(folder: Path, *, exclusive: bool, wait: float) -> int:
        lock_path = folder / "trialkg.lock"
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if not exclusive and exc.errno in (13, 30):  # read-only folder: no lock to take
                return os.open(os.devnull, os.O_RDONLY)
            raise StoreError(f"{folder}: cannot open lock file: {exc.strerror}") from exc
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, mode)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = ""
                    if not exclusive:  # the holder is a writer, which recorded its pid
                        with contextlib.suppress(OSError):
                            holder = Path(lock_path).read_text().strip()
                    os.close(fd)
                    what = "written" if not exclusive else "used"
                    raise StoreBusyError(
                        f"{folder}: store is being {what} by another trialkg process"
                        + (f" ({holder})" if holder else "")
                        + ("; wait for it to finish (or pass --wait SECONDS)" if exclusive
                           else "; try again when it has finished")) from None
                time.sleep(0.1)
        if exclusive:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        _HELD_LOCKS.add(fd)
        return fd

    def close(self) -> None:
        """Flush (when writable) and release the store and its lock."""
        if self._store is None:
            return
        if self.writable:
            with contextlib.suppress(OSError):
                self._store.flush()
        self._store = None  # the database closes when the object is dropped
        _release(self._lock_fd)

    def compact(self) -> None:
        """Compact the database after a load.

        Each batch is bulk-loaded as new sorted files; until they are merged, every
        lookup of a reader opened read-only visits all of them (measured at 10k trials:
        2-3x slower query results). A writer merges them in the background only while it
        is open, so a load compacts before it closes. Interrupting it is harmless.
        """
        if not self.writable:
            raise StoreError(f"{self.path}: store is open read-only")
        self.oxigraph.optimize()

    def __enter__(self) -> TrialStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def oxigraph(self) -> pyoxigraph.Store:
        """Return the underlying pyoxigraph store (for trialkg's own modules)."""
        if self._store is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._store

    # ------------------------------------------------------------------ journal
    @property
    def _journal(self) -> Path:
        return self.path / "journal"

    def _repair(self) -> list[str]:
        import pyoxigraph

        pending = self._journal / "pending.json"
        if not pending.exists():
            return []
        try:
            entry = json.loads(pending.read_text())
            graphs = list(entry["graphs"])
        except (OSError, ValueError, KeyError) as exc:
            raise StoreError(f"{self.path}: unreadable load journal {pending}: {exc}") from exc
        self._drop(graphs)
        backup = self._journal / "backup.nq"
        if entry.get("backup") and backup.exists():
            self.oxigraph.load(path=str(backup), format=pyoxigraph.RdfFormat.N_QUADS)
        self.oxigraph.flush()
        self._clear_journal()
        return graphs

    def _clear_journal(self) -> None:
        for name in ("pending.json", "backup.nq"):
            with contextlib.suppress(FileNotFoundError):
                (self._journal / name).unlink()
        _fsync_dir(self._journal)

    def _drop(self, graphs: Sequence[str]) -> None:
        for start in range(0, len(graphs), 500):
            chunk = graphs[start:start + 500]
            self.oxigraph.update(";\n".join(f"DROP SILENT GRAPH <{g}>" for g in chunk))

    # ------------------------------------------------------------------ writing
    def replace_graphs(self, graphs: Sequence[str], nquads: bytes | Sequence[str], *,
                       derive: Callable[[Sequence[str]], bytes] | None = None) -> None:
        """Replace named graphs by the given N-Quads, crash-safely (see module doc).

        :param graphs: every graph the N-Quads write into (others are not touched).
        :param nquads: N-Quads whose quads all belong to ``graphs``, as bytes or as text
            pieces (read one at a time, so a large batch is never copied whole).
        :param derive: called once the data is in, with ``graphs``; the N-Quads it returns
            (inferred triples of the same graphs) are written in the same journaled batch.
        :raises StoreError: the store is read-only or the data could not be written.
        """
        import pyoxigraph

        if not self.writable:
            raise StoreError(f"{self.path}: store is open read-only")
        if not graphs:
            return
        if ONTOLOGY_GRAPH in graphs:
            self._ontology_cache = None
        store = self.oxigraph
        existing = [g for g in graphs if store.contains_named_graph(pyoxigraph.NamedNode(g))]
        self._journal.mkdir(exist_ok=True)
        if existing:
            backup = (q for g in existing
                      for q in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(g)))
            with open(self._journal / "backup.nq", "wb") as fh:
                pyoxigraph.serialize(backup, fh, pyoxigraph.RdfFormat.N_QUADS)
                fh.flush()
                os.fsync(fh.fileno())
        _write_durably(self._journal / "pending.json",
                       json.dumps({"graphs": list(graphs), "backup": bool(existing),
                                   "started": time.time()}).encode())
        try:
            if existing:
                self._drop(existing)
            data = nquads if isinstance(nquads, bytes) else _PiecesReader(nquads)
            # pyoxigraph reads any binary file object; its stubs name only typing.IO, which
            # io.RawIOBase is not
            store.bulk_load(input=data,  # type: ignore[arg-type]
                            format=pyoxigraph.RdfFormat.N_QUADS)
            if derive is not None:
                extra = derive(graphs)
                if extra:
                    store.bulk_load(input=extra, format=pyoxigraph.RdfFormat.N_QUADS)
            store.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            # undo now rather than at the next open
            self._repair()
            raise StoreError(f"{self.path}: batch not written: {exc}") from exc
        self._clear_journal()

    def write_trials(self, built: Sequence[BuiltTrial], *, classify: bool = True) -> None:
        """Write a batch of built trials, replacing earlier versions of the same trials.

        :param built: trials from :func:`trialkg.rdf.build_trial` (distinct identifiers).
        :param classify: also write each trial's memberships of the ontology's defined
            classes (pediatric trial, CAR-T trial…), computed by :mod:`trialkg.classify`.
        """
        graphs = [b.graph for b in built]
        if len(set(graphs)) != len(graphs):
            raise StoreError(f"{self.path}: a batch holds the same trial twice")
        pieces = [b.nquads for b in built]

        def derive(names: Sequence[str]) -> bytes:
            started = time.perf_counter()
            try:
                return self._batch_classification_quads(names, pieces)
            finally:
                self.classify_seconds += time.perf_counter() - started

        self.replace_graphs(graphs, pieces, derive=derive if classify else None)

    def _ontology_quads(self) -> list:
        """Return the quads of the ontology graph (read once per open store)."""
        import pyoxigraph

        if self._ontology_cache is None:
            node = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
            self._ontology_cache = list(self.oxigraph.quads_for_pattern(None, None, None, node))
        return self._ontology_cache

    def _batch_classification_quads(self, graphs: Sequence[str], pieces: Sequence[str]) -> bytes:
        """Classify a batch from its own N-Quads, in a scratch in-memory store.

        A trial's memberships depend only on its own graph and the ontology (the
        classifier follows trial-local nodes and ontology classes), so the batch and the
        ontology graph alone give the same rows as the whole store, at a cost that does not
        grow with the store (querying the whole store made each batch O(store size)).
        """
        import pyoxigraph

        if not graphs:
            return b""
        wanted = _classifier_predicates()
        # only the triples the classifier can match: those whose predicate it names (one
        # trial's N-Quads at a time: no copy of the whole batch is made)
        lines = [line for piece in pieces for line in piece.splitlines(True)
                 if line.split(" ", 2)[1] in wanted]
        scratch = pyoxigraph.Store()
        scratch.extend(self._ontology_quads())
        scratch.load(input="".join(lines), format=pyoxigraph.RdfFormat.N_QUADS)
        # the scratch store holds this batch's trials only, so the queries need no VALUES
        # list of its graphs; one query per class (a VALUES list of 600 graphs made them 4x
        # slower, one UNION of every class 2x slower, both growing faster than the batch)
        out: list[str] = []
        for query in _class_queries():
            rows = scratch.query(query, use_default_graph_as_union=True)
            assert isinstance(rows, pyoxigraph.QuerySolutions)  # a SELECT query
            out.extend(f"<{r['trial'].value}> <{_RDF_TYPE}> <{r['class'].value}> "
                       f"<{r['graph'].value}> .\n" for r in rows)
        return "".join(out).encode("utf-8")

    def delete_trials(self, identifiers: Iterable[str]) -> int:
        """Remove trials (their whole graphs) from the store.

        :param identifiers: NCT ids or local ids.
        :returns: how many of them were present.
        """
        import pyoxigraph

        from trialkg.rdf import graph_iri

        graphs = [graph_iri(i) for i in identifiers]
        present = [g for g in graphs
                   if self.oxigraph.contains_named_graph(pyoxigraph.NamedNode(g))]
        self._drop(present)
        self.oxigraph.flush()
        return len(present)

    def ensure_ontology(self) -> bool:
        """Load (or refresh) the ontology graph when the bundled ontology changed.

        When a store that already holds trials gets a changed ontology (a newer trialkg),
        the trials' memberships of the defined classes are derived again, so queries about
        CAR-T or pediatric trials never answer from an older definition. The work is
        journaled (``journal/reclassify.json``) and redone by the next writer if it was
        interrupted; :attr:`reclassified` tells how many trials it covered.

        :returns: True when the ontology graph was (re)written.
        """
        import pyoxigraph

        from trialkg.resources import ontology_dir

        files = [ontology_dir() / "trialkg.ttl", ontology_dir() / "trialkg-vocabulary.ttl"]
        files = [f for f in files if f.exists()]
        digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()
        node = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
        current = list(self.oxigraph.quads_for_pattern(node, pyoxigraph.NamedNode(_SHA), None,
                                                       node))
        if current and isinstance(sha := current[0].object, pyoxigraph.Literal) \
                and sha.value == digest:
            self._reclassify_if_journaled()
            return False
        marker = self._journal / "reclassify.json"
        if next(self.trial_graphs(), None) is not None:
            # the classes the stored memberships may come from: the old definitions (and
            # those of an earlier change whose re-derivation was cut short)
            classes = set(self._stored_defined_classes()) | set(self._journaled_classes())
            self._journal.mkdir(exist_ok=True)
            _write_durably(marker, json.dumps({"classes": sorted(classes)}).encode())
        quads: list[pyoxigraph.Quad] = []
        for f in files:
            quads.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object, node)
                         for t in pyoxigraph.parse(path=str(f), format=pyoxigraph.RdfFormat.TURTLE))
        quads.append(pyoxigraph.Quad(node, pyoxigraph.NamedNode(_SHA),
                                     pyoxigraph.Literal(digest), node))
        self.replace_graphs([ONTOLOGY_GRAPH],
                            pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS) or b"")
        self._reclassify_if_journaled()
        return True

    def _stored_defined_classes(self) -> list[str]:
        """Return the defined classes (``owl:equivalentClass``) of the stored ontology graph."""
        import pyoxigraph

        rows = self.oxigraph.query(
            f"SELECT DISTINCT ?c WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ "
            f"?c <http://www.w3.org/2002/07/owl#equivalentClass> ?d . FILTER isIRI(?c) }} }}")
        assert isinstance(rows, pyoxigraph.QuerySolutions)  # a SELECT query
        return sorted(r["c"].value for r in rows)

    def _journaled_classes(self) -> list[str]:
        """Return the classes listed by ``journal/reclassify.json`` ([] without one)."""
        marker = self._journal / "reclassify.json"
        if not marker.exists():
            return []
        try:
            return [str(c) for c in json.loads(marker.read_text())["classes"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.path}: unreadable journal {marker}: {exc}") from exc

    def _reclassify_if_journaled(self) -> None:
        """Derive every trial's memberships again if ``journal/reclassify.json`` asks for it.

        Memberships of the old and the new defined classes are removed from the trial
        graphs (the loader never asserts a defined class: each such type is derived), then
        the whole store is classified with the bundled ontology and the rows written back
        into each trial's graph. Every step can be redone, so the journal entry is removed
        only at the end.
        """
        marker = self._journal / "reclassify.json"
        if not marker.exists():  # the common case: nothing to import, nothing to do
            return
        import pyoxigraph

        from trialkg.classify import TRIAL_CLASS, classify_store, defined_classes
        from trialkg.ontology import merged_ontology_graph

        old = self._journaled_classes()
        ontology = merged_ontology_graph()
        store = self.oxigraph
        rdf_type = pyoxigraph.NamedNode(_RDF_TYPE)
        for cls in sorted(set(old) | {str(c) for c in defined_classes(ontology)}):
            # one transaction per class keeps each one small; only trials carry memberships,
            # so a type the loader asserts on another node (a condition's MONDO class) stays
            node = pyoxigraph.NamedNode(cls)  # refuses anything but an IRI
            store.update(f"DELETE {{ GRAPH ?g {{ ?t a {node} }} }} WHERE {{ "
                         f"GRAPH ?g {{ ?t a {node}, <{TRIAL_CLASS}> }} "
                         f"FILTER (?g != <{ONTOLOGY_GRAPH}>) }}")
        rows = classify_store(store, ontology=ontology)
        iri = pyoxigraph.NamedNode
        store.bulk_extend(pyoxigraph.Quad(iri(t), rdf_type, iri(c), iri(g)) for g, t, c in rows)
        store.flush()
        self.reclassified = self.count_trials()
        marker.unlink()
        _fsync_dir(self._journal)

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, *, substitutions: dict[str, Any] | None = None) -> Any:
        """Run a SPARQL query over the union of all graphs.

        :param sparql: the query text.
        :param substitutions: variable name → pyoxigraph term, bound before evaluation.
        :returns: pyoxigraph ``QuerySolutions``, ``QueryBoolean`` or ``QueryTriples``.
        :raises SyntaxError: the query does not parse.
        """
        import pyoxigraph

        subs = None
        if substitutions:
            subs = {pyoxigraph.Variable(k): v for k, v in substitutions.items()}
        return self.oxigraph.query(sparql, use_default_graph_as_union=True, substitutions=subs)

    def trial_graphs(self) -> Iterator[str]:
        """Yield the IRI of every trial graph."""
        for g in self.oxigraph.named_graphs():
            value = g.value
            if value.startswith(_GRAPH_PREFIX) and value != ONTOLOGY_GRAPH:
                yield value

    def count_trials(self) -> int:
        """Return how many trials the store holds."""
        return sum(1 for _ in self.trial_graphs())

    def __len__(self) -> int:
        """Return the number of quads in the store."""
        return len(self.oxigraph)

    def dump(self, output: str | os.PathLike[str] | Any, fmt: str, *,
             graphs: Sequence[str] | None = None) -> None:
        """Write the store (or some graphs) as N-Quads, TriG or Turtle.

        :param output: a path or a binary file object.
        :param fmt: ``nq``, ``trig`` or ``ttl`` (Turtle merges the graphs).
        :param graphs: only these graph IRIs (default: all graphs).
        """
        import pyoxigraph

        store = self.oxigraph
        names = [pyoxigraph.NamedNode(g) for g in graphs] if graphs is not None else None
        if names is None:
            quads: Iterable[Any] = store.quads_for_pattern(None, None, None, None)
        else:
            quads = (q for n in names for q in store.quads_for_pattern(None, None, None, n))
        if fmt == "ttl":
            quads = (q.triple for q in quads)
            formats = pyoxigraph.RdfFormat.TURTLE
        else:
            formats = {"nq": pyoxigraph.RdfFormat.N_QUADS,
                       "trig": pyoxigraph.RdfFormat.TRIG}[fmt]
        prefixes = {"tkg": "https://w3id.org/trialkg/ontology#",
                    "obo": "http://purl.obolibrary.org/obo/",
                    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                    "xsd": "http://www.w3.org/2001/XMLSchema#"}
        if fmt == "nq":
            pyoxigraph.serialize(quads, output, formats)
        else:
            pyoxigraph.serialize(quads, output, formats, prefixes=prefixes)
