"""Hostile requests against a real ``trialkg serve`` (127.0.0.1) and the query layers.

Updates in every spelling, ``SERVICE`` to any host, dataset clauses naming files or
other hosts, oversized bodies and request targets, path traversal on static files, and
named-query parameters made of arbitrary strings (Hypothesis), bound through the embedded
store, through the server and through :func:`trialkg.remote.inject_values` against a
real Oxigraph server. A trap HTTP server on 127.0.0.1 records any request the endpoint
would make on a query's behalf: it must stay untouched. The store must stay unchanged.
"""

from __future__ import annotations

import http.client
import http.server
import json
import threading
import urllib.parse

import psutil
import pytest
from cli_helpers import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from servers import OxigraphServer, oxigraph_binary

from .checks import graph_digests, store_digest
from .figures import record

#: Strings that have broken SPARQL string building elsewhere.
HOSTILE = ['x" } DROP ALL #', "x' } DROP ALL #", '"""', "'''", '\\"', "\\", '\\u0022 } #',
           "x\n} SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #", '" . ?s ?p ?o } #', "%22",
           "<http://evil/>", "> } DROP ALL # <", "\u2028} DROP ALL", "\r\n} #", "?s ?p ?o",
           "$v", "{", "}", "#", "@en", "^^<http://www.w3.org/2001/XMLSchema#integer>",
           '") } ; DROP ALL ; SELECT * { ("', "\ufeff", "\u202e", "x" * 10_000]
param_values = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60),
                         st.lists(st.sampled_from(HOSTILE + ['"', "'", "\\", "}", "#", "\n"]),
                                  max_size=6).map("".join))


@pytest.fixture(scope="module")
def trap():
    """An HTTP server on 127.0.0.1 that records every request it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{"vars":["s"]},"results":{"bindings":[]}}')

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", hits
    finally:
        server.shutdown()
        server.server_close()


def _request(url: str, method: str, target: str, body: bytes | None = None,
             headers: dict | None = None) -> tuple[int, bytes]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.putrequest(method, target, skip_accept_encoding=True)  # the target is sent raw
        for key, value in (headers or {}).items():
            conn.putheader(key, value)
        if body is not None and "Transfer-Encoding" not in (headers or {}):
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders()
        if body is not None:
            conn.send(body)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _query(url: str, text: str, how: str = "get") -> tuple[int, bytes]:
    if how == "get":
        return _request(url, "GET", "/sparql?" + urllib.parse.urlencode({"query": text}))
    if how == "form":
        return _request(url, "POST", "/sparql", urllib.parse.urlencode({"query": text}).encode(),
                        {"Content-Type": "application/x-www-form-urlencoded"})
    return _request(url, "POST", "/sparql", text.encode(),
                    {"Content-Type": "application/sparql-query"})


UPDATES = [
    "DROP ALL", "CLEAR ALL", "CLEAR DEFAULT", "DROP SILENT GRAPH <https://w3id.org/trialkg/graph/x>",
    "INSERT DATA { <http://a> <http://b> <http://c> }", "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "WITH <https://w3id.org/trialkg/graph/ontology> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/passwd>", "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://x>",
    "CREATE GRAPH <http://x>", "ADD DEFAULT TO <http://x>", "COPY DEFAULT TO <http://x>",
    "MOVE DEFAULT TO <http://x>", "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "DROP ALL ; SELECT * WHERE { ?s ?p ?o }",
    "drop all", "LOAD <{trap}>",
]


@pytest.mark.parametrize("how", ["get", "form", "body"])
def test_updates_are_refused_in_every_spelling(server, trap, clean_load, how):
    url = server[0]
    trap_url, hits = trap
    for text in UPDATES:
        status, body = _query(url, text.replace("{trap}", trap_url), how)
        assert status in (400, 403), (text, status, body)
    for target, body, ctype in [("/sparql", b"DROP ALL", "application/sparql-update"),
                                ("/sparql", b"update=DROP%20ALL",
                                 "application/x-www-form-urlencoded"),
                                ("/sparql?update=DROP%20ALL", None, None)]:
        status, answer = _request(url, "POST" if body else "GET", target, body,
                                  {"Content-Type": ctype} if ctype else None)
        assert status == 403, (target, status, answer)
    assert not hits


SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <{trap}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{trap}> {{ ?s ?p ?o }} }}",
    "select * where {{ service <{trap}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ VALUES ?e {{ <{trap}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{trap}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{trap}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ ?a ?b ?c MINUS {{ SERVICE <{trap}> {{ ?a ?b ?c }} }} }}",
    "SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{trap}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{trap}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * WHERE {{ GRAPH ?g {{ SERVICE <{trap}> {{ ?s ?p ?o }} }} }}",
    "BASE <{trap}> SELECT * WHERE {{ SERVICE <x> {{ ?s ?p ?o }} }}",
    "PREFIX t: <{trap}> SELECT * WHERE {{ SERVICE t:x {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{trap}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{trap}> {{ ?s ?p ?o }} }}",
    "DESCRIBE ?s WHERE {{ SERVICE <{trap}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE <file:///etc/passwd> {{ ?s ?p ?o }} }}",
]
DATASET_QUERIES = [
    "SELECT * FROM <file:///etc/passwd> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <file:///etc/passwd> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{trap}> WHERE {{ ?s ?p ?o }}",
    "BASE <file:///etc/> SELECT * FROM <passwd> WHERE {{ ?s ?p ?o }}",
    "PREFIX f: <file:///etc/> SELECT * FROM f:passwd WHERE {{ ?s ?p ?o }}",
    "ASK FROM <file:///etc/passwd> {{ ?s ?p ?o }}",
    "CONSTRUCT {{ ?s ?p ?o }} FROM <{trap}> WHERE {{ ?s ?p ?o }}",
]


def test_service_and_foreign_datasets_are_refused(server, trap):
    url = server[0]
    trap_url, hits = trap
    for template in SERVICE_QUERIES + DATASET_QUERIES:
        text = template.format(trap=trap_url)
        for how in ("get", "body"):
            status, body = _query(url, text, how)
            assert status == 403, (text, status, body)
            assert b"root:" not in body
    for params in ({"default-graph-uri": "file:///etc/passwd"},
                   {"named-graph-uri": trap_url}, {"default-graph-uri": trap_url}):
        target = "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }",
                                                      **params})
        status, body = _request(url, "GET", target)
        assert status == 403, (params, status, body)
    assert not hits, f"the endpoint contacted another server: {hits}"


def test_command_line_refuses_the_same(capsys, clean_load, trap):
    trap_url, hits = trap
    for text in ["LOAD <file:///etc/passwd>", "DROP ALL",
                 "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                 f"SELECT * WHERE {{ SERVICE <{trap_url}> {{ ?s ?p ?o }} }}"]:
        result = run_cli(capsys, "sparql", text, "--store", clean_load.store)
        assert result.code == 1 and result.err.startswith("error: "), result
        assert "root:" not in result.out
    assert not hits


def test_oversized_and_malformed_requests_are_refused(server):
    url = server[0]
    config = json.loads(_request(url, "GET", "/api/status")[1])["limits"]
    big = b"x" * (config["max_body_bytes"] + 1)
    assert _request(url, "POST", "/sparql", big,
                    {"Content-Type": "application/sparql-query"})[0] == 413
    status, _ = _request(url, "POST", "/sparql", b"%x\r\n%s\r\n0\r\n\r\n" % (len(big), big),
                         {"Content-Type": "application/sparql-query",
                          "Transfer-Encoding": "chunked"})
    assert status == 413
    long_target = "/sparql?query=" + "a" * (config["max_url_chars"] + 1)
    assert _request(url, "GET", long_target)[0] == 414
    assert _request(url, "GET", "/api/queries/trials?x=" + "a" * 20_000)[0] == 414
    status, body = _query(url, "SELECT * WHERE { " + "?s ?p ?o . " * 12_000 + "}", "body")
    assert status == 403 and b"longer than" in body, (status, body[:200])
    status, body = _query(url, "SELECT * WHERE " + "{ " * 5_000 + "}" * 5_000, "body")
    assert status in (400, 403), (status, body[:200])
    assert _request(url, "POST", "/sparql", b"\xff\xfe", {"Content-Type":
                                                          "application/sparql-query"})[0] == 400
    assert _request(url, "GET", "/api/status")[0] == 200  # still serving


TRAVERSALS = ["/static/../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
              "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/%2e%2e%2fserver.py",
              "/static/....//....//etc/passwd", "/static/app.js%00.png", "/static/..\\server.py",
              "/static/%5c..%5c..%5cserver.py", "/static//etc/passwd", "//etc/passwd",
              "/static/app.js/../../../server.py", "/static/.%2e/.%2e/server.py",
              "/static/%252e%252e%252fserver.py", "/trial/..%2f..%2fetc%2fpasswd",
              "/static/" + "../" * 20 + "etc/passwd", "/static/~root/.ssh/id_rsa"]


def test_static_files_cannot_be_left(server):
    url = server[0]
    assert _request(url, "GET", "/static/app.js")[0] == 200
    for target in TRAVERSALS:
        status, body = _request(url, "GET", target)
        assert status in (400, 404), (target, status)
        assert b"root:x:0:0" not in body and b"import " not in body, target


def test_server_listens_on_loopback_only(server):
    url, proc, _ = server
    listening = [c for p in [psutil.Process(proc.pid)]
                 for c in p.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
    assert listening and all(c.laddr.ip in ("127.0.0.1", "::1") for c in listening), listening


# ------------------------------------------------------------------- parameter injection
def _settings(n: int):
    return settings(max_examples=n, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def embedded(clean_load):
    from trialkg.backends import EmbeddedBackend

    with EmbeddedBackend(clean_load.store) as backend:
        yield backend


@_settings(400)
@given(value=param_values)
def test_embedded_binding_keeps_any_string_a_string(embedded, value):
    import pyoxigraph

    echoed = embedded.select("SELECT ?v WHERE { }", {"v": pyoxigraph.Literal(value)})
    assert [row[0].value for row in echoed.rows] == [value]


@_settings(60)
@given(value=param_values, name=st.sampled_from(["trials-for-condition", "trials-targeting",
                                                  "compare-threshold"]))
def test_named_queries_take_any_string_parameter(embedded, value, name):
    from trialkg.errors import ParameterError
    from trialkg.queries import get_query, run_named

    param = get_query(name).params[0].name
    try:
        rows = run_named(name, embedded, {param: value})
    except ParameterError:
        assert "\x00" in value
        return
    assert all(len(r) == len(rows.columns) for r in rows.rows)


@_settings(60)
@given(value=param_values)
def test_server_binding_keeps_any_string_a_string(server, embedded, value):
    from trialkg.errors import ParameterError
    from trialkg.queries import run_named

    url = server[0]
    target = "/api/queries/trials-for-condition?" + urllib.parse.urlencode(
        {"condition": value, "format": "json"})
    status, body = _request(url, "GET", target)
    try:
        expected = run_named("trials-for-condition", embedded, {"condition": value})
    except ParameterError:
        assert status == 400, (status, body)
        return
    if status == 414:  # a long value over the URL limit: refused before any query
        assert len(target) > 16 * 1024
        return
    assert status == 200, (value, status, body[:300])
    rows = json.loads(body)["results"]["bindings"]
    assert len(rows) == len(expected.rows)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    server = OxigraphServer(tmp_path_factory.mktemp("ox-inject") / "ox").start()
    try:
        yield server
    finally:
        server.stop()


@_settings(200)
@given(value=param_values, as_iri=st.booleans())
def test_remote_values_block_keeps_any_string_a_term(oxigraph, value, as_iri):
    import pyoxigraph

    from trialkg.remote import RemoteBackend, inject_values

    term = pyoxigraph.Literal(value)
    if as_iri:
        try:
            term = pyoxigraph.NamedNode("http://example.org/" + value)
        except ValueError:
            return  # not an IRI: refused before any query is written
    query = "SELECT ?a WHERE {\n  BIND(?v AS ?a)\n}"
    text = inject_values(query, {"v": term})
    rows = RemoteBackend(oxigraph.query_url, retries=0).select(query, {"v": term}).rows
    assert [r[0].value for r in rows] == [term.value], text
    from trialkg.guard import check_query

    assert check_query(text) == "SELECT"  # still one query, nothing appended


def test_store_unchanged_by_all_of_this(clean_load, server):
    assert store_digest(graph_digests(clean_load.store)) == store_digest(clean_load.digests)
    record("hostile requests", updates=len(UPDATES) * 3 + 3,
           service_and_dataset=2 * (len(SERVICE_QUERIES) + len(DATASET_QUERIES)) + 3,
           traversals=len(TRAVERSALS), injection_cases={"embedded": 460, "server": 60,
                                                        "remote": 200})
