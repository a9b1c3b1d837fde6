"""The generated vocabulary module: up to date, parseable, declared properties, content."""

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from trialkg.mapping.tables import get_antigens, get_diseases, read_table
from trialkg.mapping.vocabulary import main, render_vocabulary, vocabulary_path
from trialkg.resources import ontology_dir

TKG = Namespace("https://w3id.org/trialkg/ontology#")
OBO = Namespace("http://purl.obolibrary.org/obo/")
IRI = URIRef("https://w3id.org/trialkg/ontology/vocabulary")


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return Graph().parse(data=render_vocabulary(), format="turtle")


@pytest.fixture(scope="module")
def core() -> Graph:
    return Graph().parse(ontology_dir() / "trialkg.ttl", format="turtle")


def test_committed_file_is_up_to_date():
    path = vocabulary_path()
    assert path.exists() and path.read_text(encoding="utf-8") == render_vocabulary(), (
        f"{path} is out of date with ontology/mappings/*.tsv: "
        "run python -m trialkg.mapping.vocabulary")


def test_output_is_deterministic():
    assert render_vocabulary() == render_vocabulary()


def test_check_mode(capsys):
    assert main(["--check"]) == 0


def test_header(vocab):
    assert (IRI, RDF.type, OWL.Ontology) in vocab
    assert (IRI, OWL.versionIRI, URIRef(f"{IRI}/0.1.0")) in vocab
    assert vocab.value(IRI, RDFS.label) is not None


def test_every_annotation_property_is_declared_in_the_core(vocab, core):
    structural = {RDF.type, RDFS.subClassOf, OWL.versionIRI, RDFS.label}  # built in
    for p in set(vocab.predicates()) - structural:
        declared = set(core.objects(p, RDF.type))
        assert OWL.AnnotationProperty in declared, p


def test_diseases(vocab):
    nb = OBO.MONDO_0005072
    assert (nb, RDF.type, OWL.Class) in vocab
    assert (nb, SKOS.notation, Literal("MONDO:0005072")) in vocab
    assert (nb, RDFS.subClassOf, TKG.SolidNeoplasm) in vocab
    assert (nb, SKOS.exactMatch, URIRef("http://purl.obolibrary.org/obo/NCIT_C3270")) in vocab
    assert (nb, SKOS.exactMatch, URIRef("http://id.nlm.nih.gov/mesh/D009447")) in vocab
    assert (nb, SKOS.exactMatch, URIRef("http://purl.obolibrary.org/obo/DOID_769")) in vocab
    assert (OBO.MONDO_0019100, SKOS.altLabel, Literal("NMOSD", lang="en")) in vocab
    assert (OBO.MONDO_0000001, RDFS.subClassOf, TKG.Condition) in vocab
    mondo = [d for d in get_diseases().values() if d.id.startswith("MONDO:")]
    classes = {c for c in vocab.subjects(RDF.type, OWL.Class) if str(c).startswith(str(OBO))}
    assert len(classes) == len(mondo)
    for cls in classes:
        assert vocab.value(cls, OBO.IAO_0000115) is not None, cls
        assert vocab.value(cls, RDFS.subClassOf) is not None, cls


def test_core_class_gets_names_only(vocab):
    assert (TKG.SolidNeoplasm, SKOS.altLabel, Literal("solid tumor", lang="en")) in vocab
    assert set(vocab.objects(TKG.SolidNeoplasm, RDF.type)) == {OWL.Class}  # a declaration
    assert (TKG.SolidNeoplasm, RDFS.subClassOf, None) not in vocab


def test_antigens(vocab):
    gd2 = TKG.Antigen_GD2
    assert (gd2, RDF.type, TKG.TargetAntigen) in vocab
    assert (gd2, RDF.type, OWL.NamedIndividual) in vocab
    assert str(vocab.value(gd2, RDFS.label)) == "GD2"
    assert (gd2, SKOS.notation, Literal("GD2")) in vocab
    assert len(set(vocab.subjects(RDF.type, TKG.TargetAntigen))) == len(get_antigens())


def test_analytes(vocab):
    rows = read_table("analytes.tsv")
    assert len(set(vocab.subjects(RDF.type, TKG.LabAnalyte))) == len(rows)
    anc = TKG.Analyte_AbsoluteNeutrophilCount
    assert (anc, TKG.loincCode, Literal("751-8")) in vocab
    assert (anc, SKOS.exactMatch, URIRef("https://loinc.org/751-8")) in vocab
    assert (anc, TKG.canonicalUnit, Literal("10*9/L")) in vocab
    assert str(vocab.value(anc, RDFS.label)) == "absolute neutrophil count"
