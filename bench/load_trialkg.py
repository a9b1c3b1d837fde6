"""Load a corpus into a fresh trialkg store, end to end; print one JSON line of figures.

Usage: python bench/load_trialkg.py CORPUS STORE_DIR --workers N [--one-core] [--profile OUT.txt]

This is exactly what ``trialkg load CORPUS --store STORE_DIR --workers N`` does
(read, parse, criteria, mapping, N-Quads, journaled Oxigraph bulk load, SPARQL
classification of each batch), timed from opening the store to closing it.
``--one-core`` pins the process (its writer thread and Oxigraph's threads included) to one
CPU, for the one-core figure.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("store")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--one-core", action="store_true", help="run on one CPU only")
    ap.add_argument("--profile", help="write a pyinstrument profile (text) here")
    args = ap.parse_args()
    if args.one_core:
        import os

        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    shutil.rmtree(args.store, ignore_errors=True)
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    started = time.perf_counter()
    with TrialStore.open(args.store, write=True) as store:
        report = load_paths([args.corpus], store, workers=args.workers)
    seconds = time.perf_counter() - started
    if profiler is not None:
        profiler.stop()
        with open(args.profile, "w") as fh:
            fh.write(profiler.output_text(color=False, unicode=True, show_all=False))
    print(json.dumps({"studies": report.loaded, "rejected": len(report.rejected),
                      "triples": report.triples, "wall_s": seconds,
                      "compact_s": report.compact_seconds,
                      "classify_s": report.classify_seconds}))


if __name__ == "__main__":
    main()
