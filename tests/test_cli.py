"""The command line: export formats, stats, sparql, queries, parse-criteria, demo, version."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run_cli


@pytest.fixture(scope="module")
def kg(tmp_path_factory, data_dir):
    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    folder = tmp_path_factory.mktemp("cli") / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([data_dir / "seeds"], st, workers=0).ok
    return folder


def test_version_and_help(capsys):
    result = run_cli(capsys, "--version")
    assert result.code == 0 and result.out.startswith("trialkg 0.")
    result = run_cli(capsys, "--help")
    assert result.code == 0
    for command in ("load", "query", "queries", "sparql", "export", "validate", "stats", "demo",
                    "download", "match", "push", "serve", "parse-criteria"):
        assert command in result.out


@pytest.mark.parametrize("fmt", ["ttl", "nq", "trig", "jsonld"])
def test_export_formats_parse_back(kg, tmp_path, capsys, fmt):
    import rdflib

    out = tmp_path / f"kg.{fmt}"
    result = run_cli(capsys, "export", "--format", fmt, "--output", out, "--store", kg)
    assert result.code == 0 and "wrote 5 trial(s)" in result.err, result
    graph = (rdflib.Dataset(default_union=True) if fmt in ("nq", "trig", "jsonld")
             else rdflib.Graph())
    graph.parse(out, format={"ttl": "turtle", "nq": "nquads", "trig": "trig",
                             "jsonld": "json-ld"}[fmt])
    titles = {str(o) for o in graph.objects(None, rdflib.URIRef("https://w3id.org/trialkg/ontology#nctId"))}
    assert titles == {"NCT06631391"}


def test_owl_export_opens_in_owlready2(kg, tmp_path, capsys):
    import owlready2

    out = tmp_path / "trials.owl"
    result = run_cli(capsys, "export", "--format", "owl", "--output", out, "--store", kg,
                     "--trial", "NCT06631391", "--trial", "local-000_3ca71ab75a22850f")
    assert result.code == 0 and "wrote 2 trial(s)" in result.err, result
    world = owlready2.World()
    onto = world.get_ontology(out.as_uri()).load()
    study = world["https://w3id.org/trialkg/ontology#ClinicalStudy"]
    individuals = {i.iri for i in study.instances(world=world)}
    assert {"https://w3id.org/trialkg/trial/NCT06631391",
            "https://w3id.org/trialkg/trial/local-000_3ca71ab75a22850f"} <= individuals
    assert onto is not None


def test_export_of_an_unknown_trial_is_an_error(kg, tmp_path, capsys):
    result = run_cli(capsys, "export", "--format", "ttl", "--output", tmp_path / "x.ttl",
                     "--store", kg, "--trial", "NCT00000000")
    assert result.code == 1 and "no such trial(s) in the store: NCT00000000" in result.err


def test_stats(kg, capsys):
    result = run_cli(capsys, "stats", "--store", kg, "--format", "csv")
    assert result.code == 0
    counts = dict(line.split(",", 1) for line in result.out.splitlines()[1:])
    assert counts["trial graphs"] == "5" and counts["trials"] == "5"
    assert int(counts["facts: lab threshold"]) >= 36
    assert int(counts["interventions: CAR-T"]) == 2


def test_sparql_forms_and_refusals(kg, capsys, tmp_path):
    ask = run_cli(capsys, "sparql", "ASK { ?t a <https://w3id.org/trialkg/ontology#CARTTrial> }",
                  "--store", kg)
    assert ask.code == 0 and ask.out.strip() == "true"
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(?t) AS ?n) WHERE "
                  "{ ?t a <https://w3id.org/trialkg/ontology#ClinicalStudy> }")
    select = run_cli(capsys, "sparql", rq, "--store", kg, "--format", "json")
    assert json.loads(select.out)["results"]["bindings"][0]["n"]["value"] == "5"
    construct = run_cli(capsys, "sparql", "CONSTRUCT { ?t a ?c } WHERE { ?t a ?c . "
                        "FILTER(?c = <https://w3id.org/trialkg/ontology#PediatricTrial>) }",
                        "--store", kg)
    assert construct.code == 0 and construct.out.count("PediatricTrial") == 3  # seeds 000-002
    for hostile in ("DELETE WHERE { ?s ?p ?o }", "LOAD <http://example.org/x>",
                    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
                    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"):
        result = run_cli(capsys, "sparql", hostile, "--store", kg)
        assert result.code == 1 and ("not allowed" in result.err
                                     or "not a graph of this store" in result.err), \
            (hostile, result)
    bad = run_cli(capsys, "sparql", "SELECT WHERE {", "--store", kg)
    assert bad.code == 1 and "syntax error" in bad.err


def test_queries_listing(capsys):
    result = run_cli(capsys, "queries", "--format", "json")
    names = {q["name"]: q for q in json.loads(result.out)}
    assert {"trials", "trial-conditions", "lab-thresholds", "trials-for-condition"} <= set(names)
    assert names["trials-for-condition"]["parameters"][0]["name"] == "condition"


def test_parse_criteria_json(tmp_path, capsys):
    text = tmp_path / "c.txt"
    text.write_text("Inclusion Criteria:\n- ECOG 0-1\n- ANC >= 1.5 x 10^9/L\n"
                    "- Creatinine <= 1.5 mg/dL or creatinine clearance >= 60 mL/min\n"
                    "Exclusion Criteria:\n- HIV infection, or\n- Hepatitis B\n")
    result = run_cli(capsys, "parse-criteria", text, "--format", "json")
    assert result.code == 0, result
    tree = json.loads(result.out)
    kinds = [c["kind"] for c in tree]
    assert kinds.count("inclusion") == 3 and kinds.count("exclusion") == 2
    types = {f["type"] for c in tree for f in c["facts"]}
    assert {"PerformanceStatusRequirement", "LabThreshold", "ConditionCriterion"} <= types
    # alternatives: two bounds of one criterion, two criteria joined by "or"
    assert [f["any_of"] for f in tree[2]["facts"]] == [1, 1]
    assert tree[3]["any_of"] == tree[4]["any_of"] is not None and tree[2]["any_of"] is None
    result = run_cli(capsys, "parse-criteria", text)
    assert result.out.count("(alternative set") == 2, result.out


def test_demo(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "demo", "--store", tmp_path / "demo")
    assert result.code == 0, result
    assert "loaded 65 trial(s)" in result.err
    assert "cell-therapy-trials-accepting-ecog" in result.out
    assert "GD2-CAR T Cells" in result.out


def test_missing_store_is_exit_1(tmp_path, capsys):
    result = run_cli(capsys, "query", "trials", "--store", tmp_path / "none")
    assert result.code == 1 and "no trialkg store here" in result.err
