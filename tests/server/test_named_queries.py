"""Named queries over HTTP: the list, running with bound parameters, refusals."""

from __future__ import annotations

import csv
import io

import pytest

from trialkg.queries import list_queries

from .test_protocol import show


def test_list(client):
    r = client.get("/api/queries")
    assert r.status_code == 200, show(r)
    items = {q["name"]: q for q in r.json()}
    assert set(items) == {q.name for q in list_queries()}
    q = items["trials-for-condition"]
    assert q["title"] and q["description"] and q["text"].lstrip().startswith("#")
    assert q["params"][0] == {"name": "condition", "type": "string", "required": True,
                              "default": None, "description": q["params"][0]["description"]}


def test_run_without_parameters(client):
    r = client.get("/api/queries/trials")
    assert r.status_code == 200, show(r)
    rows = r.json()["results"]["bindings"]
    assert [b["nct_id"]["value"] for b in rows if "nct_id" in b] == [
        "NCT90000001", "NCT90000002", "NCT90000003", "NCT90000004"]
    assert r.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize(("accept", "start"), [
    ("text/csv", "trial,nct_id,kind,analyte"),
    ("text/tab-separated-values", "?trial\t?nct_id\t?kind\t?analyte"),
    ("application/sparql-results+xml", "<?xml"),
], ids=["csv", "tsv", "xml"])
def test_negotiated_formats(client, accept, start):
    r = client.get("/api/queries/lab-thresholds", headers={"Accept": accept})
    assert r.status_code == 200, show(r)
    assert r.text.startswith(start), show(r)


def test_lab_thresholds_rows(client):
    r = client.get("/api/queries/lab-thresholds", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {(x["comparator"], x["value"], x["unit"], x["uln_multiple"]) for x in rows} == {
        (">", "60", "mL/min", ""), ("<=", "", "", "2.5")}


def test_parameter_is_bound_not_pasted(client):
    # a value that would end the query if it were pasted is just a string
    r = client.get("/api/queries/trials-targeting",
                   params={"antigen": 'GD2" ) } } DROP ALL #'})
    assert r.status_code == 200, show(r)
    assert r.json()["results"]["bindings"] == []
    assert len(client.get("/api/queries/trials").json()["results"]["bindings"]) == 5


def test_typed_parameters(client):
    r = client.get("/api/queries/trials-accepting", params={"age": "6"})
    assert r.status_code == 200, show(r)
    assert len(r.json()["results"]["bindings"]) == 5
    r = client.get("/api/queries/trials-accepting", params={"age": "sixty"})
    assert r.status_code == 400 and "not a valid decimal" in r.text, show(r)


@pytest.mark.parametrize(("path", "params", "status", "message"), [
    ("/api/queries/no-such-query", {}, 404, "no named query"),
    ("/api/queries/trials-for-condition", {}, 400, "needs --param condition"),
    ("/api/queries/trials", {"colour": "red"}, 400, "has no parameter 'colour'"),
], ids=["unknown-query", "missing-parameter", "unknown-parameter"])
def test_refusals(client, path, params, status, message):
    r = client.get(path, params=params)
    assert r.status_code == status, show(r)
    assert message in r.text, show(r)


def test_repeated_parameter(client):
    r = client.get("/api/queries/trials-for-condition?condition=a&condition=b")
    assert r.status_code == 400 and "more than once" in r.text, show(r)
