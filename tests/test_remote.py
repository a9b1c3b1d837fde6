"""Remote SPARQL servers: push the seeds and 1,000 real records, query them remotely, get the
embedded store's rows. Real servers are started by the tests on 127.0.0.1: Oxigraph server
(pip ``oxigraph``) and Virtuoso Open Source (Debian's ``virtuoso-opensource-7``)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from cli_helpers import run_cli
from servers import OxigraphServer, VirtuosoServer, oxigraph_binary, virtuoso_binaries

from trialkg.backends import EmbeddedBackend
from trialkg.patient import load_profile
from trialkg.queries import list_queries, run_named
from trialkg.remote import RemoteBackend
from trialkg.screening import screen

PARAMS = {
    "trials-for-condition": [{"condition": "neuroblastoma"}, {"condition": "MONDO:0005070"},
                             {"condition": "leukemia"}],
    "trials-targeting": [{"antigen": "CD19"}, {"antigen": "gd2"}],
    "compare-threshold": [{"loinc": "2164-2"}, {"loinc": "718-7"}],
    "trials-accepting": [{"age": "6", "scale": "Lansky", "score": "70"}, {"age": "45"}],
    # 4 leaves a seed out by its ECOG bound (the filter inside the OPTIONAL sees ?ecog)
    "cell-therapy-trials-accepting-ecog": [{"ecog": "3"}, {"ecog": "4"}],
}


def cases():
    for q in list_queries():
        for params in PARAMS.get(q.name, [{}]):
            yield q.name, params


def canonical(table) -> Counter:
    """Rows as comparable values: numbers by value, everything else by lexical form."""
    out = Counter()
    for row in table.rows:
        key = []
        for t in row:
            if t is None:
                key.append(None)
                continue
            value = t.python()
            if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                value = Decimal(str(value)).normalize()
            key.append(value)
        out[tuple(key)] += 1
    return out


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, data_dir):
    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    folder = tmp_path_factory.mktemp("remote") / "kg"
    with TrialStore.open(folder, write=True) as st:
        report = load_paths([data_dir / "seeds", data_dir / "ctgov" / "real-1000.zip"], st)
    assert report.ok, [str(r) for r in report.rejected][:5]
    assert report.loaded == 1005
    return folder


def _compare_all(local_store, remote: RemoteBackend):
    with EmbeddedBackend(local_store) as embedded:
        for name, params in cases():
            here = run_named(name, embedded, params)
            there = run_named(name, remote, params)
            assert here.columns == there.columns, name
            assert len(here) > 0, f"{name} {params}: no rows on the fixture"
            assert canonical(there) == canonical(here), f"{name} {params}: rows differ"


def _push(capsys, local_store, endpoint, *extra):
    result = run_cli(capsys, "push", "--endpoint", endpoint, "--store", local_store, *extra)
    assert result.code == 0, result
    assert "pushed 1005 trial graph(s)" in result.err


@pytest.mark.slow
@pytest.mark.skipif(oxigraph_binary() is None,
                    reason="oxigraph server not installed (pip install oxigraph)")
def test_oxigraph_server_gives_the_embedded_rows(tmp_path, local_store, capsys, data_dir):
    server = OxigraphServer(tmp_path / "ox").start()
    try:
        store_url = f"http://127.0.0.1:{server.port}/store"
        _push(capsys, local_store, server.update_url, "--graph-store", store_url)
        remote = RemoteBackend(server.query_url)
        _compare_all(local_store, remote)
        # pushing again replaces each trial graph: same rows, no duplicates
        _push(capsys, local_store, server.update_url, "--graph-store", store_url)
        _compare_all(local_store, remote)
        # the command line and screening work against the server too
        result = run_cli(capsys, "query", "trials-targeting", "--param", "antigen=CD19",
                         "--endpoint", server.query_url, "--format", "csv")
        assert result.code == 0 and "CAR-T" in result.out, result
        patient = load_profile(data_dir / "patients" / "npc_without_liver_mets.json")
        with EmbeddedBackend(local_store) as embedded:
            here = [(v.trial, v.verdict) for v in screen(patient, embedded)]
        there = [(v.trial, v.verdict) for v in screen(patient, remote)]
        assert here == there
    finally:
        server.stop()


@pytest.mark.slow
@pytest.mark.virtuoso
@pytest.mark.skipif(virtuoso_binaries() is None,
                    reason="Virtuoso not installed (apt-get install virtuoso-opensource-7)")
def test_virtuoso_gives_the_embedded_rows(tmp_path, local_store, capsys):
    server = VirtuosoServer(tmp_path / "vt").start()
    try:
        graph_store = f"http://127.0.0.1:{server.http_port}/sparql-graph-crud"
        _push(capsys, local_store, server.update_url, "--graph-store", graph_store)
        _compare_all(local_store, RemoteBackend(server.query_url))
    finally:
        server.stop()


@pytest.mark.virtuoso
@pytest.mark.skipif(virtuoso_binaries() is None,
                    reason="Virtuoso not installed (apt-get install virtuoso-opensource-7)")
def test_virtuoso_sparql_update_push(tmp_path, data_dir, capsys):
    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([data_dir / "seeds"], st, workers=0).ok
    server = VirtuosoServer(tmp_path / "vt").start()
    try:
        # Virtuoso compiles each update to SQL and refuses requests of over ~1,000 triples,
        # and blank nodes in INSERT DATA: the ontology graph goes in small INSERT templates
        for _ in range(2):
            result = run_cli(capsys, "push", "--endpoint", server.update_url, "--store", folder,
                             "--batch-triples", "800")
            assert result.code == 0 and "pushed 5 trial(s)" not in result.err, result
        remote = RemoteBackend(server.query_url)
        with EmbeddedBackend(folder) as embedded:
            for name, params in cases():
                assert canonical(run_named(name, remote, params)) == \
                    canonical(run_named(name, embedded, params)), name
    finally:
        server.stop()


@pytest.mark.skipif(oxigraph_binary() is None, reason="oxigraph server not installed")
def test_load_straight_into_a_server(tmp_path, data_dir, capsys):
    server = OxigraphServer(tmp_path / "ox").start()
    try:
        result = run_cli(capsys, "load", data_dir / "seeds", "--endpoint", server.update_url,
                         "--workers", "0")
        assert result.code == 0, result
        rows = run_named("trial-conditions", RemoteBackend(server.query_url), {}).records()
        assert {r["condition_code"] for r in rows} >= {"MONDO:0005072", "MONDO:0019100",
                                                       "MONDO:0015459"}
    finally:
        server.stop()


@pytest.mark.skipif(oxigraph_binary() is None, reason="oxigraph server not installed")
def test_push_with_sparql_update_replaces_graphs(tmp_path, data_dir, capsys):
    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([data_dir / "seeds"], st, workers=0).ok
    server = OxigraphServer(tmp_path / "ox").start()
    try:
        for _ in range(2):  # the second push replaces every graph
            result = run_cli(capsys, "push", "--endpoint", server.update_url, "--store", folder,
                             "--batch-triples", "500")
            assert result.code == 0 and "pushed 5 trial graph(s)" in result.err, result
        remote = RemoteBackend(server.query_url)
        with EmbeddedBackend(folder) as embedded:
            for name in ("trials", "lab-thresholds", "excluded-conditions", "eligibility-flags"):
                assert canonical(run_named(name, remote, {})) == \
                    canonical(run_named(name, embedded, {}))
    finally:
        server.stop()


def test_parameter_values_cannot_inject_sparql(local_store):
    import pyoxigraph

    from trialkg.remote import inject_values

    hostile = 'x" } DROP ALL #'
    text = inject_values("SELECT ?a WHERE { BIND(?v AS ?a) }", {"v": pyoxigraph.Literal(hostile)})
    assert 'VALUES (?v) { ("x\\" } DROP ALL #") }' in text
    with EmbeddedBackend(local_store) as embedded:
        rows = run_named("trials-for-condition", embedded, {"condition": hostile})
    assert len(rows) == 0


def test_unreachable_server_is_a_clear_error(capsys, local_store):
    result = run_cli(capsys, "query", "trials", "--endpoint", "http://127.0.0.1:9/query")
    assert result.code == 1 and "127.0.0.1:9" in result.err, result
    assert "Traceback" not in result.err


@pytest.mark.virtuoso
@pytest.mark.skipif(virtuoso_binaries() is None,
                    reason="Virtuoso not installed (apt-get install virtuoso-opensource-7)")
def test_virtuoso_screening_is_refused_with_the_reason(tmp_path, data_dir, capsys):
    """Virtuoso 7 answers a check of the EXISTS / property-path semantics the screening
    queries use wrongly (and rejects some of the queries): screening there is refused with
    one line naming the failed case, instead of giving verdicts that could be wrong."""
    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([data_dir / "seeds"], st, workers=0).ok
    server = VirtuosoServer(tmp_path / "vt").start()
    try:
        result = run_cli(capsys, "push", "--endpoint", server.update_url, "--store", folder,
                         "--batch-triples", "800")
        assert result.code == 0, result
        result = run_cli(capsys, "match", data_dir / "patients" / "npc_ecog3.json",
                         "--endpoint", server.query_url)
        assert result.code == 1, result
        assert "cannot screen on this server" in result.err
        assert "path to an unrelated class" in result.err  # neuroblastoma ⊑* NMO: true there
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    finally:
        server.stop()
