"""The OWL API (Debian's libowlapi-java) loads the ontology files and exports as OWL 2 DL.

``tests/java/OwlCheck.java`` is compiled against the jars in /usr/share/java; it loads a
file offline (imports through the XML catalog), and fails on unparsed triples, guessed
declarations and OWL 2 DL profile violations.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from ontology_samples import VOCABULARY
from rdflib import OWL, RDF, Graph, Literal, URIRef

from trialkg.ontology import render_owl, to_owl_dataset, write_owl
from trialkg.resources import ontology_dir
from trialkg.vocab import TKG

JAVA_DIR = Path("/usr/share/java")
CHECKER = Path(__file__).parents[1] / "java" / "OwlCheck.java"
#: The OWL API itself: the all-in-one jar, or its parts.
OWLAPI_JARS = (["owlapi-distribution"],
               ["owlapi-api", "owlapi-impl", "owlapi-parsers", "owlapi-rio", "owlapi-apibinding"])
#: Its dependencies needed to parse Turtle, RDF/XML and N-Triples (found by removing jars one
#: at a time until loading failed); slf4j-nop only silences the logging notice.
DEPENDENCY_JARS = ["guava", "caffeine", "commons-rdf-api", "hppcrt", "atinject-jsr330-api",
                   "commons-io", "xz", "slf4j-api", "slf4j-nop", "rdf4j-model-api",
                   "rdf4j-model-vocabulary", "rdf4j-model", "rdf4j-rio-api", "rdf4j-util",
                   "rdf4j-rio-ntriples", "jaxb-api"]
CATALOG = ontology_dir() / "catalog-v001.xml"
CATALOG_NS = "{urn:oasis:names:tc:entity:xmlns:xml:catalog}"


def _classpath() -> str | None:
    for owlapi in OWLAPI_JARS:
        jars = [JAVA_DIR / f"{name}.jar" for name in owlapi + DEPENDENCY_JARS]
        if all(j.exists() for j in jars):
            return ":".join(map(str, jars))
    return None


@pytest.fixture(scope="module")
def owlcheck(tmp_path_factory):
    """Compile the checker; return a function running it on a file."""
    classpath = _classpath()
    if shutil.which("javac") is None or classpath is None:
        pytest.skip("javac or Debian's libowlapi-java jars (/usr/share/java) not installed")
    out = tmp_path_factory.mktemp("owlcheck")
    subprocess.run(["javac", "-nowarn", "-d", str(out), "-cp", classpath, str(CHECKER)],
                   check=True, capture_output=True, text=True)

    def run(path: Path, *options: str) -> subprocess.CompletedProcess:
        return subprocess.run(["java", "-cp", f"{classpath}:{out}", "OwlCheck", *options,
                               str(path)], capture_output=True, text=True, timeout=300)
    return run


def _assert_clean(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, f"OWL API check failed:\n{result.stdout}{result.stderr}"
    assert "0 unparsed triples, 0 guessed declarations, 0 OWL 2 DL violations" in result.stdout


@pytest.mark.java
def test_core_turtle_with_imports_resolved_locally(owlcheck, ontology_files):
    options = ["--catalog", str(CATALOG)]
    if not VOCABULARY.exists():  # stand-in until the vocabulary module is generated
        options += ["--map", f"https://w3id.org/trialkg/ontology/vocabulary={ontology_files[1]}"]
    result = owlcheck(ontology_dir() / "trialkg.ttl", *options)
    _assert_clean(result)
    assert "2 ontologies in the imports closure" in result.stdout


@pytest.mark.java
def test_merged_rdfxml(owlcheck, merged, tmp_path):
    path = tmp_path / "trialkg.owl"
    path.write_text(render_owl(merged), encoding="utf-8")
    _assert_clean(owlcheck(path))


@pytest.mark.java
def test_committed_trialkg_owl(owlcheck):
    path = ontology_dir() / "trialkg.owl"
    if not path.exists():
        pytest.skip("ontology/trialkg.owl not built yet (needs the vocabulary module): "
                    "python -m trialkg.ontology build")
    _assert_clean(owlcheck(path))


@pytest.mark.java
@pytest.mark.parametrize("suffix", [".owl", ".nt"])
def test_owl_export_of_trial_data(owlcheck, test_ontology, sample, tmp_path, suffix):
    exported = to_owl_dataset(sample, ontology=test_ontology)
    path = tmp_path / f"export{suffix}"
    if suffix == ".owl":
        write_owl(path, exported)
    else:
        exported.serialize(path, format="nt", encoding="utf-8")
    _assert_clean(owlcheck(path))


@pytest.mark.java
def test_owl_export_of_the_example_trials(owlcheck, example_trials, tmp_path):
    exported = to_owl_dataset(example_trials)  # the real merged ontology
    path = write_owl(tmp_path / "examples.owl", exported)
    _assert_clean(owlcheck(path))


@pytest.mark.java
def test_checker_reports_violations(owlcheck, tmp_path):
    """A raw xsd:date and an undeclared class must be reported."""
    from rdflib import XSD

    g = Graph()
    g.add((URIRef("http://example.org/bad"), RDF.type, OWL.Ontology))
    g.add((TKG.startDate, RDF.type, OWL.DatatypeProperty))
    t = URIRef("http://example.org/t1")
    g.add((t, TKG.startDate, Literal("2021-03-04", datatype=XSD.date)))
    g.add((t, RDF.type, URIRef("http://example.org/Undeclared")))
    path = tmp_path / "bad.ttl"
    g.serialize(path, format="turtle")
    result = owlcheck(path)
    assert result.returncode == 1, result.stdout
    assert "UseOfUndeclaredDatatype" in result.stdout
    assert "UseOfUndeclaredClass" in result.stdout


def test_catalog_maps_every_ontology_iri_to_a_local_file():
    entries = {e.get("name"): (CATALOG.parent / e.get("uri"))
               for e in ET.parse(CATALOG).getroot().iter(f"{CATALOG_NS}uri")}
    core = Graph().parse(ontology_dir() / "trialkg.ttl")
    (onto,) = core.subjects(RDF.type, OWL.Ontology)
    needed = {str(onto): "trialkg.ttl", str(core.value(onto, OWL.versionIRI)): "trialkg.ttl"}
    needed.update((str(i), "trialkg-vocabulary.ttl") for i in core.objects(onto, OWL.imports))
    if VOCABULARY.exists():
        vocab = Graph().parse(VOCABULARY)
        for header in vocab.subjects(RDF.type, OWL.Ontology):
            for version in vocab.objects(header, OWL.versionIRI):
                needed[str(version)] = "trialkg-vocabulary.ttl"
    for iri, name in needed.items():
        assert iri in entries, f"ontology/catalog-v001.xml has no entry for {iri} (→ {name})"
        assert entries[iri].name == name, f"catalog maps {iri} to {entries[iri]}, not {name}"
