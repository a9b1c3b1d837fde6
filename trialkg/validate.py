"""Validate trial graphs against the SHACL shapes of ``ontology/shapes.ttl`` with pySHACL.

The ontology (core and vocabulary module) is the ontology graph, so ``sh:class``
constraints see the class hierarchy and the typed terms (phases, statuses, antigens,
analytes); no inference is run beyond that. Only the part of the ontology the shapes read
(class hierarchy and typed terms) is added, beside the data rather than copied into it.
SHACL Advanced Features are on for the SPARQL targets of the shapes. A thousand
registry trials take about twenty seconds of one core; callers holding many more
(``trialkg validate`` on a store) validate them a chunk of graphs at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import overload

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from trialkg.errors import TrialkgError
from trialkg.resources import ontology_dir

__all__ = ["Violation", "ValidationResult", "ShapesError", "validate_graph", "shapes_graph",
           "hoist_properties", "SHAPES_FILE"]

#: File name of the SHACL shapes in the ontology folder.
SHAPES_FILE = "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


class ShapesError(TrialkgError, ValueError):
    """The SHACL shapes themselves are invalid (pySHACL refuses them)."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result, with the node, property and value a curator needs to find it."""

    focus: str  #: the node that fails (a trial, criterion or fact IRI)
    path: str | None  #: the property, when the constraint is on one
    value: str | None  #: the offending value, when there is one
    message: str  #: what is wrong, in words
    severity: str = "Violation"  #: Violation, Warning or Info
    shape: str = ""  #: the IRI of the shape that fired ("" for an anonymous property shape)

    def __str__(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(slots=True)
class ValidationResult:
    """The outcome of validating one graph or dataset."""

    conforms: bool = True
    count: int = 0  #: number of results (all severities)
    report_text: str = ""  #: one line per result, for people
    violations: list[Violation] = field(default_factory=list)


@cache
def shapes_graph() -> Graph:
    """Return the bundled SHACL shapes (parsed once), prepared by :func:`hoist_properties`.

    :returns: the shapes graph.
    """
    return hoist_properties(Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle"))


def hoist_properties(shapes: Graph) -> Graph:
    """Turn the property shapes of targeted node shapes into targeted property shapes.

    pySHACL checks a property shape nested in a node shape once per focus node, but a
    property shape with its own targets once for all of them; the results are the same
    (same focus nodes, paths, values, messages and source shapes), about 20% sooner.

    :param shapes: a shapes graph (changed in place).
    :returns: the same graph.
    """
    for node in set(shapes.subjects(RDF.type, SH.NodeShape)):
        targets = [(p, o) for p, o in shapes.predicate_objects(node) if p in _TARGETS]
        for prop in list(shapes.objects(node, SH.property)) if targets else ():
            if isinstance(prop, BNode):
                shapes.remove((node, SH.property, prop))
                shapes.add((prop, RDF.type, SH.PropertyShape))
                for p, o in targets:
                    shapes.add((prop, p, o))
    return shapes


@cache
def _default_support() -> Graph:
    from trialkg.ontology import merged_ontology_graph

    return _support(merged_ontology_graph())


def _support(ontology: Graph) -> Graph:
    """Return the part of the ontology the shapes read: class hierarchy, typed named terms."""
    support = Graph()
    for s, p, o in ontology.triples((None, None, None)):
        if p in (RDF.type, RDFS.subClassOf) and isinstance(s, URIRef) and isinstance(o, URIRef):
            support.add((s, p, o))
    return support


def _view(data: Graph | Dataset, support: Graph) -> Graph:
    """Return the data (a dataset's graphs merged) and the ontology support, uncopied."""
    if isinstance(data, Dataset):
        merged = Graph()
        merged.addN((s, p, o, merged) for s, p, o, _ in data.quads((None, None, None, None)))
        data = merged
    return ReadOnlyGraphAggregate([data, support])


@overload
def _short(term: None, graph: Graph) -> None: ...
@overload
def _short(term: Node, graph: Graph) -> str: ...
@overload
def _short(term: Node | None, graph: Graph) -> str | None: ...
def _short(term: Node | None, graph: Graph) -> str | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        return term.n3(graph.namespace_manager) if term.datatype else str(term)
    if isinstance(term, URIRef):
        return term.n3(graph.namespace_manager)
    return f"[{term}]"


def _violations(results: Graph, shapes: Graph) -> list[Violation]:
    found = set()  # one line per node, path, value and message, whatever the component
    for r in results.objects(None, SH.result):  # nested results (sh:detail) left out
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        severity = results.value(r, SH.resultSeverity)
        shape = results.value(r, SH.sourceShape)
        found.add(Violation(
            focus=_short(results.value(r, SH.focusNode), shapes) or "",
            path=_short(results.value(r, SH.resultPath), shapes),
            value=_short(results.value(r, SH.value), shapes),
            message="; ".join(messages) or "(no message)",
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            shape=_short(shape, shapes) if isinstance(shape, URIRef) else ""))
    return list(found)


def validate_graph(data: Graph | Dataset, *, ontology: Graph | None = None,
                   shapes: Graph | None = None) -> ValidationResult:
    """Validate trial data against the SHACL shapes.

    :param data: trial triples: a graph, or a dataset (its graphs are validated together).
    :param ontology: the ontology (default: the merged core and vocabulary module).
    :param shapes: the shapes (default: :func:`shapes_graph`).
    :returns: a :class:`ValidationResult`; ``conforms`` is False when any result was found.
    :raises FileNotFoundError: the ontology or shapes files are missing.
    :raises ShapesError: the shapes graph is not valid SHACL.
    """
    import pyshacl

    support = _support(ontology) if ontology is not None else _default_support()
    shapes = shapes if shapes is not None else shapes_graph()
    result = ValidationResult()
    conforms, results, _text = pyshacl.validate(
        _view(data, support), shacl_graph=shapes, inference="none", advanced=True,
        inplace=True, abort_on_first=False, allow_warnings=False, meta_shacl=False, debug=False)
    if not isinstance(results, Graph):  # pySHACL returns the failure of invalid shapes
        raise ShapesError(f"the SHACL shapes cannot be used: {results}")
    if not conforms:
        result.conforms = False
        result.violations.extend(_violations(results, shapes))
    result.violations.sort(key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))
    result.count = len(result.violations)
    result.report_text = "\n".join(map(str, result.violations))
    return result
