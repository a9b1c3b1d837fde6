"""The server on trials loaded by the pipeline: the five seed pages and 100 real records."""

from __future__ import annotations

import re
import shlex
from collections import Counter
from urllib.parse import quote

import pytest

from trialkg.queries import list_queries

from .test_pages import parse
from .test_protocol import show

TKG = "https://w3id.org/trialkg/ontology#"
IDS = f"""PREFIX tkg: <{TKG}>
SELECT ?trial ?id ?source WHERE {{
  ?trial a tkg:ClinicalStudy .
  OPTIONAL {{ ?trial tkg:nctId ?nct }} OPTIONAL {{ ?trial tkg:localId ?local }}
  BIND (COALESCE(?nct, ?local) AS ?id)
  OPTIONAL {{ ?g tkg:describesTrial ?trial ; tkg:sourceFile ?source }}
}} ORDER BY ?id"""
EVIDENCE = f"""PREFIX tkg: <{TKG}>
SELECT ?fact ?text ?type WHERE {{
  <%s> tkg:hasCriterion ?c . ?c tkg:hasFact ?fact .
  ?fact tkg:evidenceText ?text ; a ?type . FILTER (STRSTARTS(STR(?type), STR(tkg:)))
}}"""


def select(client, query: str) -> list[dict[str, str]]:
    r = client.post("/sparql", data={"query": query})
    assert r.status_code == 200, show(r)
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


def example_params(example: str) -> dict[str, str]:
    words = shlex.split(example)
    return dict(words[i + 1].split("=", 1) for i, w in enumerate(words)
                if w in ("--param", "-p") and i + 1 < len(words))


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_named_query_runs_with_its_example(real_client, query):
    params = example_params(query.examples[0]) if query.examples else {}
    r = real_client.get(f"/api/queries/{query.name}", params={**params, "format": "json"}
                        if "format" not in {p.name for p in query.params} else params)
    assert r.status_code == 200, show(r)
    assert "results" in r.json()


def trials(client) -> list[dict[str, str]]:
    return select(client, IDS)


def test_seeds_and_records_are_served(real_client):
    rows = trials(real_client)
    seeds = [r for r in rows if "seeds" in r.get("source", "")]
    assert len(seeds) == 5, rows[:10]
    assert len(rows) >= 100


def test_cards_highlight_every_fact_where_it_was_read(real_client):
    rows = trials(real_client)
    chosen = [r for r in rows if "seeds" in r.get("source", "")] + \
             [r for r in rows if "seeds" not in r.get("source", "")][:25]
    checked = 0
    for row in chosen:
        r = real_client.get("/trial/" + quote(row["id"], safe=""))
        assert r.status_code == 200, (row, show(r))
        page = parse(r.text)
        marks: dict[str, str] = {}
        for attrs, text in page.find("mark"):
            if "data-fact" in attrs:
                marks[attrs["data-fact"]] = marks.get(attrs["data-fact"], "") + text
        evidence = {f["fact"]: f["text"] for f in select(real_client, EVIDENCE % row["trial"])}
        # each fact's words, put back together from the marks, are its evidence text
        assert Counter(marks.values()) == Counter(evidence.values()), row["id"]
        listed = [a for a, _ in page.find("li") if "fact-item" in a.get("class", "")]
        assert len(listed) == len(evidence)
        checked += len(evidence)
    assert checked > 0


def test_seed_card_shows_lab_thresholds(real_client):
    seed = next(r for r in trials(real_client) if "000_3ca71ab75a22850f" in r.get("source", ""))
    facts = select(real_client, EVIDENCE % seed["trial"])
    labs = sorted(f["text"] for f in facts if f["type"] == TKG + "LabThreshold")
    assert labs, "the parser read no lab threshold from seed 000"
    r = real_client.get("/trial/" + quote(seed["id"], safe=""))
    page = parse(r.text)
    marked: dict[str, str] = {}
    for attrs, text in page.find("mark"):
        if "fam-lab" in attrs.get("class", "") and "data-fact" in attrs:
            marked[attrs["data-fact"]] = marked.get(attrs["data-fact"], "") + text
    assert sorted(marked.values()) == labs
    assert any(re.search(r"creatinine clearance", t, re.I) for t in labs)


def test_landscape_on_real_records(real_client):
    r = real_client.get("/landscape", params={"top": "10"})
    assert r.status_code == 200, show(r)
    page = parse(r.text)
    rows = [t for a, t in page.find("text") if a.get("class") == "row"]
    assert 1 <= len(rows) <= 10


WINDOWED = f"""PREFIX tkg: <{TKG}>
SELECT ?trial ?id ?label ?days ?except WHERE {{
  ?trial tkg:hasCriterion/tkg:hasFact ?fact .
  ?fact a tkg:ExcludedCondition ; tkg:conditionLabel ?label ; tkg:withinDays ?days .
  OPTIONAL {{ ?fact tkg:exceptionText ?except }}
  OPTIONAL {{ ?trial tkg:nctId ?nct }} OPTIONAL {{ ?trial tkg:localId ?local }}
  BIND (COALESCE(?nct, ?local) AS ?id)
}} ORDER BY ?id ?label LIMIT 1"""


def test_card_shows_a_conditions_time_window(real_client):
    rows = select(real_client, WINDOWED)
    assert rows, "no excluded condition with a time window in the real records"
    row = rows[0]
    r = real_client.get("/trial/" + quote(row["id"], safe=""))
    assert r.status_code == 200, show(r)
    summaries = [t for a, t in parse(r.text).find("span") if a.get("class") == "summary"]
    days = row["days"].rstrip("0").rstrip(".")
    assert any(s.startswith(f"no {row['label']} within {days} days") for s in summaries), \
        (row, summaries)


def test_card_shows_alternatives(real_client):
    # NCT04946890: "Serum creatinine (Scr) ≤1.5×ULN, or creatinine clearance (Ccr) ≥50 mL/min"
    # (two bounds of one set); NCT01252810: the items under "at least one of the following
    # comorbidities:" (a set of criteria)
    r = real_client.get("/trial/NCT04946890")
    assert r.status_code == 200, show(r)
    page = parse(r.text)
    details = [t for a, t in page.find("dd")]
    assert details.count("joined by 'or' to another bound of this criterion: one of them must "
                         "hold") == 2, details
    r = real_client.get("/trial/NCT01252810")
    assert r.status_code == 200, show(r)
    alternatives = [t for a, t in parse(r.text).find("span")
                    if "alternative" in a.get("class", "").split()]
    marked = "".join(alternatives)  # a criterion's words are split around its facts' marks
    assert marked.startswith("Chronic renal") and "DM diagnosed" in marked and \
        marked.endswith("at the screening visit."), alternatives
    assert "Males and females" not in marked
