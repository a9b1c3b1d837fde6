"""Export a store (or a selection of trials) and validate it against the SHACL shapes."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trialkg.errors import StoreError

__all__ = ["export_store", "validate_store", "select_graphs", "StoreValidation", "EXPORT_FORMATS"]

#: Export formats: Turtle, N-Quads, TriG, JSON-LD, and OWL (RDF/XML for Protégé).
EXPORT_FORMATS = ("ttl", "nq", "trig", "jsonld", "owl")


def select_graphs(store, trials: Sequence[str] | None = None,
                  limit: int | None = None) -> list[str]:
    """Return the trial graph IRIs to export.

    :param store: an open :class:`~trialkg.store.TrialStore`.
    :param trials: NCT ids or local ids (default: every trial).
    :param limit: keep the first N graphs in IRI order.
    :returns: graph IRIs.
    :raises StoreError: a requested trial is not in the store.
    """
    from trialkg.rdf import graph_iri

    present = set(store.trial_graphs())
    if trials:
        graphs = [graph_iri(t) for t in trials]
        missing = [t for t, g in zip(trials, graphs, strict=True) if g not in present]
        if missing:
            raise StoreError(f"{store.path}: no such trial(s) in the store: {', '.join(missing)}")
    else:
        graphs = sorted(present)
    return graphs[:limit] if limit is not None else graphs


def _graph_data(store, graphs: Sequence[str]) -> bytes:
    buf = io.BytesIO()
    store.dump(buf, "nq", graphs=list(graphs))
    return buf.getvalue()


def _graph_triples(store, graphs: Sequence[str]) -> bytes:
    """Return the triples of the given graphs, merged, as N-Triples."""
    import pyoxigraph

    quads = pyoxigraph.parse(_graph_data(store, graphs), format=pyoxigraph.RdfFormat.N_QUADS)
    return pyoxigraph.serialize((q.triple for q in quads),
                                format=pyoxigraph.RdfFormat.N_TRIPLES) or b""


def export_store(store, output: str | os.PathLike[str], fmt: str, *,
                 trials: Sequence[str] | None = None, limit: int | None = None) -> int:
    """Write trials (with the ontology graph for ``ttl``/``nq``/``trig``/``jsonld``) to a file.

    ``owl`` writes one RDF/XML file holding the merged ontology and the trial
    individuals, made OWL 2 DL (see :func:`trialkg.ontology.to_owl_dataset`), which
    opens in Protégé and classifies with HermiT; select a few thousand trials at most.

    :param store: an open :class:`~trialkg.store.TrialStore`.
    :param output: the file to write.
    :param fmt: one of :data:`EXPORT_FORMATS`.
    :param trials: only these trials.
    :param limit: only the first N trials.
    :returns: the number of trials written.
    """
    import pyoxigraph

    from trialkg.store import ONTOLOGY_GRAPH

    graphs = select_graphs(store, trials, limit)
    out = Path(output)
    if fmt == "owl":
        import rdflib

        from trialkg.ontology import serialize_rdfxml, to_owl_dataset

        data = rdflib.Graph()
        data.parse(data=_graph_triples(store, graphs), format="nt")
        owl = to_owl_dataset(data)
        out.write_text(serialize_rdfxml(owl, header=f"trialkg export: the ontology and "
                                                    f"{len(graphs)} trial(s)"), encoding="utf-8")
        return len(graphs)
    everything = trials is None and limit is None
    if fmt in ("nq", "trig", "ttl"):
        store.dump(out, fmt, graphs=None if everything else [ONTOLOGY_GRAPH, *graphs])
        return len(graphs)
    if fmt == "jsonld":
        quads = pyoxigraph.parse(_graph_data(store, [ONTOLOGY_GRAPH, *graphs]),
                                 format=pyoxigraph.RdfFormat.N_QUADS)
        pyoxigraph.serialize(quads, str(out), pyoxigraph.RdfFormat.JSON_LD)
        return len(graphs)
    raise ValueError(f"unknown export format {fmt!r}")


@dataclass(slots=True)
class StoreValidation:
    """The outcome of validating a store."""

    conforms: bool = True
    count: int = 0
    checked: int = 0
    report_text: str = ""
    messages: list[str] = field(default_factory=list)


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def validate_store(store, *, trials: Sequence[str] | None = None,
                   chunk: int = 200) -> StoreValidation:
    """Validate trial graphs against ``ontology/shapes.ttl`` with pySHACL, in chunks.

    :param store: an open :class:`~trialkg.store.TrialStore`.
    :param trials: only these trials (default: all).
    :param chunk: trials validated together.
    :returns: the combined outcome.
    """
    import rdflib

    from trialkg.validate import validate_graph

    graphs = select_graphs(store, trials)
    result = StoreValidation()
    reports: list[str] = []
    for part in _chunks(graphs, chunk):
        g = rdflib.Graph()
        g.parse(data=_graph_triples(store, part), format="nt")
        r = validate_graph(g)
        result.checked += len(part)
        if not r.conforms:
            result.conforms = False
            result.count += r.count
            reports.append(r.report_text)
    result.report_text = "\n".join(reports)
    return result
