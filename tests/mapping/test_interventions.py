"""Intervention names to category, target antigens and cell source."""

import re

import pytest

from trialkg.mapping import classify_intervention
from trialkg.mapping.interventions import CATEGORIES, CELL_SOURCES, find_antigens
from trialkg.mapping.tables import get_antigens, get_intervention_rules
from trialkg.resources import ontology_dir


@pytest.mark.parametrize(("name", "kw", "category", "targets", "source"), [
    ("autologous GD2-CAR T cells", {}, "CAR-T", ("GD2",), "autologous"),
    ("Autologous GD2-CAR T Cells", {}, "CAR-T", ("GD2",), "autologous"),
    ("anti-CD19 CAR-T", {}, "CAR-T", ("CD19",), None),
    ("CD19 CAR-T cells", {}, "CAR-T", ("CD19",), None),
    ("CD19/CD22 dual-target CAR T", {}, "CAR-T", ("CD19", "CD22"), None),
    ("CART19", {}, "CAR-T", (), None),
    ("chimeric antigen receptor T cells targeting BCMA", {}, "CAR-T", ("BCMA",), None),
    ("tisagenlecleucel", {}, "CAR-T", ("CD19",), "autologous"),
    ("Kymriah", {}, "CAR-T", ("CD19",), "autologous"),
    ("ciltacabtagene autoleucel", {}, "CAR-T", ("BCMA",), "autologous"),
    ("allogeneic CD7 CAR-T cells", {}, "CAR-T", ("CD7",), "allogeneic"),
    ("CAR-NK cells targeting CD19", {}, "NK cell", ("CD19",), None),
    ("umbilical cord blood NK cells", {}, "NK cell", (), "cord blood"),
    ("umbilical cord blood NK cell therapy", {}, "NK cell", (), "cord blood"),
    ("autologous NK cells", {}, "NK cell", (), "autologous"),
    ("natural killer cell infusion", {}, "NK cell", (), None),
    ("NY-ESO-1 TCR-T cells", {}, "TCR-T", (), None),
    ("tumor-infiltrating lymphocytes", {}, "TIL", (), None),
    ("autologous TIL", {}, "TIL", (), "autologous"),
    ("BGT007 cells", {"registry_type": "BIOLOGICAL"}, "other cell therapy", (), None),
    ("Wharton jelly mesenchymal stem cells", {"registry_type": "BIOLOGICAL"},
     "other cell therapy", (), None),
    ("GD2 monoclonal antibody", {}, "monoclonal antibody", ("GD2",), None),
    ("dinutuximab", {}, "monoclonal antibody", ("GD2",), None),
    ("Dinutuximab beta", {"registry_type": "DRUG"}, "monoclonal antibody", ("GD2",), None),
    ("anti-PD-1 antibody", {}, "monoclonal antibody", ("PD-1",), None),
    ("pembrolizumab", {"registry_type": "DRUG"}, "monoclonal antibody", ("PD-1",), None),
    ("MK-3475", {"registry_type": "DRUG"}, "monoclonal antibody", ("PD-1",), None),
    ("blinatumomab", {"registry_type": "DRUG"}, "monoclonal antibody", ("CD19",), None),
    ("Rituximab (Genetical Recombination)", {"registry_type": "DRUG"}, "monoclonal antibody",
     ("CD20",), None),
    ("fremanezumab", {"registry_type": "DRUG"}, "monoclonal antibody", (), None),
    ("chemotherapy", {}, "chemotherapy", (), None),
    ("Intrathecal chemotherapy", {"registry_type": "DRUG"}, "chemotherapy", (), None),
    ("cyclophosphamide", {"registry_type": "DRUG"}, "chemotherapy", (), None),
    ("Fludarabine phosphate", {"registry_type": "DRUG"}, "chemotherapy", (), None),
    ("oxaliplatin", {"registry_type": "DRUG"}, "chemotherapy", (), None),
    ("R-CHOP", {"registry_type": "DRUG"}, "chemotherapy", (), None),
    ("imatinib mesylate", {"registry_type": "DRUG"}, "small molecule", (), None),
    ("Dasatinib", {"registry_type": "DRUG"}, "small molecule", (), None),
    ("olaparib", {"registry_type": "DRUG"}, "small molecule", (), None),
    ("idelalisib", {"registry_type": "DRUG"}, "small molecule", (), None),
    ("tadalafil 5mg", {"registry_type": "DRUG"}, "small molecule", (), None),
    ("Levitra (Vardenafil, BAY38-9456)", {"registry_type": "DRUG"}, "small molecule", (), None),
    ("venetoclax", {"registry_type": "DRUG"}, "small molecule", (), None),
    ("autologous hematopoietic stem cell transplantation", {"registry_type": "PROCEDURE"},
     "stem cell transplant", (), None),
    ("allo-HSCT", {}, "stem cell transplant", (), None),
    ("placebo", {"registry_type": "DRUG"}, "other", (), None),
    ("Placebo oral tablet", {"registry_type": "DRUG"}, "other", (), None),
    ("normal saline", {"registry_type": "DRUG"}, "other", (), None),
    ("SK3530", {"registry_type": "DRUG"}, "other", (), None),
    ("CT scan", {"registry_type": "DIAGNOSTIC_TEST"}, "other", (), None),
    ("Cell phone app", {"registry_type": "DEVICE"}, "other", (), None),
    ("Exercise during chemotherapy", {"registry_type": "BEHAVIORAL"}, "other", (), None),
    ("insulin", {"registry_type": "DRUG"}, "other", (), None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_classify(name, kw, category, targets, source):
    match = classify_intervention(name, **kw)
    assert (match.category, match.targets, match.cell_source) == (category, targets, source)


def test_description_classifies_a_product_code():
    match = classify_intervention(
        "CT103A", registry_type="BIOLOGICAL",
        description="Fully human BCMA-targeted CAR-T cells made from the patient's own T cells")
    assert (match.category, match.targets) == ("CAR-T", ("BCMA",))


def test_description_does_not_override_a_known_name():
    match = classify_intervention("Cyclophosphamide", registry_type="DRUG",
                                  description="Lymphodepletion before CD19 CAR-T infusion")
    assert (match.category, match.targets) == ("chemotherapy", ())


def test_other_names_are_read():
    match = classify_intervention("Study drug A", registry_type="DRUG",
                                  other_names=["tisagenlecleucel"])
    assert match.category == "CAR-T"


def test_both_sources_named_is_no_source():
    assert classify_intervention("autologous or allogeneic NK cells").cell_source is None


def test_no_cell_source_outside_cell_therapy():
    # hasCellSource has domain tkg:CellTherapy in the core ontology
    match = classify_intervention("autologous stem cell transplantation")
    assert (match.category, match.cell_source) == ("stem cell transplant", None)


@pytest.mark.parametrize(("text", "keys"), [
    ("anti-CD19", ("CD19",)), ("CD19CAR", ("CD19",)), ("HER2-positive", ("HER2",)),
    ("claudin 18.2", ("CLDN18.2",)), ("EGFRvIII", ("EGFRvIII",)), ("EGFR", ("EGFR",)),
    ("PD-L1", ("PD-L1",)), ("CD1", ()), ("CD190", ()), ("B7-H3", ("B7-H3",)),
])
def test_find_antigens(text, keys):
    assert find_antigens(text) == keys


def test_tables_use_known_categories_antigens_and_sources():
    keys = set(get_antigens())
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_.-]*", k) for k in keys)
    for rule in get_intervention_rules():
        assert rule.kind in {"exclude", "pattern", "name", "stem", "source"}, rule
        assert rule.source, rule
        if rule.kind == "source":
            assert rule.value in CELL_SOURCES, rule
        else:
            assert rule.value in CATEGORIES, rule
        assert set(rule.targets) <= keys, rule
        if rule.kind != "stem":
            re.compile(rule.pattern)


def test_categories_are_the_ontology_category_names():
    ttl = (ontology_dir() / "trialkg.ttl").read_text(encoding="utf-8")
    names = set(re.findall(r'tkg:categoryName "([^"]+)"', ttl))
    assert names == set(CATEGORIES)
    sources = set(re.findall(r'tkg:\w+Source a owl:NamedIndividual[^.]*skos:notation "([^"]+)"',
                             ttl))
    assert sources == set(CELL_SOURCES)
