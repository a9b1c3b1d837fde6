"""Condition names to MONDO: synonyms, spellings, qualifiers, MeSH, running text, ancestors."""

import pytest

from trialkg.mapping import disease_ancestors, find_conditions, map_condition, map_mesh
from trialkg.mapping.conditions import QUALIFIERS
from trialkg.mapping.tables import get_diseases, get_mesh_mondo
from trialkg.resources import ontology_dir

NB, NMOSD, NPC = "MONDO:0005072", "MONDO:0019100", "MONDO:0015459"


@pytest.mark.parametrize(("label", "term", "qualifiers"), [
    ("Neuroblastoma", NB, ()),
    ("neuroblastomas", NB, ()),
    ("NEUROBLASTOMA", NB, ()),
    ("relapsed/refractory neuroblastoma", NB, ("relapsed", "refractory")),
    ("Relapsed Refractory Neuroblastoma", NB, ("relapsed", "refractory")),
    ("Newly Diagnosed High-risk or Relapsed/Refractory Neuroblastoma", NB,
     ("newly diagnosed", "high-risk", "relapsed", "refractory")),
    ("high risk neuroblastoma", NB, ("high-risk",)),
    ("Neuroblastoma (NB)", NB, ()),
    ("pediatric neuroblastoma", NB, ()),
    ("NMOSD", NMOSD, ()),
    ("nmosd", NMOSD, ()),
    ("AQP4-IgG positive NMOSD", NMOSD, ()),
    ("Neuromyelitis Optica", NMOSD, ()),
    ("neuromyelitis optica spectrum disorders", NMOSD, ()),
    ("relapsing NMOSD", NMOSD, ("relapsed",)),
    ("Devic's disease", NMOSD, ()),
    ("NPC", NPC, ()),
    ("Recurrent/Metastatic Nasopharyngeal Carcinoma", NPC, ("recurrent", "metastatic")),
    ("Relapsed /Metastatic Nasopharyngeal Carcinoma", NPC, ("relapsed", "metastatic")),
    ("locally advanced nasopharyngeal carcinoma", NPC, ("locally advanced",)),
    ("Carcinoma, Nasopharyngeal", NPC, ()),
    ("nasopharyngeal cancer", NPC, ()),
    ("solid tumour", "tkg:SolidNeoplasm", ()),
    ("Advanced Solid Tumors", "tkg:SolidNeoplasm", ("advanced",)),
], ids=lambda v: v if isinstance(v, str) else None)
def test_map_condition(label, term, qualifiers):
    match = map_condition(label)
    assert match is not None, label
    assert (match.term_id, match.qualifiers) == (term, qualifiers)
    assert match.term_label == get_diseases()[term].label


@pytest.mark.parametrize(("british", "american"), [
    ("tumour", "tumor"), ("Leukaemia", "leukemia"), ("paediatric neuroblastoma",
                                                     "pediatric neuroblastoma"),
])
def test_spelling_variants_agree(british, american):
    assert map_condition(british) == map_condition(american)


@pytest.mark.parametrize("label", ["no such disease", "", "   ", "cells", "pregnancy test"])
def test_unknown_names_return_none(label):
    assert map_condition(label) is None


def test_negating_prefix_is_not_dropped():
    # "non-" before a known name must not map to that name
    assert map_condition("non-neuroblastoma") is None


def test_match_carries_xrefs_and_the_name_matched():
    match = map_condition("NB")
    assert "NCIT:C3270" in match.xrefs and "MESH:D009447" in match.xrefs
    assert match.matched == "NB"


def test_qualifier_notations_are_the_ontology_notations():
    ttl = (ontology_dir() / "trialkg.ttl").read_text(encoding="utf-8")
    for notation in set(QUALIFIERS.values()):
        assert f'skos:notation "{notation}"' in ttl, notation


@pytest.mark.parametrize(("mesh", "term"), [
    ("D009447", NB), ("D000009447", NB), ("MESH:D009447", NB), ("D999999", None),
])
def test_map_mesh(mesh, term):
    assert map_mesh(mesh) == term


def test_mesh_table_points_into_the_disease_table():
    diseases = get_diseases()
    assert all(mondo in diseases for mondo in get_mesh_mondo().values())


def test_find_conditions_longest_match_with_qualifiers():
    text = ("Autologous GD2-CAR T Cells in the Treatment of Relapsed Refractory Neuroblastoma "
            "and recurrent/metastatic NPC")
    found = [(text[s:e], m.term_id, m.qualifiers) for s, e, m in find_conditions(text)]
    assert found == [
        ("Relapsed Refractory Neuroblastoma", NB, ("relapsed", "refractory")),
        ("recurrent/metastatic NPC", NPC, ("recurrent", "metastatic")),
    ]


def test_find_conditions_acronyms_need_capitals():
    assert find_conditions("the npc and nb of all") == []
    assert [m.term_id for _, _, m in find_conditions("children with NB")] == [NB]


def test_find_conditions_skips_the_word_disease():
    assert find_conditions("a disease of the nervous system") == [
        (2, 30, map_condition("nervous system disease"))] or all(
        m.term_id != "MONDO:0000001" for _, _, m in find_conditions("a disease"))


def test_ancestors_reach_solid_neoplasm_and_the_root():
    ancestors = disease_ancestors(NB)
    assert {"tkg:SolidNeoplasm", "MONDO:0005070", "MONDO:0000001"} <= ancestors
    assert NB not in ancestors
    assert disease_ancestors("MONDO:9999999") == frozenset()


def test_disease_table_is_well_formed():
    diseases = get_diseases()
    for d in diseases.values():
        assert (d.id.startswith("MONDO:") and len(d.id) == 13) or d.id == "tkg:SolidNeoplasm"
        assert d.label and d.definition and d.source, d.id
        for parent in d.parents:
            assert parent in diseases, (d.id, parent)
        assert all(x.startswith("NCIT:C") for x in d.ncit), d.id
        assert all(x.startswith("DOID:") for x in d.doid), d.id
        assert all(x[0] in "DC" and x[1:].isdigit() for x in d.mesh), d.id
    roots = [d.id for d in diseases.values() if not d.parents]
    assert roots == ["MONDO:0000001"]
    # the hierarchy has no cycles
    for d in diseases.values():
        assert d.id not in disease_ancestors(d.id)


def test_names_are_not_shared_between_diseases():
    from trialkg.mapping.text import normalize

    owner: dict[str, str] = {}
    for d in get_diseases().values():
        for name in (d.label, *d.synonyms):
            key = normalize(name)
            assert owner.setdefault(key, d.id) == d.id, (name, owner[key], d.id)
