"""Conditions and interventions read from free-text pages: the five seeds and made-up pages."""

import json
from pathlib import Path

import pytest

from trialkg import mapping
from trialkg.loaders import iter_raw_records, parse_record
from trialkg.mapping.enrich import find_interventions, purpose_sentences
from trialkg.model import ConditionMention, Intervention, Trial

DATA = Path(__file__).parent.parent / "data"

EXPECTED = json.loads((DATA / "mapping" / "seed_expectations.json").read_text(encoding="utf-8"))


def _seed(source: str) -> Trial:
    (raw,) = list(iter_raw_records(DATA / "seeds" / source))
    trial = parse_record(raw)
    mapping.enrich(trial)
    return trial


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["source"][:3] for e in EXPECTED])
def test_seed_conditions(expected):
    trial = _seed(expected["source"])
    codes = [mapping.map_condition(c.label).term_id for c in trial.conditions]
    assert codes == expected["conditions"], [c.label for c in trial.conditions]


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["source"][:3] for e in EXPECTED])
def test_seed_interventions(expected):
    trial = _seed(expected["source"])
    got = []
    for item in trial.interventions:
        assert item.from_text
        m = mapping.classify_intervention(item.name)
        got.append({"category": m.category, "target": m.targets[0] if m.targets else None,
                    "source": m.cell_source})
    key = lambda d: (d["category"], d["target"] or "", d["source"] or "")  # noqa: E731
    assert sorted(got, key=key) == sorted(expected["interventions"], key=key), \
        [i.name for i in trial.interventions]


def test_seed_conditions_from_text_only_when_missing():
    trial = _seed("002_b6f0ec505dd8cbe1.txt")
    assert [(c.label, c.from_text) for c in trial.conditions] == [("Neuroblastoma", False)]


def _page(title=None, summary=None, **kw) -> Trial:
    return Trial(source="page.txt", local_id="local-page", source_format="text",
                 brief_title=title, brief_summary=summary, **kw)


def test_background_sentences_are_not_read():
    trial = _page(summary=(
        "Chemotherapy and autologous hematopoietic stem cell transplantation are the main "
        "treatments for neuroblastoma. Despite treatment with GD2 monoclonal antibody, many "
        "patients relapse. This study aims to evaluate allogeneic NK cells in children with "
        "relapsed neuroblastoma."))
    mapping.enrich(trial)
    assert [i.name for i in trial.interventions] == ["allogeneic NK cells"]
    assert [c.label for c in trial.conditions] == ["relapsed neuroblastoma"]


def test_prior_treatment_in_a_purpose_sentence_is_not_this_studys():
    names = find_interventions(
        "The objective is to evaluate CD19 CAR-T cells in patients with prior chemotherapy")
    assert names == ["CD19 CAR-T cells"]


def test_title_and_summary_mentions_of_one_product_merge():
    trial = _page(title="CD19 CAR-T in Neuromyelitis Optica",
                  summary="We plan to give autologous CD19 CAR-T cells to 10 patients.")
    mapping.enrich(trial)
    assert [i.name for i in trial.interventions] == ["autologous CD19 CAR-T cells"]


def test_two_drugs_of_one_category_stay_two():
    trial = _page(title="Cisplatin Versus Carboplatin in Nasopharyngeal Carcinoma")
    mapping.enrich(trial)
    assert [i.name for i in trial.interventions] == ["Cisplatin", "Carboplatin"]


def test_most_specific_condition_is_kept():
    trial = _page(title="NK Cells for Neuroblastoma and Other Solid Tumors")
    mapping.enrich(trial)
    assert [c.label for c in trial.conditions] == ["Neuroblastoma"]


def test_registry_records_are_left_alone():
    trial = Trial(source="x.json", nct_id="NCT00000001", source_format="ctgov-json",
                  brief_title="GD2 CAR-T cells for neuroblastoma")
    mapping.enrich(trial)
    assert trial.conditions == [] and trial.interventions == []


def test_listed_items_are_kept():
    trial = _page(title="GD2 CAR-T cells for neuroblastoma",
                  conditions=[ConditionMention("NB")], interventions=[Intervention("X")])
    mapping.enrich(trial)
    assert [c.label for c in trial.conditions] == ["NB"]
    assert [i.name for i in trial.interventions] == ["X"]


def test_page_without_title_or_summary_gets_nothing():
    trial = _page()
    mapping.enrich(trial)
    assert trial.conditions == [] and trial.interventions == []


@pytest.mark.parametrize(("sentence", "purpose"), [
    ("This is a phase I study of X.", True),
    ("We plan to conduct a phase I trial on NK cells.", True),
    ("The primary objective is to evaluate the safety of CAR-T.", True),
    ("Currently, clinical trials of NK cell therapy are ongoing.", False),
    ("Despite treatment with GD2 antibody, the survival rate is only 60%.", False),
    ("Neuroblastoma is the most common extracranial solid tumor.", False),
], ids=["this-study", "we-plan", "objective", "currently", "despite", "definition"])
def test_purpose_sentences(sentence, purpose):
    assert bool(purpose_sentences(sentence)) is purpose
