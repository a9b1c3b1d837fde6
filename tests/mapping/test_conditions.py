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
    # cancer labels of excluded conditions ("history of ovarian cancer")
    ("ovarian cancer", "MONDO:0008170", ()),
    ("cervical cancer", "MONDO:0002974", ()),
    ("pancreatic cancer", "MONDO:0009831", ()),
    ("metastatic pancreatic cancer", "MONDO:0009831", ("metastatic",)),
    # a cancer named with its site after it: the site-first name, else the cancer named
    ("adenocarcinoma of the lung", "MONDO:0005061", ()),
    ("squamous cell carcinoma of the head and neck", "MONDO:0005096", ()),
    # modifiers joined by "to"/"or" go together ("moderate to severe")
    ("moderate to severe depression", "MONDO:0002050", ()),
    ("moderate to severe chronic obstructive pulmonary disease", "MONDO:0005002", ()),
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
    assert find_conditions("a disease of unknown cause") == []
    assert [m.term_id for _, _, m in find_conditions("a disease like asthma")] == [
        "MONDO:0004979"]


def test_find_conditions_long_qualifier_chain():
    text = "Children With Newly Diagnosed High-risk or Relapsed/Refractory Neuroblastoma"
    ((start, end, match),) = find_conditions(text)
    assert text[start:end] == "Newly Diagnosed High-risk or Relapsed/Refractory Neuroblastoma"
    assert match.qualifiers == ("newly diagnosed", "high-risk", "relapsed", "refractory")


def test_ancestors_reach_solid_neoplasm_and_the_root():
    ancestors = disease_ancestors(NB)
    assert {"tkg:SolidNeoplasm", "MONDO:0005070", "MONDO:0000001"} <= ancestors
    assert NB not in ancestors
    assert disease_ancestors("MONDO:9999999") == frozenset()


def test_disease_table_is_well_formed():
    diseases = get_diseases()
    for d in diseases.values():
        assert (d.id.startswith("MONDO:") and len(d.id) == 13) or d.id in {
            "tkg:SolidNeoplasm", ""}, d.id
        if not d.id:
            assert "no MONDO id" in d.source, d.label
        assert d.label and d.definition and d.source, d.id
        for parent in d.parents:
            assert parent in diseases, (d.id, parent)
        assert all(x.startswith("NCIT:C") for x in d.ncit), d.id
        assert all(x.startswith("DOID:") for x in d.doid), d.id
        assert all(x[0] in "DC" and x[1:].isdigit() for x in d.mesh), d.id
    roots = [d.id for d in diseases.values() if not d.parents and d.id]
    assert roots == ["MONDO:0000001"]
    # the hierarchy has no cycles
    for d in diseases.values():
        if d.id:
            assert d.id not in disease_ancestors(d.id)


def test_rows_without_mondo_id_keep_label_and_mesh():
    match = map_condition("Chronic Tension-Type Headache")
    assert (match.term_id, match.term_label, match.qualifiers) == (
        None, "tension-type headache", ("chronic",))
    assert "MESH:D018781" in match.xrefs
    assert map_mesh("D018781") is None


def test_cluster_headache_is_the_syndrome_not_the_familial_form():
    match = map_condition("Chronic Cluster Headache")
    assert (match.term_id, match.term_label, match.qualifiers) == (
        "MONDO:0043537", "cluster headache syndrome", ("chronic",))
    assert map_mesh("D003027") == "MONDO:0043537"


@pytest.mark.parametrize(("label", "term", "qualifiers"), [
    ("Erectile Dysfunction", "MONDO:0005362", ()),
    ("Impotence", "MONDO:0005362", ()),
    ("Erectile Dysfunction Following Radical Prostatectomy", "MONDO:0005362", ()),
    ("Erectile Dysfunction With Diabetes Mellitus", "MONDO:0005362", ()),
    ("Vasculogenic Erectile Dysfunction", "MONDO:0007013", ()),
    ("Erectile Dysfunction Due to Arterial Disease", "MONDO:0005362", ()),
    ("Diabete Mellitus", "MONDO:0005015", ()),
    ("Diabetes Mellitus, Type 2", "MONDO:0005148", ()),
    ("Type II Diabetes", "MONDO:0005148", ()),
    ("Leukemia, Myeloid, Acute", "MONDO:0018874", ()),
    ("Leukemia, Lymphocytic, Chronic, B-Cell", "MONDO:0004948", ()),
    ("Refractory Leukemia", "MONDO:0005059", ("refractory",)),
    ("acute leukemia", "MONDO:0005059", ("acute",)),
    ("Acute Lymphoblastic Leukemia", "MONDO:0004967", ()),
    ("Asthmatic", "MONDO:0004979", ()),
    ("Parkinson's Disease", "MONDO:0005180", ()),
    ("Posttraumatic Stress Disorder", "MONDO:0005146", ()),
    ("Stress Disorders, Post-Traumatic", "MONDO:0005146", ()),
    ("Prostatic Neoplasms", "MONDO:0021259", ()),
    ("Prostate Cancer", "MONDO:0008315", ()),
    ("metastatic castration-resistant prostate cancer", "MONDO:0008315", ("metastatic",)),
    ("HIV infection", "MONDO:0005109", ()),
    ("hepatitis B", "MONDO:0005344", ()),
    ("active infection", "MONDO:0005550", ()),
    ("severe lung disease", "MONDO:0005275", ()),
    ("prolonged QT interval", "MONDO:0002442", ()),
    ("history of epilepsy", "MONDO:0005027", ()),
    ("Lung Diseases, Interstitial", "MONDO:0015925", ()),
    ("Non-Hodgkin Lymphoma", None, None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_map_condition_real_names(label, term, qualifiers):
    match = map_condition(label)
    if term is None:
        assert match is None or match.term_id != "MONDO:0004952", match
        return
    assert (match.term_id, match.qualifiers) == (term, qualifiers), match


def test_names_are_not_shared_between_diseases():
    from trialkg.mapping.text import normalize

    owner: dict[str, str] = {}
    for d in get_diseases().values():
        for name in (d.label, *d.synonyms):
            key = normalize(name)
            assert owner.setdefault(key, d.id) == d.id, (name, owner[key], d.id)
