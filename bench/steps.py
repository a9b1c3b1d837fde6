"""The measured steps of bench/run.py other than loads; each prints one JSON line.

    python bench/steps.py queries STORE [--reps N]           every library query, Oxigraph
    python bench/steps.py queries-rdflib STORE [--reps N]    the same queries, rdflib Graph
    python bench/steps.py classify STORE                     SPARQL classifier, whole store
    python bench/steps.py hermit STORE [--sample N] [--relevant-only]   HermiT vs the classifier
    python bench/steps.py screen STORE [--reps N]            one patient against every trial
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

#: Parameters of the parameterized library queries (values present in the corpus).
QUERY_PARAMS = {
    "trials-for-condition": {"condition": "MONDO:0005070"},  # neoplasm, with sub-diseases
    "trials-targeting": {"antigen": "CD19"},
    "compare-threshold": {"loinc": "751-8"},  # absolute neutrophil count
    "trials-accepting": {"age": "45", "scale": "ECOG", "score": "1"},
}

#: The patient screened against the store.
PATIENT = {
    "id": "bench: adult man with relapsed prostate cancer, everything common stated",
    "age": 64, "sex": "male",
    "conditions": ["metastatic castration-resistant prostate cancer"],
    "absent_conditions": ["brain metastases", "hepatitis B", "HIV infection"],
    "performance_status": {"scale": "ECOG", "value": 1},
    "life_expectancy_months": 12, "measurable_disease": True, "max_toxicity_grade": 1,
    "consent": True, "contraception": True,
    "prior_therapies": [{"name": "androgen deprivation therapy", "end_date": "2025-01-01"}],
    "labs": [{"analyte": "absolute neutrophil count", "value": 2.5, "unit": "10^9/L"},
             {"analyte": "platelet count", "value": 180000, "unit": "/uL"},
             {"analyte": "hemoglobin", "value": 12.5, "unit": "g/dL"},
             {"analyte": "total bilirubin", "value": 0.9, "unit": "mg/dL", "uln": 1.2},
             {"analyte": "creatinine clearance", "value": 85, "unit": "mL/min"}],
    "as_of": "2025-06-01",
}


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def _stats(times: list[float]) -> dict:
    return {"median_ms": statistics.median(times) * 1000,
            "p95_ms": _percentile(times, 0.95) * 1000, "runs": len(times)}


def queries(store_dir: str, reps: int, budget: float = 60.0) -> dict:
    from trialkg.backends import EmbeddedBackend
    from trialkg.queries import bind_parameters, list_queries

    backend = EmbeddedBackend(store_dir)
    out = {}
    for q in list_queries():
        bindings = bind_parameters(q, QUERY_PARAMS.get(q.name, {}))
        rows = len(backend.select(q.text, bindings).rows)  # warm-up
        times: list[float] = []
        while len(times) < reps:
            t = time.perf_counter()
            backend.select(q.text, bindings)
            times.append(time.perf_counter() - t)
            if len(times) >= 3 and sum(times) > budget:  # a slow query: fewer runs (shown)
                break
        out[q.name] = {**_stats(times), "rows": rows}
    backend.close()
    return {"queries": out}


def _to_rdflib(term):
    import pyoxigraph
    from rdflib import Literal, URIRef

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        # a simple literal: rdflib (RDF 1.0 term equality) would not match "x"^^xsd:string
        # to the data's "x", where Oxigraph (RDF 1.1) does
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def queries_rdflib(store_dir: str, reps: int, budget: float) -> dict:
    """The same queries over the same triples (all graphs merged) in rdflib's Graph."""
    import io

    import pyoxigraph
    from rdflib import Graph

    from trialkg.queries import bind_parameters, list_queries
    from trialkg.store import TrialStore

    t = time.perf_counter()
    with TrialStore.open(store_dir) as store:
        buf = io.BytesIO()
        pyoxigraph.serialize((q.triple for q in store.oxigraph.quads_for_pattern(
            None, None, None, None)), buf, pyoxigraph.RdfFormat.N_TRIPLES)
    graph = Graph()
    graph.parse(data=buf.getvalue(), format="nt")
    del buf
    load_s = time.perf_counter() - t
    out = {}
    for q in list_queries():
        bindings = {k: _to_rdflib(v)
                    for k, v in bind_parameters(q, QUERY_PARAMS.get(q.name, {})).items()}
        out[q.name] = _forked(lambda q=q, bindings=bindings: _rdflib_runs(
            graph, q.text, bindings, reps, budget), timeout=2 * budget)
    return {"queries": out, "triples": len(graph), "load_s": load_s}


def _rdflib_runs(graph, text: str, bindings: dict, reps: int, budget: float) -> dict:
    times: list[float] = []
    rows = None
    while len(times) < reps:
        t = time.perf_counter()
        result = list(graph.query(text, initBindings=bindings))
        times.append(time.perf_counter() - t)
        rows = len(result)
        if sum(times) > budget:  # a slow query: fewer runs, said in the output
            break
    return {**_stats(times), "rows": rows}


def _forked(fn, timeout: float) -> dict:
    """Run fn in a forked child (sharing the loaded graph); give up after timeout seconds."""
    import os
    import select
    import signal

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            data = json.dumps(fn()).encode()
        except Exception as exc:  # noqa: BLE001 - reported to the parent
            data = json.dumps({"error": repr(exc)}).encode()
        os.write(w, data)
        os._exit(0)
    os.close(w)
    chunks = []
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([r], [], [], max(left, 0))
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(r)
            return {"error": f"no answer within {timeout:.0f} s", "timeout_s": timeout}
        chunk = os.read(r, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks))


def classify(store_dir: str) -> dict:
    from trialkg.classify import classify_store
    from trialkg.ontology import merged_ontology_graph
    from trialkg.store import TrialStore

    onto = merged_ontology_graph()
    with TrialStore.open(store_dir) as store:
        trials = store.count_trials()
        t = time.perf_counter()
        rows = classify_store(store.oxigraph, ontology=onto)
        seconds = time.perf_counter() - t
        stored = _stored_memberships(store, onto)
    found = set(rows)
    return {"trials": trials, "memberships": len(rows), "seconds": seconds,
            "stored_at_load": len(stored), "equal_to_stored": found == stored,
            "only_whole_store": len(found - stored), "only_stored": len(stored - found)}


def _stored_memberships(store, onto) -> set[tuple[str, str, str]]:
    """The defined-class memberships the load wrote, batch by batch, into the trial graphs."""
    from trialkg.classify import defined_classes

    classes = " ".join(f"<{c}>" for c in defined_classes(onto))
    query = (f"SELECT ?g ?t ?c WHERE {{ VALUES ?c {{ {classes} }} "
             "GRAPH ?g { ?t a ?c } }")
    return {(r["g"].value, r["t"].value, r["c"].value) for r in store.oxigraph.query(query)}


def hermit(store_dir: str, sample: int, relevant_only: bool = False) -> dict:
    """HermiT (owlready2) on a sample of trials; memberships must equal the classifier's.

    With ``relevant_only`` HermiT gets only the triples whose predicate the class
    definitions name (as the load's per-batch classifier does): a weaker check (an
    inference through other properties' domains or ranges would be missed) that HermiT
    can run on 1,000 trials; the full check runs on fewer trials.
    """
    import pyoxigraph
    from rdflib import Dataset

    from trialkg.classify import classify_store, defined_classes
    from trialkg.ontology import classify_individuals, merged_ontology_graph
    from trialkg.store import TrialStore

    onto = merged_ontology_graph()
    with TrialStore.open(store_dir) as store:
        graphs = sorted(store.trial_graphs())[:sample]
        quads = [q for g in graphs for q in store.oxigraph.quads_for_pattern(
            None, None, None, pyoxigraph.NamedNode(g))]
        ontology_quads = store._ontology_quads()
    # drop the memberships the load stored: both sides must infer them, not read them back
    defined = {str(c) for c in defined_classes(onto)}
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    quads = [q for q in quads
             if not (q.predicate.value == rdf_type and q.object.value in defined)]
    if relevant_only:
        from trialkg.store import _classifier_predicates

        wanted = _classifier_predicates()
        quads = [q for q in quads if f"<{q.predicate.value}>" in wanted]
    # the classifier gets exactly HermiT's input: the sample's triples and the ontology
    scratch = pyoxigraph.Store()
    scratch.extend(ontology_quads)
    scratch.extend(quads)
    t = time.perf_counter()
    sparql_rows = classify_store(scratch, ontology=onto)
    sparql_s = time.perf_counter() - t
    data = Dataset()
    data.parse(data=pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS),
               format="nquads")
    t = time.perf_counter()
    by_hermit = classify_individuals(data, ontology=onto)
    hermit_s = time.perf_counter() - t
    by_sparql: dict[str, set[str]] = {}
    for _, trial, cls in sparql_rows:
        by_sparql.setdefault(trial, set()).add(cls)
    differences = []
    for trial in sorted(set(by_hermit) | set(by_sparql)):
        h, s = by_hermit.get(trial, set()), by_sparql.get(trial, set())
        if h != s:
            differences.append({"trial": trial, "hermit_only": sorted(h - s),
                                "sparql_only": sorted(s - h)})
    return {"sample": len(graphs), "relevant_only": relevant_only, "triples": len(quads),
            "hermit_s": hermit_s, "sparql_s": sparql_s,
            "memberships_hermit": sum(len(v) for v in by_hermit.values()),
            "memberships_sparql": len(sparql_rows), "equal": not differences,
            "differences": differences[:20], "n_differences": len(differences)}


def screen(store_dir: str, reps: int) -> dict:
    from trialkg.backends import EmbeddedBackend
    from trialkg.patient import parse_profile
    from trialkg.screening import screen as run_screen

    patient = parse_profile(PATIENT)
    backend = EmbeddedBackend(store_dir)
    times = []
    verdicts = []
    for _ in range(reps):
        t = time.perf_counter()
        verdicts = run_screen(patient, backend)
        times.append(time.perf_counter() - t)
    backend.close()
    counts: dict[str, int] = {}
    for v in verdicts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    return {**_stats(times), "trials": len(verdicts), "verdicts": counts}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["queries", "queries-rdflib", "classify", "hermit", "screen"])
    ap.add_argument("store")
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--relevant-only", action="store_true",
                    help="hermit: only the triples whose predicate the definitions name")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="stop repeating a query once it has taken this many seconds "
                         "(at least 3 runs for trialkg)")
    a = ap.parse_args(argv)
    if a.step == "queries":
        result = queries(a.store, a.reps, a.budget)
    elif a.step == "queries-rdflib":
        result = queries_rdflib(a.store, a.reps, a.budget)
    elif a.step == "classify":
        result = classify(a.store)
    elif a.step == "hermit":
        result = hermit(a.store, a.sample, a.relevant_only)
    else:
        result = screen(a.store, a.reps)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
