"""The ontology as one OWL 2 DL document: merging, export, HermiT reasoning, generated files.

``ontology/trialkg.ttl`` (the core, source of truth) imports the vocabulary module
``ontology/trialkg-vocabulary.ttl``. Tools that cannot resolve imports offline (owlready2,
HermiT, Protégé without the catalog) get :func:`merged_ontology_graph`: both files in one
graph, ``owl:imports`` removed. This module is the only user of owlready2; HermiT runs in
Java through it, always on a merged file, so nothing is fetched from the network.

The OWL export of trial data (:func:`to_owl_dataset`) makes the data OWL 2 DL:

- literals whose datatype is outside the OWL 2 datatype map (``xsd:date``,
  ``xsd:gYearMonth``, ``xsd:gYear``…) become plain strings with the same lexical form
  (``"2021-03-04"``), which stays readable and sorts chronologically;
- predicates the ontology does not declare (``prov:…`` beyond the declared ones, other
  vocabularies) are declared as annotation properties, and classes it does not declare
  (a MONDO class missing from the vocabulary module) as classes; IRIs of individuals are
  declared as named individuals;
- an undeclared ``tkg:`` term, a literal on an object property or an IRI on a data
  property is an error (:class:`OntologyError`): it is a bug to fix, not to hide.

Maintainers run ``python -m trialkg.ontology build|vocab|check`` (see :func:`main`).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from rdflib import OWL, RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier

from trialkg.errors import TrialkgError
from trialkg.resources import ontology_dir
from trialkg.vocab import TKG_NS

__all__ = ["Report", "OntologyError", "merged_ontology_graph", "to_owl_dataset", "serialize_rdfxml",
           "render_owl", "write_owl", "render_vocab", "declared_terms", "build",
           "check_consistency", "classify_individuals", "main"]

#: File name of the core ontology (Turtle, source of truth).
CORE_FILE = "trialkg.ttl"
#: File name of the generated vocabulary module (MONDO classes, antigens, analytes).
VOCABULARY_FILE = "trialkg-vocabulary.ttl"
#: File name of the merged RDF/XML for Protégé (generated).
OWL_FILE = "trialkg.owl"
#: The command that regenerates the derived files.
BUILD_COMMAND = "python -m trialkg.ontology build"

_RDF_NS, _RDFS_NS, _OWL_NS, _XSD_NS = str(RDF), str(RDFS), str(OWL), str(XSD)
#: Datatypes of the OWL 2 datatype map; literals of any other datatype are exported as strings.
OWL2_DATATYPES = frozenset(
    [URIRef(_XSD_NS + n) for n in ["decimal", "integer", "nonNegativeInteger",
                                   "nonPositiveInteger", "positiveInteger", "negativeInteger",
                                   "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
                                   "unsignedShort", "unsignedByte", "double", "float", "string",
                                   "normalizedString", "token", "language", "Name", "NCName",
                                   "NMTOKEN", "boolean", "hexBinary", "base64Binary", "anyURI",
                                   "dateTime", "dateTimeStamp"]]
    + [OWL.real, OWL.rational, RDF.XMLLiteral, RDF.PlainLiteral, RDF.langString, RDFS.Literal])
_BUILTIN_ANNOTATIONS = frozenset([RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy,
                                  OWL.versionInfo, OWL.deprecated, OWL.priorVersion,
                                  OWL.backwardCompatibleWith, OWL.incompatibleWith])
_RESERVED = (_RDF_NS, _RDFS_NS, _OWL_NS, _XSD_NS)
#: Prefixes used in the RDF/XML output; other namespaces get ns1, ns2… in IRI order.
PREFIXES = {
    "rdf": _RDF_NS, "rdfs": _RDFS_NS, "owl": _OWL_NS, "xsd": _XSD_NS,
    "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
    "obo": "http://purl.obolibrary.org/obo/", "prov": "http://www.w3.org/ns/prov#",
    "vann": "http://purl.org/vocab/vann/", "tkg": TKG_NS,
}


class OntologyError(TrialkgError, ValueError):
    """Data cannot be made OWL 2 DL (an undeclared trialkg term, a literal where an IRI must be)."""


@dataclass(slots=True)
class Report:
    """The outcome of a HermiT consistency check."""

    consistent: bool  #: False when the ontology has no model
    unsatisfiable: list[str] = field(default_factory=list)  #: classes equivalent to owl:Nothing
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the ontology is consistent and every named class is satisfiable."""
        return self.consistent and not self.unsatisfiable


def merged_ontology_graph(*, core: Path | None = None, vocabulary: Path | None = None) -> Graph:
    """Return the core ontology and the vocabulary module in one graph, without imports.

    The vocabulary module's own ontology header is dropped; the core's header (IRI,
    version IRI, annotations) describes the merged ontology.

    :param core: the core Turtle file (default: the bundled ``trialkg.ttl``).
    :param vocabulary: the vocabulary module (default: the bundled ``trialkg-vocabulary.ttl``).
    :returns: a new graph with the usual prefixes bound.
    :raises FileNotFoundError: a file is missing (the vocabulary module is generated from
        ``ontology/mappings/*.tsv``).
    """
    core = core or ontology_dir() / CORE_FILE
    vocabulary = vocabulary or ontology_dir() / VOCABULARY_FILE
    for path in (core, vocabulary):
        if not Path(path).is_file():
            raise FileNotFoundError(f"{path}: ontology file missing (the vocabulary module is "
                                    f"generated from ontology/mappings/*.tsv)")
    graph = _bound(Graph())
    graph.parse(core, format="turtle")
    headers = set(graph.subjects(RDF.type, OWL.Ontology))
    vocab = Graph().parse(vocabulary, format="turtle")
    for header in set(vocab.subjects(RDF.type, OWL.Ontology)) - headers:
        vocab.remove((header, None, None))
    graph += vocab
    graph.remove((None, OWL.imports, None))
    return graph


def _bound(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def _data_triples(data: Graph | Dataset) -> Iterator[tuple]:
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from data


def _owl_literal(value):
    if isinstance(value, Literal) and value.datatype and value.datatype not in OWL2_DATATYPES:
        return Literal(str(value))
    return value


def to_owl_dataset(data: Graph | Dataset, *, ontology: Graph | None = None) -> Graph:
    """Return the merged ontology plus the trial data, made OWL 2 DL (see the module docstring).

    :param data: trial triples, a graph or a dataset (all graphs are merged).
    :param ontology: the merged ontology (default: :func:`merged_ontology_graph`).
    :returns: one graph, ready to be written as RDF/XML for Protégé or reasoned over.
    :raises OntologyError: the data uses an undeclared ``tkg:`` term or misuses a property.
    :raises FileNotFoundError: the ontology files are missing.
    """
    onto = ontology if ontology is not None else merged_ontology_graph()
    out = _bound(Graph())
    out += onto
    kind = {k: set(onto.subjects(RDF.type, t)) for k, t in (
        ("class", OWL.Class), ("object", OWL.ObjectProperty), ("data", OWL.DatatypeProperty),
        ("annotation", OWL.AnnotationProperty))}
    kind["class"] |= set(onto.subjects(RDF.type, RDFS.Class)) | {OWL.Thing, OWL.Nothing}
    kind["annotation"] |= _BUILTIN_ANNOTATIONS
    headers = {s for s, p, o in _data_triples(data) if p == RDF.type and o == OWL.Ontology}
    individuals: set = set()
    new: dict[URIRef, set] = {OWL.Class: set(), OWL.AnnotationProperty: set()}

    def fail(term, reason: str):
        raise OntologyError(f"{term.n3()}: {reason}; the OWL export needs it fixed in the data "
                            f"or declared in ontology/{CORE_FILE}")

    for s, p, o in _data_triples(data):
        if s in headers or p == OWL.imports:
            continue
        if p == RDF.type:
            if o == OWL.NamedIndividual:
                pass
            elif o not in kind["class"]:
                if not isinstance(o, URIRef) or str(o).startswith((TKG_NS, *_RESERVED)):
                    fail(o, "used as a class but not declared as one")
                new[OWL.Class].add(o)
            individuals.add(s)
        elif p in kind["object"] or p in (OWL.sameAs, OWL.differentFrom):
            if isinstance(o, Literal):
                fail(p, f"object property with the literal value {o.n3()}")
            individuals.update((s, o))
        elif p in kind["data"]:
            if not isinstance(o, Literal):
                fail(p, f"data property with the non-literal value {o.n3()}")
            o = _owl_literal(o)
            individuals.add(s)
        elif p in kind["annotation"]:
            o = _owl_literal(o)
        elif str(p).startswith((TKG_NS, *_RESERVED)):
            fail(p, "used as a predicate but not declared as a property")
        else:
            new[OWL.AnnotationProperty].add(p)
            o = _owl_literal(o)
        out.add((s, p, o))
    for declared, terms in new.items():
        for term in terms:
            out.add((term, RDF.type, declared))
    for ind in individuals:
        if isinstance(ind, URIRef):
            out.add((ind, RDF.type, OWL.NamedIndividual))
    return out


# --------------------------------------------------------------------------- RDF/XML writer

_NCNAME_TAIL = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*$")


def serialize_rdfxml(graph: Graph, *, header: str = "") -> str:
    """Write a graph as RDF/XML, deterministically: the same triples always give the same text.

    Subjects are sorted by IRI (the ontology header first, anonymous axioms last),
    properties and values are sorted, blank nodes used once are nested, and well-formed
    lists are written as ``rdf:parseType="Collection"``, as Protégé and the OWL API expect.

    :param graph: the triples.
    :param header: an XML comment to put at the top (without ``<!--``/``-->``).
    :returns: the document text.
    :raises ValueError: a predicate or class IRI cannot be written as an XML element name.
    """
    uses = Counter(o for o in graph.objects() if isinstance(o, BNode))
    namespaces = dict((ns, p) for p, ns in PREFIXES.items())
    nodeids: dict[BNode, str] = {}

    def qname(iri: URIRef) -> str:
        m = _NCNAME_TAIL.search(str(iri))
        if not m or m.start() == 0:
            raise ValueError(f"{iri} cannot be written as an RDF/XML element name")
        ns = str(iri)[:m.start()]
        if ns not in namespaces:
            namespaces[ns] = ""  # named after all are collected
        return f"\0{ns}\0{m.group()}"

    def list_items(node) -> list | None:
        """Return the items of a well-formed list of single-use blank nodes, else None."""
        items: list = []
        while node != RDF.nil:
            first = list(graph.objects(node, RDF.first))
            if (not isinstance(node, BNode) or uses[node] != 1 or len(first) != 1
                    or isinstance(first[0], Literal) or len(items) > len(graph)
                    or set(graph.predicates(node)) != {RDF.first, RDF.rest}):
                return None
            items.append(first[0])
            node = graph.value(node, RDF.rest)
        return items

    def node(subject, indent: str) -> str:
        typ = min((t for t in graph.objects(subject, RDF.type) if isinstance(t, URIRef)
                   and _NCNAME_TAIL.search(str(t))),  # an owl: type first, then by IRI
                  key=lambda t: (not str(t).startswith(_OWL_NS), str(t)), default=None)
        element = qname(typ) if typ is not None else "\0" + _RDF_NS + "\0Description"
        attr = (f" rdf:about={quoteattr(str(subject))}" if isinstance(subject, URIRef) else
                f" rdf:nodeID={quoteattr(nodeids[subject])}" if subject in nodeids else "")
        kids = sorted(prop(p, o, indent + "    ")
                      for p, o in graph.predicate_objects(subject)
                      if not (p == RDF.type and o == typ))
        if not kids:
            return f"{indent}<{element}{attr}/>"
        return f"{indent}<{element}{attr}>\n" + "\n".join(kids) + f"\n{indent}</{element}>"

    def prop(p, o, indent: str) -> str:
        q = qname(p)
        if isinstance(o, Literal):
            attr = f" xml:lang={quoteattr(o.language)}" if o.language else ""
            if o.datatype:
                attr += f" rdf:datatype={quoteattr(str(o.datatype))}"
            text = escape(str(o), {"\r": "&#13;"})
            return f"{indent}<{q}{attr}>{text}</{q}>"
        if isinstance(o, URIRef):
            return f"{indent}<{q} rdf:resource={quoteattr(str(o))}/>"
        if o in nodeids:
            return f"{indent}<{q} rdf:nodeID={quoteattr(nodeids[o])}/>"
        inner, items = indent + "    ", list_items(o)
        if items is not None:
            body = "\n".join(f"{inner}<rdf:Description rdf:about={quoteattr(str(i))}/>"
                             if isinstance(i, URIRef) else node(i, inner) for i in items)
            return f'{indent}<{q} rdf:parseType="Collection">\n{body}\n{indent}</{q}>'
        return f"{indent}<{q}>\n{node(o, inner)}\n{indent}</{q}>"

    shared = sorted((b for b, n in uses.items() if n > 1), key=lambda b: sorted(
        (p.n3(), "[]" if isinstance(o, BNode) else o.n3()) for p, o in graph.predicate_objects(b)))
    nodeids.update((b, f"b{i}") for i, b in enumerate(shared, 1))
    onto = sorted(s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, Identifier))
    named = sorted({s for s in graph.subjects() if isinstance(s, URIRef)} - set(onto))
    anonymous = sorted(node(b, "    ") for b in set(graph.subjects())
                       if isinstance(b, BNode) and uses[b] != 1)
    body = [node(s, "    ") for s in onto + named] + anonymous
    for i, ns in enumerate(sorted(n for n, p in namespaces.items() if not p), 1):
        namespaces[ns] = f"ns{i}"
    used = sorted((p, ns) for ns, p in namespaces.items())
    text = "\n\n".join(body)
    text = re.sub("\0([^\0]*)\0", lambda m: namespaces[m.group(1)] + ":", text)
    decl = "".join(f"\n     xmlns:{p}={quoteattr(ns)}" for p, ns in used
                   if p in ("rdf",) or f"<{p}:" in text or f"</{p}:" in text)
    comment = f"<!-- {header} -->\n" if header else ""
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{comment}<rdf:RDF{decl}>\n\n'
            f"{text}\n\n</rdf:RDF>\n")


def render_owl(merged: Graph | None = None) -> str:
    """Return the text of ``ontology/trialkg.owl``: the merged ontology as RDF/XML.

    :param merged: the merged ontology (default: :func:`merged_ontology_graph`).
    :returns: the RDF/XML document, the same for the same ontology files.
    :raises FileNotFoundError: the ontology files are missing.
    """
    return serialize_rdfxml(merged if merged is not None else merged_ontology_graph(), header=(
        f"The trialkg ontology merged with its vocabulary module, for Protégé and OWL tools. "
        f"Generated from {CORE_FILE} and {VOCABULARY_FILE} by '{BUILD_COMMAND}': do not edit."))


def write_owl(path: str | Path, graph: Graph | None = None) -> Path:
    """Write the merged ontology (or any graph, e.g. an OWL export) as deterministic RDF/XML.

    :param path: the file to write.
    :param graph: the triples (default: the merged ontology, as in ``trialkg.owl``).
    :returns: the path written.
    :raises FileNotFoundError: the ontology files are missing.
    """
    path = Path(path)
    text = render_owl() if graph is None else serialize_rdfxml(graph)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- vocab.py

_VOCAB_TEMPLATE = '''"""The closed namespace of the trialkg ontology.

Code names ontology terms only through :data:`TKG`; an unknown name raises
``AttributeError`` instead of minting a wrong IRI. ``tests/test_vocab.py`` checks
this list against ``ontology/trialkg.ttl`` in both directions; after changing the
ontology run ``python -m trialkg.ontology vocab`` to regenerate it.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["TKG", "TKG_NS", "ONTOLOGY_IRI", "VOCABULARY_IRI", "DATA_NS", "GRAPH_NS"]

#: The namespace of ontology terms.
TKG_NS = "@NS@"
#: The IRI of the core ontology.
ONTOLOGY_IRI = "@ONTOLOGY@"
#: The IRI of the generated vocabulary module (diseases, antigens, analytes).
VOCABULARY_IRI = "@VOCABULARY@"
#: The namespace of trial individuals (``{DATA_NS}NCT01234567``).
DATA_NS = "https://w3id.org/trialkg/trial/"
#: The namespace of the named graphs that hold one trial each.
GRAPH_NS = "https://w3id.org/trialkg/graph/"


class TKG(DefinedNamespace):
    """Terms of the core trialkg ontology."""

    _NS = Namespace(TKG_NS)
    _fail = True
'''
#: Sections of the generated ``vocab.py``, in order.
VOCAB_SECTIONS = (("Classes", OWL.Class), ("Object properties", OWL.ObjectProperty),
                  ("Data properties", OWL.DatatypeProperty),
                  ("Annotation properties", OWL.AnnotationProperty),
                  ("Individuals", OWL.NamedIndividual))


def declared_terms(core: Graph, namespace: str = TKG_NS) -> dict[URIRef, list[str]]:
    """Return the local names of the terms a graph declares in a namespace, by kind.

    :param core: the core ontology graph.
    :param namespace: the namespace of the terms.
    :returns: for each declaration type of :data:`VOCAB_SECTIONS`, the sorted local names.
    """
    return {kind: sorted(str(s)[len(namespace):] for s in core.subjects(RDF.type, kind)
                         if isinstance(s, URIRef) and str(s).startswith(namespace))
            for _, kind in VOCAB_SECTIONS}


def render_vocab(core: Graph | None = None) -> str:
    """Return the text of ``trialkg/vocab.py`` for the core ontology.

    :param core: the core ontology graph (default: the bundled ``trialkg.ttl``).
    :returns: Python source.
    :raises ValueError: a term's local name is not a Python identifier.
    """
    if core is None:
        core = Graph().parse(ontology_dir() / CORE_FILE, format="turtle")
    (onto,) = core.subjects(RDF.type, OWL.Ontology)
    ns = str(core.value(onto, URIRef(PREFIXES["vann"] + "preferredNamespaceUri")) or TKG_NS)
    (imports,) = core.objects(onto, OWL.imports)  # the vocabulary module, and only it
    text = (_VOCAB_TEMPLATE.replace("@NS@", ns).replace("@ONTOLOGY@", str(onto))
            .replace("@VOCABULARY@", str(imports)))
    for (title, _), names in zip(VOCAB_SECTIONS, declared_terms(core, ns).values(), strict=True):
        bad = [n for n in names if not n.isidentifier()]
        if bad:
            raise ValueError(f"ontology terms that are not Python identifiers: {bad}")
        if names:
            text += f"\n    # {title}\n" + "".join(f"    {n}: URIRef\n" for n in names)
    return text


def build(*, directory: Path | None = None, vocab_path: Path | None = None,
          vocab_only: bool = False) -> list[Path]:
    """Regenerate ``ontology/trialkg.owl`` and ``trialkg/vocab.py`` from the ontology files.

    :param directory: the ontology folder (default: the bundled one).
    :param vocab_path: where to write ``vocab.py`` (default: next to this module).
    :param vocab_only: only regenerate ``vocab.py`` (no vocabulary module needed).
    :returns: the files written.
    :raises FileNotFoundError: an ontology file is missing.
    """
    directory = directory or ontology_dir()
    vocab_path = vocab_path or Path(__file__).with_name("vocab.py")
    outputs = {vocab_path: render_vocab(Graph().parse(directory / CORE_FILE, format="turtle"))}
    if not vocab_only:
        outputs[directory / OWL_FILE] = render_owl(merged_ontology_graph(
            core=directory / CORE_FILE, vocabulary=directory / VOCABULARY_FILE))
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    return list(outputs)


# --------------------------------------------------------------------------- HermiT


def _hermit(graph: Graph, *, infer_property_values: bool = False):
    """Run HermiT (through owlready2, in a fresh world) on a graph without imports.

    :returns: (the owlready2 world holding the inferences, whether the graph is consistent).
    """
    import owlready2

    world = owlready2.World()
    with tempfile.TemporaryDirectory(prefix="trialkg-hermit-") as tmp:
        path = Path(tmp) / "merged.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world.get_ontology(path.as_uri()).load(format="ntriples")  # never guessed as RDF/XML
    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=infer_property_values,
                                       debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return world, False
    return world, True


def check_consistency(graph: Graph | None = None) -> Report:
    """Check with HermiT that the merged ontology is consistent and every class satisfiable.

    :param graph: an ontology without imports (default: :func:`merged_ontology_graph`).
    :returns: a :class:`Report`.
    :raises FileNotFoundError: the ontology files are missing.
    :raises owlready2.OwlReadyJavaError: Java or HermiT failed (message from HermiT).
    """
    started = time.perf_counter()
    world, consistent = _hermit(graph if graph is not None else merged_ontology_graph())
    unsat = sorted(c.iri for c in world.inconsistent_classes()) if consistent else []
    return Report(consistent, unsat, time.perf_counter() - started)


def classify_individuals(data: Graph | Dataset, *, ontology: Graph | None = None,
                         module: bool = True,
                         infer_property_values: bool = False) -> dict[str, set[str]]:
    """Classify the trials of a data graph into the ontology's defined classes with HermiT.

    The merged ontology and the trial individuals (made OWL 2 DL by
    :func:`to_owl_dataset`) are written to one N-Triples file that HermiT realises. This
    is the reference for tests and small sets; :mod:`trialkg.classify` does the same at
    scale in SPARQL.

    :param data: trial triples (a graph, or a dataset whose graphs are merged).
    :param ontology: the merged ontology (default: :func:`merged_ontology_graph`).
    :param module: reason over :func:`trialkg.classify.classification_module` of the data
        (the trials and what their definitions can reach) rather than all of it, which is
        several times faster; False sends everything (criteria, facts, sites too).
    :param infer_property_values: also infer property values (HermiT ``-Y``); class
        membership does not need it, so it is off by default.
    :returns: for each trial IRI, the IRIs of the defined classes (``owl:equivalentClass``
        of a ``tkg:`` class) it belongs to, inferred superclasses included.
    :raises OntologyError: the data cannot be exported, or contradicts the ontology.
    """
    import owlready2

    from trialkg.classify import classification_module, defined_classes, trial_iris

    onto = ontology if ontology is not None else merged_ontology_graph()
    defined = {str(c) for c in defined_classes(onto)}
    owl = to_owl_dataset(classification_module(data, onto) if module else data, ontology=onto)
    world, consistent = _hermit(owl, infer_property_values=infer_property_values)
    if not consistent:
        raise OntologyError("HermiT: the trial data contradict the ontology (inconsistent)")
    result: dict[str, set[str]] = {}
    for trial in trial_iris(owl, onto):
        classes: set[str] = set()
        for cls in world[str(trial)].is_a:
            if isinstance(cls, owlready2.ThingClass):
                classes.update(a.iri for a in cls.ancestors())
        result[str(trial)] = classes & defined
    return result


# --------------------------------------------------------------------------- maintainer CLI


def main(argv: list[str] | None = None) -> int:
    """Maintainer CLI: ``python -m trialkg.ontology build|vocab|check``.

    ``build`` regenerates ``ontology/trialkg.owl`` and ``trialkg/vocab.py``, ``vocab`` only
    ``vocab.py``; ``check`` runs HermiT (consistency, unsatisfiable classes).

    :param argv: the arguments (default: ``sys.argv[1:]``).
    :returns: the exit status: 0 success, 1 failure, 2 usage error.
    """
    args = sys.argv[1:] if argv is None else argv
    if args not in (["build"], ["vocab"], ["check"]):
        print("usage: python -m trialkg.ontology build|vocab|check", file=sys.stderr)
        return 2
    try:
        if args == ["check"]:
            report = check_consistency()
            print(f"HermiT ({report.seconds:.1f} s): consistent={report.consistent}, "
                  f"unsatisfiable classes: {report.unsatisfiable or 'none'}")
            return 0 if report.ok else 1
        for path in build(vocab_only=args == ["vocab"]):
            print(f"wrote {path}")
        return 0
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
