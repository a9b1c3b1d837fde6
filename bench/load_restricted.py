"""trialkg's loader restricted to the fields of bench/rml/ctgov.rml.ttl (the morph-kgc peer).

Usage: python bench/load_restricted.py INPUT (--store DIR | --nquads OUT.nq)

It makes exactly the triples the RML mapping makes (same IRIs, same literals; checked
by ``bench/run.py``), with trialkg's own parts: the reader (``iter_raw_records``: format
sniffing, JSON array / JSON Lines splitting), the N-Quads term writers of
:mod:`trialkg.ntriples`, one named graph per trial as in trialkg, and the journaled
bulk load of :meth:`trialkg.store.TrialStore.replace_graphs` (no classification: the
defined classes need the NLP fields). Single process. Like the RML processor it skips a
missing or empty value and drops duplicate triples.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time

import orjson

from trialkg.loaders import iter_raw_records
from trialkg.ntriples import iri_segment, lit
from trialkg.rdf import graph_iri

TKG = "https://w3id.org/trialkg/ontology#"
DATA = "https://w3id.org/trialkg/data/"
CODE = "https://w3id.org/trialkg/code/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
BATCH_TRIALS = 2000
_NA = ("", "nan")  # what the RML processor reads as missing (pandas NA values)


def _ok(value) -> bool:
    return isinstance(value, str) and value not in _NA


def build(study: dict) -> tuple[str, str, int]:
    """Return (graph IRI, N-Quads, quads) of the mappable fields of one study."""
    p = study.get("protocolSection") or {}
    ident = p.get("identificationModule") or {}
    nct = ident.get("nctId")
    if not _ok(nct):
        return "", "", 0
    g = graph_iri(nct)
    tail = f" <{g}> .\n"
    seg = iri_segment(nct)
    t = f"<{DATA}{seg}>"
    out: dict[str, None] = {}  # ordered set of lines

    def text(s: str, pred: str, value) -> None:
        if _ok(value):
            out[f"{s} <{TKG}{pred}> {lit(value)}{tail}"] = None

    def code(pred: str, kind: str, value) -> None:
        if _ok(value):
            out[f"{t} <{TKG}{pred}> <{CODE}{kind}/{iri_segment(value)}>{tail}"] = None

    out[f"{t} {RDF_TYPE} <{TKG}ClinicalStudy>{tail}"] = None
    text(t, "nctId", nct)
    text(t, "title", ident.get("briefTitle"))
    text(t, "officialTitle", ident.get("officialTitle"))
    text(t, "acronym", ident.get("acronym"))
    text(t, "orgStudyId", (ident.get("orgStudyIdInfo") or {}).get("id"))
    code("hasOverallStatus", "status", (p.get("statusModule") or {}).get("overallStatus"))
    design = p.get("designModule") or {}
    code("hasStudyType", "study-type", design.get("studyType"))
    for phase in design.get("phases") or ():
        code("hasPhase", "phase", phase)
    cond = p.get("conditionsModule") or {}
    for label in cond.get("conditions") or ():
        if _ok(label):
            c = f"<{DATA}{seg}/condition/{iri_segment(label)}>"
            out[f"{t} <{TKG}studiesCondition> {c}{tail}"] = None
            out[f"{c} {RDF_TYPE} <{TKG}Condition>{tail}"] = None
            out[f"{c} {LABEL} {lit(label)}{tail}"] = None
    for kw in cond.get("keywords") or ():
        text(t, "keyword", kw)
    for item in (p.get("armsInterventionsModule") or {}).get("interventions") or ():
        name = item.get("name")
        if _ok(name):
            i = f"<{DATA}{seg}/intervention/{iri_segment(name)}>"
            out[f"{t} <{TKG}hasIntervention> {i}{tail}"] = None
            out[f"{i} {RDF_TYPE} <{TKG}Intervention>{tail}"] = None
            out[f"{i} {LABEL} {lit(name)}{tail}"] = None
            text(i, "registryInterventionType", item.get("type"))
    elig = p.get("eligibilityModule") or {}
    text(t, "minimumAgeText", elig.get("minimumAge"))
    text(t, "maximumAgeText", elig.get("maximumAge"))
    code("eligibleSex", "sex", elig.get("sex"))
    for group in elig.get("stdAges") or ():
        text(t, "stdAge", group)
    return g, "".join(out), len(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--store")
    ap.add_argument("--nquads")
    args = ap.parse_args()
    started = time.perf_counter()
    studies = quads = 0
    store = sink = None
    if args.store:
        from trialkg.store import TrialStore

        shutil.rmtree(args.store, ignore_errors=True)
        store = TrialStore.open(args.store, write=True)
    else:
        sink = open(args.nquads, "w", encoding="utf-8")  # noqa: SIM115
    graphs: dict[str, str] = {}

    def flush() -> None:
        if store is not None:
            store.replace_graphs(list(graphs), "".join(graphs.values()).encode("utf-8"))
        else:
            sink.write("".join(graphs.values()))
        graphs.clear()

    for raw in iter_raw_records(args.input):
        g, text, n = build(orjson.loads(raw.data))
        if g:
            graphs[g] = text  # a later record of the same trial replaces it, as in trialkg
            studies += 1
            quads += n
            if len(graphs) >= BATCH_TRIALS:
                flush()
    flush()
    if store is not None:
        store.close()
    else:
        sink.close()
    print(json.dumps({"studies": studies, "triples": quads,
                      "wall_s": time.perf_counter() - started}))


if __name__ == "__main__":
    main()
