"""A real ``trialkg serve`` (uvicorn on 127.0.0.1) queried with SPARQLWrapper and urllib."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

from .conftest import TIMEOUT
from .test_protocol import ASK, CONSTRUCT, NCT_IDS, SELECT

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def wrapper(url: str, query: str, fmt) -> SPARQLWrapper:
    sw = SPARQLWrapper(url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


def test_select_json(live_server):
    result = wrapper(live_server, SELECT, JSON).queryAndConvert()
    assert [b["id"]["value"] for b in result["results"]["bindings"]] == NCT_IDS


def test_select_xml(live_server):
    doc = wrapper(live_server, SELECT, XML).queryAndConvert()
    literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert literals == NCT_IDS


def test_ask(live_server):
    assert wrapper(live_server, ASK, JSON).queryAndConvert()["boolean"] is True
    sw = wrapper(live_server, ASK.replace("NCT90000001", "NCT0"), XML)
    sw.setMethod(POST)
    doc = sw.queryAndConvert()
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "false"


def test_construct(live_server):
    data = wrapper(live_server, CONSTRUCT, TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=data, format="turtle")
    assert sorted(str(o) for o in graph.objects()) == NCT_IDS


def test_update_refused(live_server):
    sw = wrapper(live_server, "INSERT DATA { <http://a> <http://b> <http://c> }", JSON)
    sw.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as info:
        sw.query()
    assert info.value.code == 403
    assert b"read-only" in info.value.read()
    check = wrapper(live_server, "ASK { <http://a> ?p ?o }", JSON)
    assert check.queryAndConvert()["boolean"] is False


def _get(url: str, query: str, timeout: float = 30) -> tuple[int, bytes, float]:
    started = time.monotonic()
    target = url + "/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(target, timeout=timeout) as response:
            return response.status, response.read(), time.monotonic() - started
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), time.monotonic() - started


def test_slow_query_is_cut_off_while_others_get_answers(live_server):
    slow: dict = {}

    def run_slow():
        slow["status"], slow["body"], slow["seconds"] = _get(live_server, CARTESIAN)

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.2)  # let the slow query take its worker
    answers = []
    while thread.is_alive():
        status, body, seconds = _get(live_server, ASK)
        answers.append((status, seconds))
        time.sleep(0.05)
    thread.join()
    assert slow["status"] == 503, slow
    assert b"time limit" in slow["body"]
    assert TIMEOUT * 0.9 <= slow["seconds"] < TIMEOUT + 5, slow
    # another client kept getting answers, quickly, while the slow query ran
    assert len(answers) >= 3, answers
    assert all(status == 200 for status, _ in answers), answers
    assert max(seconds for _, seconds in answers) < 1.0, answers
    # the killed worker is replaced and the server keeps answering
    for _ in range(4):
        assert _get(live_server, ASK)[0] == 200
    with urllib.request.urlopen(live_server + "/api/status", timeout=10) as r:
        assert b'"restarts":' in r.read()
