"""CPU time of SHACL validation of built trials, per 1,000 trials.

Builds the bundled example records (``trialkg/examples/ctgov-sample.jsonl``) into trial graphs
with the RDF builder, validates them against ``ontology/shapes.ttl`` with the merged ontology
(:func:`trialkg.validate.validate_graph`, pySHACL), and prints the CPU time per 1,000 trials.
In the same run it times a baseline, parsing the same N-Quads into an rdflib dataset, so the
ratio stays meaningful on a busy machine. The target is well under a minute of CPU per 1,000
trials.

Usage::

    python bench/bench_validate.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time
import warnings

from rdflib import Dataset, Graph

from trialkg.pipeline import iter_built
from trialkg.resources import examples_dir
from trialkg.validate import validate_graph


def _dataset(nquads: str) -> Dataset:
    ds = Dataset()
    with warnings.catch_warnings():  # rdflib's N-Quads parser uses a deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data=nquads, format="nquads")
    return ds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best is kept")
    args = ap.parse_args()
    built = [b for b in iter_built([examples_dir() / "ctgov-sample.jsonl"], workers=0)
             if hasattr(b, "nquads")]
    nquads = "".join(b.nquads for b in built)
    validate_graph(Graph())  # parse the shapes and the ontology once, outside the timing
    best_validate = best_parse = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        ds = _dataset(nquads)
        best_parse = min(best_parse, time.process_time() - started)
        started = time.process_time()
        result = validate_graph(ds)
        best_validate = min(best_validate, time.process_time() - started)
        if not result.conforms:
            print(result.report_text)
            return 1
    per_1000 = best_validate / len(built) * 1000
    print(f"trials: {len(built)} (conform)")
    print(f"baseline (parse their N-Quads):   {best_parse / len(built) * 1000:8.1f} s CPU "
          "per 1,000")
    print(f"SHACL validation:                 {per_1000:8.1f} s CPU per 1,000 trials")
    print(f"ratio validation / baseline:      {best_validate / best_parse:8.1f}")
    print(f"target: under 60 s per 1,000 trials: {'met' if per_1000 < 60 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
