"""Merging, the OWL export of trial data and the deterministic RDF/XML writer (no Java)."""

from __future__ import annotations

import random
import shutil

import pytest
from ontology_samples import OBO, PROV, VOC, sample_dataset, trial
from rdflib import OWL, RDF, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from trialkg.ontology import (
    OntologyError,
    build,
    main,
    merged_ontology_graph,
    render_vocab,
    serialize_rdfxml,
    to_owl_dataset,
)
from trialkg.vocab import TKG, VOCABULARY_IRI

XSD_NS = "http://www.w3.org/2001/XMLSchema#"


def test_merged_graph_has_one_header_and_no_imports(merged):
    headers = list(merged.subjects(RDF.type, OWL.Ontology))
    assert headers == [URIRef("https://w3id.org/trialkg/ontology")]
    assert (None, OWL.imports, None) not in merged
    assert (URIRef(VOCABULARY_IRI), None, None) not in merged
    assert (VOC.Antigen_GD2, RDF.type, TKG.TargetAntigen) in merged


def test_missing_vocabulary_module_is_reported(ontology_files, tmp_path):
    with pytest.raises(FileNotFoundError, match="vocabulary module"):
        merged_ontology_graph(core=ontology_files[0], vocabulary=tmp_path / "missing.ttl")


@pytest.fixture()
def exported(test_ontology) -> Graph:
    return to_owl_dataset(sample_dataset(), ontology=test_ontology)


def test_dates_become_plain_strings(exported):
    t = URIRef(trial("NCT00000001"))
    assert exported.value(t, TKG.startDate) == Literal("2021-03-04")
    assert exported.value(t, TKG.completionDate) == Literal("2025-06")
    assert exported.value(t, TKG.firstPostedDate) == Literal("2020")
    graph = URIRef("https://w3id.org/trialkg/graph/NCT00000001")
    assert exported.value(graph, PROV.generatedAtTime).datatype == URIRef(XSD_NS + "dateTime")
    assert not [o for o in exported.objects() if isinstance(o, Literal)
                and str(o.datatype or "").endswith(("#date", "#gYearMonth", "#gYear"))]


def test_individuals_are_declared(exported):
    for node in (trial("NCT00000001"), trial("NCT00000001") + "/intervention/1",
                 "https://w3id.org/trialkg/organization/childrens-oncology-group",
                 str(VOC.Antigen_B7H3)):
        assert (URIRef(node), RDF.type, OWL.NamedIndividual) in exported, node
    graph = URIRef("https://w3id.org/trialkg/graph/NCT00000001")  # annotated only
    assert (graph, RDF.type, OWL.NamedIndividual) not in exported


def _export(triples: list[tuple], ontology: Graph) -> Graph:
    data = Graph()
    for t in triples:
        data.add(t)
    return to_owl_dataset(data, ontology=ontology)


def test_undeclared_predicates_and_classes_are_declared(test_ontology):
    x = URIRef("https://w3id.org/trialkg/trial/NCT1")
    custom = URIRef("http://example.org/custom")
    out = _export([(x, RDF.type, TKG.ClinicalStudy), (x, custom, Literal("v")),
                   (x, PROV.wasAttributedTo, Literal("a")),
                   (x, RDF.type, OBO.MONDO_0099999)], test_ontology)
    assert (custom, RDF.type, OWL.AnnotationProperty) in out
    assert (OBO.MONDO_0099999, RDF.type, OWL.Class) in out


@pytest.mark.parametrize("triple, message", [
    ((TKG.nctId, URIRef("https://w3id.org/trialkg/ontology#notATerm"), Literal("x")),
     "not declared as a property"),
    ((TKG.nctId, RDF.type, URIRef("https://w3id.org/trialkg/ontology#NotAClass")),
     "not declared as one"),
    ((TKG.nctId, TKG.hasPhase, Literal("phase 1")), "literal value"),
    ((TKG.nctId, TKG.nctId, TKG.Phase1), "non-literal value"),
], ids=["tkg-predicate", "tkg-class", "literal-on-object-property", "iri-on-data-property"])
def test_errors_are_reported_not_hidden(test_ontology, triple, message):
    with pytest.raises(OntologyError, match=message):
        _export([triple], test_ontology)


def test_data_headers_and_imports_are_dropped(test_ontology):
    header = URIRef("http://example.org/data")
    out = _export([(header, RDF.type, OWL.Ontology),
                   (header, OWL.imports, URIRef(VOCABULARY_IRI))], test_ontology)
    assert (header, None, None) not in out
    assert (None, OWL.imports, None) not in out


def test_a_dataset_is_merged(test_ontology):
    ds = Dataset()
    for n in (1, 2):
        ds.graph(URIRef(f"http://example.org/g{n}")).add(
            (URIRef(f"http://example.org/t{n}"), RDF.type, TKG.ClinicalStudy))
    out = to_owl_dataset(ds, ontology=test_ontology)
    assert len(set(out.subjects(RDF.type, TKG.ClinicalStudy))) == 2


def test_rdfxml_round_trips(exported):
    text = serialize_rdfxml(exported)
    assert isomorphic(Graph().parse(data=text, format="xml"), exported)
    assert 'rdf:parseType="Collection"' in text


def test_rdfxml_is_deterministic(merged):
    triples = list(merged)
    random.Random(7).shuffle(triples)
    shuffled = Graph()
    for t in triples:
        shuffled.add(t)
    assert serialize_rdfxml(shuffled) == serialize_rdfxml(merged)


def test_rdfxml_shared_blank_nodes_get_node_ids():
    g = Graph()
    shared = BNode()
    g.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), shared))
    g.add((URIRef("http://example.org/b"), URIRef("http://example.org/p"), shared))
    g.add((shared, URIRef("http://example.org/q"), Literal("x & <y>")))
    text = serialize_rdfxml(g)
    assert text.count('rdf:nodeID="b1"') == 3
    assert isomorphic(Graph().parse(data=text, format="xml"), g)


def test_build_writes_vocab_and_owl(ontology_files, tmp_path):
    folder = tmp_path / "ontology"
    folder.mkdir()
    for path in ontology_files:
        shutil.copy(path, folder / path.name)
    written = build(directory=folder, vocab_path=tmp_path / "vocab.py")
    assert [p.name for p in written] == ["vocab.py", "trialkg.owl"]
    assert (tmp_path / "vocab.py").read_text(encoding="utf-8") == render_vocab()
    assert (folder / "trialkg.owl").read_text(encoding="utf-8").startswith("<?xml")


def test_maintainer_cli_usage_error():
    assert main([]) == 2
    assert main(["nonsense"]) == 2
