"""Assertions shared by the reliability tests: outcomes of a load, canonical store contents."""

from __future__ import annotations

import hashlib
from pathlib import Path

#: The longest rejection reason a user should have to read.
MAX_REASON_CHARS = 1_000


def assert_one_line(text: str, what: str) -> None:
    assert text and text.strip(), f"{what}: empty"
    assert len(text.splitlines()) == 1, f"{what} spans several lines: {text[:300]!r}"
    assert len(text) <= MAX_REASON_CHARS, f"{what} is {len(text)} characters: {text[:200]!r}…"


def check_rejected(item, note: str = "") -> None:
    """A rejected record: named (file, position), with a one-line reason that is not a bug."""
    assert item.source, f"rejection without a source ({note})"
    assert_one_line(item.reason, f"reason ({note})")
    assert_one_line(str(item), f"rejection line ({note})")
    assert not item.reason.startswith("internal error"), f"{item} ({note})"


def check_built(item, note: str = "") -> None:
    """A built trial: valid N-Quads, all in the trial's own graph, encodable as UTF-8."""
    import pyoxigraph

    data = item.nquads.encode("utf-8")  # a lone surrogate would fail here
    store = pyoxigraph.Store()  # in memory: parsing stays in Rust
    store.load(data, format=pyoxigraph.RdfFormat.N_QUADS)
    graphs = {g.value for g in store.named_graphs()}
    assert graphs == {item.graph}, f"{note}: quads outside the trial graph: {graphs}"
    assert not any(True for _ in store.quads_for_pattern(None, None, None,
                                                        pyoxigraph.DefaultGraph())), note
    assert len(store) > 0, note


def run_reader_and_builder(path: Path, *, strict: bool = False,
                           intact: dict[tuple[str, int], bytes] | None = None):
    """Read a file or folder the way a load does (readers, then parse and build in process).

    Records listed in ``intact`` (source, index → the real record's bytes) must come out
    of the reader unchanged; they are then not built again (each record is built on its
    own, so an intact record builds as it always does).

    :returns: (whole-file errors, raw records, one BuiltTrial or Rejected per record, or
        None for an intact record).
    """
    from trialkg.loaders import iter_raw_records
    from trialkg.pipeline import build_records

    file_errors: list = []
    raws = list(iter_raw_records(path, on_error=file_errors.append))
    intact = intact or {}
    for raw in raws:
        if (raw.source, raw.index) in intact:
            assert raw.data.strip() == intact[raw.source, raw.index].strip(), raw.source
    todo = [r for r in raws if (r.source, r.index) not in intact]
    built = iter(build_records(todo, None, strict))
    out = [None if (r.source, r.index) in intact else next(built) for r in raws]
    assert next(built, None) is None
    return file_errors, raws, out


def check_outcome(file_errors, raws, out, note: str = "") -> dict[str, object]:
    """Check every outcome of a read; return the built trials by graph (last one wins)."""
    from trialkg.pipeline import Rejected

    for error in file_errors:
        assert error.path, note
        assert_one_line(error.reason, f"file error ({note})")
    built = {}
    for raw, item in zip(raws, out, strict=True):
        if item is None:  # an intact record, see run_reader_and_builder
            continue
        if isinstance(item, Rejected):
            assert item.source == raw.source and item.index == raw.index, note
            check_rejected(item, note)
        else:
            check_built(item, note)
            built[item.graph] = item
    return built


# ------------------------------------------------------------------------- store contents
def _graph_lines(store, graph) -> list[str]:
    import pyoxigraph

    quads = list(store.quads_for_pattern(None, None, None, graph))
    if any(isinstance(t, pyoxigraph.BlankNode) for q in quads for t in (q.subject, q.object)):
        dataset = pyoxigraph.Dataset(quads)
        dataset.canonicalize(pyoxigraph.CanonicalizationAlgorithm.UNSTABLE)
        quads = list(dataset)
    return sorted({str(q) for q in quads})


def digests_of(oxigraph_store) -> dict[str, str]:
    """Return the SHA-256 of each graph's canonical N-Quads (sorted lines, blank nodes
    canonicalized) in a pyoxigraph store, by graph IRI; the default graph is ``""``."""
    import pyoxigraph

    out = {}
    for graph in list(oxigraph_store.named_graphs()):
        lines = _graph_lines(oxigraph_store, graph)
        out[graph.value] = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    default = _graph_lines(oxigraph_store, pyoxigraph.DefaultGraph())
    if default:
        out[""] = hashlib.sha256("\n".join(default).encode()).hexdigest()
    return out


def graph_digests(store_dir: Path, *, wait: float = 30.0) -> dict[str, str]:
    """:func:`digests_of` a trialkg store folder (opened read-only, repaired if need be)."""
    from trialkg.store import TrialStore

    with TrialStore.open(store_dir, wait=wait) as st:
        return digests_of(st.oxigraph)


def store_digest(digests: dict[str, str]) -> str:
    """One digest for a whole store (its canonical N-Quads dump)."""
    return hashlib.sha256("\n".join(f"{g} {d}" for g, d in sorted(digests.items()))
                          .encode()).hexdigest()
