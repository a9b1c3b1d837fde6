"""Loading end to end: seeds and real records become queryable trial graphs."""

from __future__ import annotations

import io
import shutil

import pyoxigraph
import pytest
from cli_helpers import run_cli

from trialkg.backends import EmbeddedBackend
from trialkg.pipeline import load_paths
from trialkg.queries import run_named
from trialkg.store import TrialStore

SEEDS = ["000_3ca71ab75a22850f.txt", "001_77f268da10c09ac1.txt", "002_b6f0ec505dd8cbe1.txt",
         "003_131a0eeabe8951e5.txt", "004_80142cf9c66ee8ef.txt"]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, data_dir):
    folder = tmp_path_factory.mktemp("kg") / "store"
    with TrialStore.open(folder, write=True) as st:
        report = load_paths([data_dir / "seeds"], st, workers=0)
    assert report.ok, [str(r) for r in report.rejected]
    assert report.loaded == 5
    return folder


def rows(store, name, **params):
    with EmbeddedBackend(store) as backend:
        return run_named(name, backend, params).records()


def by_source(records):
    return {r["source"].rsplit("/", 1)[-1]: r for r in records if r.get("source")}


def test_every_seed_loads_with_title_phase_ages(seed_store):
    trials = by_source(rows(seed_store, "trials"))
    assert sorted(trials) == SEEDS
    assert trials[SEEDS[0]]["title"].startswith("An Open Clinical Study on the Safety and Efficacy "
                                                "of Autologous GD2-CAR T Cells")
    assert trials[SEEDS[1]]["title"].startswith("A Clinical Trial on Autologous NK Cells")
    assert trials[SEEDS[4]]["title"].startswith("Clinical Study of the Safety and Initial Efficacy "
                                                "of BGT007")
    assert trials[SEEDS[2]]["nct_id"] == "NCT06631391"
    assert trials[SEEDS[1]]["phase"] == "PHASE1|PHASE2"
    assert trials[SEEDS[2]]["phase"] == "PHASE1"
    assert trials[SEEDS[3]]["phase"] == "PHASE1"
    assert trials[SEEDS[0]]["phase"] is None and trials[SEEDS[4]]["phase"] is None
    assert trials[SEEDS[2]]["status"] == "NOT_YET_RECRUITING"
    assert trials[SEEDS[1]]["study_type"] == "INTERVENTIONAL"
    assert trials[SEEDS[1]]["enrollment"] == 15
    ages = {s: (trials[s]["min_age_years"], trials[s]["max_age_years"]) for s in SEEDS}
    assert ages[SEEDS[0]] == (1, 18)
    assert ages[SEEDS[1]] == (1, 18)
    assert float(ages[SEEDS[2]][0]) == pytest.approx(0.0027, abs=0.0001) and ages[SEEDS[2]][1] == 18
    assert ages[SEEDS[3]] == (18, 60)
    assert ages[SEEDS[4]] == (18, 75)
    assert trials[SEEDS[2]]["sex"] == "ALL"


def test_seed_conditions_and_interventions_are_coded(seed_store):
    conditions = {}
    for r in rows(seed_store, "trial-conditions"):
        conditions.setdefault(r["trial"], set()).add(r["condition_code"])
    trials = by_source(rows(seed_store, "trials"))
    code = {s: conditions.get(trials[s]["trial"], set()) for s in SEEDS}
    assert code[SEEDS[0]] == code[SEEDS[1]] == code[SEEDS[2]] == {"MONDO:0005072"}
    assert code[SEEDS[3]] == {"MONDO:0019100"}
    assert code[SEEDS[4]] == {"MONDO:0015459"}
    interventions = {}
    for r in rows(seed_store, "trial-interventions"):
        interventions.setdefault(r["trial"], set()).add((r["category"], r["target"],
                                                         r["cell_source"]))
    got = {s: interventions.get(trials[s]["trial"], set()) for s in SEEDS}
    assert ("CAR-T", "GD2", "autologous") in got[SEEDS[0]]
    assert {c for c, _, _ in got[SEEDS[1]]} >= {"NK cell", "monoclonal antibody", "chemotherapy"}
    assert ("NK cell", None, "cord blood") in got[SEEDS[2]]
    assert ("CAR-T", "CD19", None) in {(c, t, None) for c, t, _ in got[SEEDS[3]]}
    assert {c for c, _, _ in got[SEEDS[4]]} == {"other cell therapy"}


def test_criteria_are_split_into_inclusion_and_exclusion(seed_store):
    from trialkg.store import TrialStore as S

    query = """
    PREFIX tkg: <https://w3id.org/trialkg/ontology#>
    SELECT ?source ?kind (COUNT(?c) AS ?n) WHERE {
      ?g tkg:describesTrial ?t ; tkg:sourceFile ?source .
      ?t tkg:hasCriterion ?c .
      ?c a ?kind . FILTER (?kind IN (tkg:InclusionCriterion, tkg:ExclusionCriterion))
      FILTER NOT EXISTS { ?parent tkg:hasSubCriterion ?c }
    } GROUP BY ?source ?kind"""
    with S.open(seed_store) as st:
        counts = {(str(s["source"].value).rsplit("/", 1)[-1], s["kind"].value.rsplit("#", 1)[-1]):
                  int(s["n"].value) for s in st.query(query)}
    assert counts[(SEEDS[1], "InclusionCriterion")] >= 6
    assert counts[(SEEDS[1], "ExclusionCriterion")] == 6
    assert counts[(SEEDS[3], "ExclusionCriterion")] == 12
    assert counts[(SEEDS[3], "InclusionCriterion")] >= 7
    assert (SEEDS[0], "ExclusionCriterion") not in counts  # a bullet list without headings
    assert counts[(SEEDS[0], "InclusionCriterion")] >= 9
    assert not any(s == SEEDS[2] for s, _ in counts)  # the registry summary has no criteria


def test_criterion_and_fact_spans_point_at_their_text(seed_store):
    query = """
    PREFIX tkg: <https://w3id.org/trialkg/ontology#>
    SELECT ?elig ?ctext ?cs ?ce ?etext ?fs ?fe WHERE {
      ?t tkg:eligibilityText ?elig ; tkg:hasCriterion ?c .
      ?c tkg:criterionText ?ctext ; tkg:textStart ?cs ; tkg:textEnd ?ce ; tkg:hasFact ?f .
      ?f tkg:evidenceText ?etext ; tkg:evidenceStart ?fs ; tkg:evidenceEnd ?fe .
    }"""
    with TrialStore.open(seed_store) as st:
        solutions = list(st.query(query))
    assert len(solutions) > 40
    for s in solutions:
        elig, ctext = s["elig"].value, s["ctext"].value
        assert elig[int(s["cs"].value):int(s["ce"].value)] == ctext
        assert ctext[int(s["fs"].value):int(s["fe"].value)] == s["etext"].value


def test_reloading_replaces_and_is_idempotent(tmp_path, data_dir):
    folder = tmp_path / "kg"
    seed = data_dir / "seeds" / SEEDS[0]

    def dump() -> bytes:
        buf = io.BytesIO()
        with TrialStore.open(folder) as st:
            st.dump(buf, "nq")
        return b"".join(sorted(buf.getvalue().splitlines(True)))

    with TrialStore.open(folder, write=True) as st:
        load_paths([seed], st, workers=0, record_time=False)
    first = dump()
    with TrialStore.open(folder, write=True) as st:
        load_paths([seed], st, workers=0, record_time=False)
    assert dump() == first
    edited = tmp_path / SEEDS[0]
    edited.write_text(seed.read_text().replace("Expected survival ≥3 months",
                                               "Expected survival ≥6 months"))
    with TrialStore.open(folder, write=True) as st:
        load_paths([edited], st, workers=0, record_time=False)
        assert st.count_trials() == 1
    flags = rows(folder, "eligibility-flags")
    assert [float(r["life_expectancy_min_months"]) for r in flags] == [6.0]


def test_real_records_load_without_rejection_and_validate(tmp_path, data_dir, capsys):
    folder = tmp_path / "kg"
    result = run_cli(capsys, "load", data_dir / "ctgov" / "sample-100.jsonl", "--store", folder,
                     "--workers", "2")
    assert result.code == 0, result
    assert "loaded 100 trial(s)" in result.err
    result = run_cli(capsys, "validate", "--store", folder)
    assert result.code == 0, result
    trials = rows(folder, "trials")
    assert len(trials) == 100 and all(r["nct_id"].startswith("NCT") for r in trials)
    assert sum(1 for r in trials if r["phase"]) > 40


@pytest.mark.parametrize("bad", ["bad_truncated.json", "bad_not_a_trial.json", "bad_binary.json",
                                 "bad_xml_bomb.xml", "bad_xxe.xml", "bad_invalid_utf8.json"])
def test_bad_input_gives_one_line_error_and_leaves_store_unchanged(tmp_path, data_dir, capsys, bad):
    folder = tmp_path / "kg"
    assert run_cli(capsys, "load", data_dir / "seeds" / SEEDS[1], "--store", folder,
                   "--workers", "0").code == 0
    before = io.BytesIO()
    with TrialStore.open(folder) as st:
        st.dump(before, "nq")
    target = tmp_path / bad
    shutil.copy(data_dir / bad, target)
    result = run_cli(capsys, "load", target, "--store", folder, "--workers", "0")
    assert result.code == 1, result
    rejected = [line for line in result.err.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 1 and str(target) in rejected[0], result
    after = io.BytesIO()
    with TrialStore.open(folder) as st:
        st.dump(after, "nq")
    assert sorted(after.getvalue().splitlines()) == sorted(before.getvalue().splitlines())


def test_a_failed_batch_write_stops_the_load_and_keeps_the_batches_before_it(tmp_path, data_dir):
    """Batches are written by a writer thread while the next ones are built: the first
    failed write reaches the caller, the batches before it stay, none after it is written."""
    from trialkg.errors import StoreError

    class FailingThirdWrite(TrialStore):
        writes = 0

        def write_trials(self, built, **kw):
            FailingThirdWrite.writes += 1
            if FailingThirdWrite.writes == 3:
                raise StoreError(f"{self.path}: batch not written: no space left (injected)")
            super().write_trials(built, **kw)

    with FailingThirdWrite.open(tmp_path / "kg", write=True) as st:
        with pytest.raises(StoreError, match="injected"):
            load_paths([data_dir / "ctgov" / "sample-100.jsonl"], st, workers=0,
                       batch_trials=10)
        assert FailingThirdWrite.writes == 3
        assert st.count_trials() == 20


def test_a_load_stores_the_memberships_the_classifier_derives_afresh(tmp_path, data_dir):
    """Batch-wise classification (scratch store per batch) equals a whole-store pass.

    The whole-store pass runs on a copy of the loaded triples without the stored
    memberships, so it must derive every one of them itself.
    """
    import pyoxigraph

    from trialkg.classify import classify_store, defined_classes
    from trialkg.ontology import merged_ontology_graph
    from trialkg.store import ONTOLOGY_GRAPH

    onto = merged_ontology_graph()
    defined = {str(c) for c in defined_classes(onto)}
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    with TrialStore.open(tmp_path / "kg", write=True) as st:
        report = load_paths([data_dir / "ctgov" / "sample-100.jsonl"], st, workers=0,
                            batch_quads=8_000)  # many batches of a few trials
        assert report.loaded == 100
        stored, fresh = set(), pyoxigraph.Store()
        for q in st.oxigraph.quads_for_pattern(None, None, None, None):
            if (q.predicate.value == rdf_type and q.object.value in defined
                    and q.graph_name.value != ONTOLOGY_GRAPH):
                stored.add((q.graph_name.value, q.subject.value, q.object.value))
            else:
                fresh.add(q)
    assert report.classify_seconds > 0
    derived = set(classify_store(fresh, ontology=onto))
    assert len({c for _, _, c in stored}) >= 5  # the sample reaches several defined classes
    assert derived == stored


def _memberships(st, defined: set[str]) -> set[tuple[str, str, str]]:
    from trialkg.store import ONTOLOGY_GRAPH

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return {(q.graph_name.value, q.subject.value, q.object.value)
            for q in st.oxigraph.quads_for_pattern(None, None, None, None)
            if q.predicate.value == rdf_type and q.object.value in defined
            and q.graph_name.value != ONTOLOGY_GRAPH}


def _defined() -> set[str]:
    from trialkg.classify import defined_classes
    from trialkg.ontology import merged_ontology_graph

    return {str(c) for c in defined_classes(merged_ontology_graph())}


def _make_stale(st, memberships) -> tuple:
    """Leave the store as an older trialkg with other definitions would have written it.

    Returns the membership removed, the one added wrongly and the obsolete class used.
    """
    from trialkg.store import ONTOLOGY_GRAPH

    tkg = "https://w3id.org/trialkg/ontology#"
    obsolete = tkg + "ObsoleteTrial"
    removed = sorted(memberships)[0]
    not_cart = sorted({(g, t) for g, t, _ in memberships}
                      - {(g, t) for g, t, c in memberships if c == tkg + "CARTTrial"})[0]
    st.oxigraph.update(f"""
        DELETE DATA {{ GRAPH <{removed[0]}> {{ <{removed[1]}> a <{removed[2]}> }} }} ;
        INSERT DATA {{
          GRAPH <{not_cart[0]}> {{ <{not_cart[1]}> a <{tkg}CARTTrial>, <{obsolete}> }}
          GRAPH <{ONTOLOGY_GRAPH}> {{
            <{obsolete}> <http://www.w3.org/2002/07/owl#equivalentClass> <{tkg}ClinicalStudy> }}
        }}""")
    return removed, (not_cart[0], not_cart[1], tkg + "CARTTrial"), obsolete


def _mark_ontology_older(st) -> None:
    """Give the stored ontology graph the digest of another ontology than the bundled one."""
    from trialkg.store import _SHA, ONTOLOGY_GRAPH

    st.oxigraph.update(f'DELETE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?o <{_SHA}> ?d }} }} '
                       f'INSERT {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?o <{_SHA}> "older" }} }} '
                       f'WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?o <{_SHA}> ?d }} }}')


def _stale_sample_store(folder, data_dir):
    """Load the 100-trial sample, then make its memberships stale (see :func:`_make_stale`).

    Returns the memberships the bundled ontology gives and what ``_make_stale`` returns.
    """
    with TrialStore.open(folder, write=True) as st:
        load_paths([data_dir / "ctgov" / "sample-100.jsonl"], st, workers=0)
        assert st.reclassified == 0
        expected = _memberships(st, _defined())
        return expected, *_make_stale(st, expected)


def _journal_reclassification(folder, classes: list[str]) -> None:
    """Leave the journal entry of a re-derivation that was killed before it finished."""
    import json

    (folder / "journal").mkdir(exist_ok=True)
    (folder / "journal" / "reclassify.json").write_text(json.dumps({"classes": classes}))


def test_a_changed_ontology_re_derives_the_stored_memberships(tmp_path, data_dir, capsys):
    """A store written under older definitions answers with the bundled ones once opened."""
    defined = _defined()
    folder = tmp_path / "kg"
    expected, removed, wrong, obsolete = _stale_sample_store(folder, data_dir)
    with TrialStore.open(folder, write=True) as st:
        _mark_ontology_older(st)
    with TrialStore.open(folder) as st:  # a reader does not refresh the ontology
        assert removed not in _memberships(st, defined) and wrong in _memberships(st, defined)
        before = set(st.trial_graphs())
    # loading a seed text (not the 100 trials again) opens the store for writing
    seed = sorted((data_dir / "seeds").glob("*.txt"))[0]
    res = run_cli(capsys, "load", seed, "--store", folder, "--workers", "0")
    assert res.code == 0, res
    assert "re-derived the defined-class memberships of 100 trial(s)" in res.err
    with TrialStore.open(folder) as st:
        seed_graphs = set(st.trial_graphs()) - before
        assert len(seed_graphs) == 1
        assert {m for m in _memberships(st, defined | {obsolete})
                if m[0] not in seed_graphs} == expected
        assert not (folder / "journal" / "reclassify.json").exists()


def _condition_types(st, cls: str) -> int:
    return sum(1 for _ in st.oxigraph.quads_for_pattern(
        None, pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        pyoxigraph.NamedNode(cls)))


def test_an_interrupted_reclassification_is_finished_by_the_next_open(tmp_path, data_dir):
    folder = tmp_path / "kg"
    expected, _, _, obsolete = _stale_sample_store(folder, data_dir)
    # a MONDO class the loader asserts on condition nodes: listed, it must still stay
    neoplasm = "http://purl.obolibrary.org/obo/MONDO_0005362"
    with TrialStore.open(folder) as st:
        asserted = _condition_types(st, neoplasm)
    assert asserted > 0
    # killed after the new ontology was written, before the memberships were
    _journal_reclassification(folder, [obsolete, neoplasm])
    with TrialStore.open(folder) as st:  # even a reader finishes it first
        assert st.count_trials() == 100
        assert _memberships(st, _defined() | {obsolete}) == expected
        assert _condition_types(st, neoplasm) == asserted
    assert not (folder / "journal" / "reclassify.json").exists()


def test_a_second_ontology_change_keeps_the_classes_of_a_cut_short_one(tmp_path, data_dir):
    """Cut short under one change, then opened under another: both old class sets go."""
    folder = tmp_path / "kg"
    # ObsoleteTrial: defined by the ontology stored now; EarlierTrial: by the one before
    # it, whose re-derivation was cut short (listed by the journal only)
    expected, _, (g, t, _), obsolete = _stale_sample_store(folder, data_dir)
    earlier = obsolete.replace("Obsolete", "Earlier")
    with TrialStore.open(folder, write=True) as st:
        st.oxigraph.update(f"INSERT DATA {{ GRAPH <{g}> {{ <{t}> a <{earlier}> }} }}")
        _mark_ontology_older(st)
    _journal_reclassification(folder, [earlier])
    with TrialStore.open(folder, write=True) as st:
        assert st.reclassified == 100
        assert _memberships(st, _defined() | {obsolete, earlier}) == expected
    assert not (folder / "journal" / "reclassify.json").exists()


def _graph_rows(nct_id: str, criteria_text: str, where: str) -> set[tuple[str, ...]]:
    """Rows of a query over the graph built from one trial's eligibility text."""
    from trialkg.model import Eligibility, Trial
    from trialkg.rdf import build_trial, trial_dataset
    from trialkg.vocab import TKG_NS

    trial = Trial(source=f"{nct_id}.json", nct_id=nct_id,
                  eligibility=Eligibility(criteria_text=criteria_text))
    ds = trial_dataset([build_trial(trial)])
    return {tuple(map(str, r)) for r in ds.query(f"PREFIX tkg: <{TKG_NS}> {where}")}


def test_a_washout_exception_is_written_to_the_graph():
    found = _graph_rows(
        "NCT09999991", "Exclusion Criteria:\n- Major surgery, other than diagnostic surgery, "
                       "within 4 weeks\n- Chemotherapy within 3 weeks",
        "SELECT ?t ?d ?e WHERE { GRAPH ?g { ?f a tkg:WashoutRequirement ;"
        " tkg:therapyLabel ?t ; tkg:minimumDays ?d OPTIONAL { ?f tkg:exceptionText ?e } } }")
    assert found == {("major surgery", "28", "diagnostic surgery"), ("chemotherapy", "21", "None")}


def test_alternative_bounds_share_one_set_in_the_graph():
    rows = _graph_rows(
        "NCT09999992", "Inclusion Criteria:\n- Creatinine ≤ 1.5 mg/dL OR creatinine clearance "
                       "≥ 60 mL/min\n- Bilirubin ≤ 1.5 mg/dL and ALT ≤ 3 x ULN",
        "SELECT ?set ?text WHERE { GRAPH ?g { ?f a tkg:LabThreshold ; tkg:evidenceText ?text "
        "OPTIONAL { ?f tkg:inAlternativeSet ?set . ?set a tkg:AlternativeSet } } }")
    sets = {s for s, _ in rows if s != "None"}
    assert len(sets) == 1, rows
    (one,) = sets
    assert {t for s, t in rows if s == one} == {"Creatinine ≤ 1.5 mg/dL",
                                                "creatinine clearance ≥ 60 mL/min"}
    assert {t for s, t in rows if s == "None"} == {"Bilirubin ≤ 1.5 mg/dL", "ALT ≤ 3 x ULN"}


def test_alternative_criteria_share_one_set_in_the_graph():
    rows = _graph_rows(
        "NCT09999993", "Inclusion Criteria:\n- Creatinine ≤ 1.5 × ULN, OR\n- Creatinine clearance "
                       "≥ 60 mL/min\n- Age ≥ 18 years",
        "SELECT ?text ?set WHERE { GRAPH ?g { ?c tkg:criterionText ?text "
        "OPTIONAL { ?c tkg:inAlternativeSet ?set . ?set a tkg:AlternativeSet } } }")
    (one,) = {s for _, s in rows if s != "None"}
    assert {t for t, s in rows if s == one} == {"Creatinine ≤ 1.5 × ULN, OR",
                                                "Creatinine clearance ≥ 60 mL/min"}
    assert ("Age ≥ 18 years", "None") in rows
