"""Flatten a JSON Lines corpus into the JSON array of flat study objects that
bench/rml/ctgov.rml.ttl maps (the input morph-kgc can iterate over; see that file).

Usage: python bench/flatten_for_rml.py CORPUS.jsonl OUT.json

Only the mapped fields are kept, unchanged. Prints one JSON line with the wall time;
bench/run.py adds it to morph-kgc's time.
"""

from __future__ import annotations

import json
import sys
import time

import orjson


def flatten(study: dict) -> dict:
    p = study.get("protocolSection") or {}
    ident = p.get("identificationModule") or {}
    design = p.get("designModule") or {}
    cond = p.get("conditionsModule") or {}
    elig = p.get("eligibilityModule") or {}
    flat = {
        "nctId": ident.get("nctId"),
        "briefTitle": ident.get("briefTitle"),
        "officialTitle": ident.get("officialTitle"),
        "acronym": ident.get("acronym"),
        "orgStudyId": (ident.get("orgStudyIdInfo") or {}).get("id"),
        "overallStatus": (p.get("statusModule") or {}).get("overallStatus"),
        "studyType": design.get("studyType"),
        "phases": design.get("phases"),
        "conditions": cond.get("conditions"),
        "keywords": cond.get("keywords"),
        "interventions": [{"name": i.get("name"), "type": i.get("type")}
                          for i in (p.get("armsInterventionsModule") or {})
                          .get("interventions") or ()],
        "minimumAge": elig.get("minimumAge"),
        "maximumAge": elig.get("maximumAge"),
        "sex": elig.get("sex"),
        "stdAges": elig.get("stdAges"),
    }
    return {k: v for k, v in flat.items() if v not in (None, [])}


def main() -> None:
    started = time.perf_counter()
    src, out = sys.argv[1], sys.argv[2]
    with open(src, "rb") as fh, open(out, "wb") as sink:
        sink.write(b"[")
        first = True
        for line in fh:
            if line.strip():
                sink.write((b"" if first else b",\n") + orjson.dumps(flatten(orjson.loads(line))))
                first = False
        sink.write(b"]\n")
    print(json.dumps({"wall_s": time.perf_counter() - started}))


if __name__ == "__main__":
    main()
