"""The SPARQL 1.1 Protocol endpoint through the in-process test client."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph
import pytest

from trialkg.web.protocol import NotAcceptable, choose_format

from .conftest import MAX_RESULTS

TKG = "https://w3id.org/trialkg/ontology#"
SELECT = (f"SELECT ?trial ?id WHERE {{ ?trial a <{TKG}ClinicalStudy> ; <{TKG}nctId> ?id }} "
          "ORDER BY ?id")
ASK = f"ASK {{ ?t <{TKG}nctId> \"NCT90000001\" }}"
CONSTRUCT = f"CONSTRUCT {{ ?t <{TKG}nctId> ?id }} WHERE {{ ?t <{TKG}nctId> ?id }}"
NCT_IDS = ["NCT90000001", "NCT90000002", "NCT90000003", "NCT90000004"]
SR = "{http://www.w3.org/2005/sparql-results#}"


def show(response) -> str:
    return f"{response.status_code} {response.headers.get('content-type')}: {response.text[:500]}"


# ---------------------------------------------------------------- negotiation (unit)
@pytest.mark.parametrize(("form", "accept", "expected"), [
    ("SELECT", None, "json"),
    ("SELECT", "application/sparql-results+xml", "xml"),
    ("SELECT", "application/json", "json"),
    ("SELECT", "text/csv;q=0.4, text/tab-separated-values;q=0.9", "tsv"),
    ("SELECT", "text/*", "csv"),
    ("SELECT", "*/*;q=0.1, application/sparql-results+xml;q=0", "json"),
    ("ASK", "application/sparql-results+xml, */*;q=0.5", "xml"),
    ("CONSTRUCT", None, "turtle"),
    ("CONSTRUCT", "application/n-triples", "ntriples"),
    ("DESCRIBE", "application/ld+json", "jsonld"),
    ("CONSTRUCT", "application/sparql-results+json, text/turtle;q=0.9", "turtle"),
], ids=lambda v: str(v))
def test_choose_format(form, accept, expected):
    assert choose_format(form, accept)[0] == expected


def test_choose_format_refuses_unknown():
    with pytest.raises(NotAcceptable, match="offered: application/sparql-results"):
        choose_format("SELECT", "image/png")
    with pytest.raises(NotAcceptable, match="choose from"):
        choose_format("SELECT", None, override="turtle")


# ---------------------------------------------------------------- SELECT in every format
def test_select_get_json_is_default(client):
    r = client.get("/sparql", params={"query": SELECT})
    assert r.status_code == 200, show(r)
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    data = r.json()
    assert data["head"]["vars"] == ["trial", "id"]
    assert [b["id"]["value"] for b in data["results"]["bindings"]] == NCT_IDS
    assert data["results"]["bindings"][0]["trial"] == {
        "type": "uri", "value": "https://w3id.org/trialkg/trial/NCT90000001"}
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in r.headers
    assert r.headers["x-trialkg-results"] == "4"


def test_select_xml(client):
    r = client.get("/sparql", params={"query": SELECT},
                   headers={"Accept": "application/sparql-results+xml"})
    assert r.status_code == 200, show(r)
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(r.content)
    assert [v.get("name") for v in root.iter(f"{SR}variable")] == ["trial", "id"]
    ids = [b.findtext(f"{SR}literal") for b in root.iter(f"{SR}binding") if b.get("name") == "id"]
    assert ids == NCT_IDS


def test_select_csv_by_post_form(client):
    r = client.post("/sparql", data={"query": SELECT}, headers={"Accept": "text/csv"})
    assert r.status_code == 200, show(r)
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["trial", "id"]
    assert [row[1] for row in rows[1:]] == NCT_IDS
    assert "access-control-allow-origin" not in r.headers  # CORS only for GET


def test_select_tsv_by_sparql_query_body(client):
    r = client.post("/sparql", content=SELECT.encode(),
                    headers={"Content-Type": "application/sparql-query",
                             "Accept": "text/tab-separated-values"})
    assert r.status_code == 200, show(r)
    lines = r.text.splitlines()
    assert lines[0] == "?trial\t?id"
    assert lines[1] == '<https://w3id.org/trialkg/trial/NCT90000001>\t"NCT90000001"'


def test_format_parameter_overrides_accept(client):
    r = client.get("/sparql", params={"query": SELECT, "format": "csv"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.text.startswith("trial,id"), show(r)


# ---------------------------------------------------------------- ASK
@pytest.mark.parametrize(("accept", "check"), [
    ("application/sparql-results+json", lambda r: r.json() == {"head": {}, "boolean": True}),
    ("application/sparql-results+xml",
     lambda r: ET.fromstring(r.content).findtext(f"{SR}boolean") == "true"),
    ("text/csv", lambda r: r.text == "true\n"),
    ("text/tab-separated-values", lambda r: r.text == "true\n"),
], ids=["json", "xml", "csv", "tsv"])
def test_ask(client, accept, check):
    r = client.get("/sparql", params={"query": ASK}, headers={"Accept": accept})
    assert r.status_code == 200, show(r)
    assert r.headers["content-type"].startswith(accept)
    assert check(r), show(r)


# ---------------------------------------------------------------- CONSTRUCT / DESCRIBE
@pytest.mark.parametrize(("accept", "fmt"), [
    ("text/turtle", pyoxigraph.RdfFormat.TURTLE),
    ("application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES),
    ("application/ld+json", pyoxigraph.RdfFormat.JSON_LD),
    ("application/rdf+xml", pyoxigraph.RdfFormat.RDF_XML),
], ids=["turtle", "ntriples", "jsonld", "rdfxml"])
def test_construct(client, accept, fmt):
    r = client.post("/sparql", data={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200, show(r)
    assert r.headers["content-type"].startswith(accept)
    triples = list(pyoxigraph.parse(r.content, format=fmt))
    assert sorted(t.object.value for t in triples) == NCT_IDS


def test_construct_default_is_turtle(client):
    r = client.get("/sparql", params={"query": CONSTRUCT})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle"), show(r)


def test_describe(client):
    r = client.get("/sparql", params={
        "query": "DESCRIBE <https://w3id.org/trialkg/trial/NCT90000003>"},
        headers={"Accept": "application/n-triples"})
    assert r.status_code == 200, show(r)
    assert '"CD19 CAR-T for B-ALL"' in r.text


def test_not_acceptable(client):
    r = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406, show(r)
    assert "application/sparql-results+json" in r.text


# ---------------------------------------------------------------- datasets
def test_default_graph_uri_selects_one_trial(client):
    r = client.get("/sparql", params={
        "query": SELECT, "default-graph-uri": "https://w3id.org/trialkg/graph/NCT90000003"})
    assert r.status_code == 200, show(r)
    assert [b["id"]["value"] for b in r.json()["results"]["bindings"]] == ["NCT90000003"]


def test_named_graph_uri(client):
    r = client.post("/sparql", data={
        "query": f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{TKG}nctId> ?o }} }} "
                 "GROUP BY ?g",
        "named-graph-uri": "https://w3id.org/trialkg/graph/NCT90000002"})
    assert r.status_code == 200, show(r)
    rows = r.json()["results"]["bindings"]
    assert [b["g"]["value"] for b in rows] == ["https://w3id.org/trialkg/graph/NCT90000002"]


@pytest.mark.parametrize("params", [
    {"query": SELECT, "default-graph-uri": "file:///etc/passwd"},
    {"query": SELECT, "named-graph-uri": "http://example.org/elsewhere"},
    {"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"},
    {"query": "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }"},
], ids=["default-graph-uri", "named-graph-uri", "FROM", "FROM NAMED"])
def test_foreign_datasets_refused(client, params):
    r = client.get("/sparql", params=params)
    assert r.status_code == 403, show(r)
    assert "not a graph of this store" in r.text


# ---------------------------------------------------------------- refusals: 400, 403, 413, 414
def test_malformed_query_gets_parser_message(client):
    r = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert r.status_code == 400, show(r)
    assert r.text.startswith("SPARQL syntax error at line 1, column"), show(r)


def test_missing_query(client):
    r = client.get("/sparql")
    assert r.status_code == 400 and "missing query" in r.text, show(r)
    r = client.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"


@pytest.mark.parametrize(("data", "headers"), [
    ({"update": "DROP ALL"}, {}),
    ({"update": "INSERT DATA { <a:b> <a:c> <a:d> }", "query": SELECT}, {}),
    ("DELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-update"}),
], ids=["form-update", "form-update-and-query", "sparql-update-body"])
def test_updates_refused(client, data, headers):
    if isinstance(data, str):
        r = client.post("/sparql", content=data.encode(), headers=headers)
    else:
        r = client.post("/sparql", data=data, headers=headers)
    assert r.status_code == 403, show(r)
    assert "read-only" in r.text


@pytest.mark.parametrize("query", [
    "LOAD <http://example.org/data.ttl>",
    "DROP ALL",
    "INSERT DATA { <http://a> <http://b> <http://c> }",
], ids=["LOAD", "DROP", "INSERT"])
def test_update_as_query_refused(client, query):
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == 403, show(r)
    assert "updates" in r.text and "not allowed" in r.text


def test_service_refused(client):
    r = client.get("/sparql", params={
        "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 403, show(r)
    assert "SERVICE" in r.text


def test_store_untouched_after_refusals(client):
    r = client.get("/sparql", params={"query": SELECT})
    assert len(r.json()["results"]["bindings"]) == 4


def test_body_too_large(client, config):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * config.max_body
    r = client.post("/sparql", data={"query": big})
    assert r.status_code == 413, show(r)
    r = client.post("/sparql", content=big.encode(),
                    headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413, show(r)


def test_chunked_body_too_large(client, config):
    def chunks():
        for _ in range(config.max_body // 1024 + 2):
            yield b"#" * 1024

    r = client.post("/sparql", content=chunks(),
                    headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413, show(r)


def test_uri_too_long(client, config):
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * config.max_url
    r = client.get("/sparql", params={"query": long_query})
    assert r.status_code == 414, show(r)
    assert "POST" in r.text


def test_unsupported_post_type(client):
    r = client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"})
    assert r.status_code == 415, show(r)


def test_result_size_limit(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 503, show(r)
    assert f"more than {MAX_RESULTS} rows" in r.text and "LIMIT" in r.text
    r = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert r.status_code == 503 and f"more than {MAX_RESULTS} triples" in r.text, show(r)
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"})
    assert r.status_code == 200, show(r)


def test_timeout_answers_503_and_pool_recovers(client):
    r = client.get("/sparql", params={
        "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    assert r.status_code == 503, show(r)
    assert "time limit" in r.text
    for _ in range(3):  # the killed worker is replaced; queries keep working
        assert client.get("/sparql", params={"query": ASK}).json()["boolean"] is True
    assert client.get("/api/status").json()["restarts"] >= 1


def test_options_preflight(client):
    r = client.options("/sparql", headers={"Origin": "http://yasgui.example",
                                           "Access-Control-Request-Method": "GET"})
    assert r.status_code == 204
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in r.headers


def test_xml_results_are_well_formed_with_hostile_text(client):
    r = client.get("/sparql", params={"query": f"SELECT ?t WHERE {{ ?c <{TKG}criterionText> ?t }}"},
                   headers={"Accept": "application/sparql-results+xml"})
    assert r.status_code == 200, show(r)
    texts = [e.text for e in ET.fromstring(r.content).iter(f"{SR}literal")]
    assert 'Written <b>consent</b> & "assent" <script>alert(1)</script>' in texts
    assert json.loads(client.get("/sparql", params={"query": ASK}).text)["boolean"] is True
