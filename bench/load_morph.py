"""Baseline (b): morph-kgc materializes bench/rml/ctgov.rml.ttl over a JSON array of studies.

Usage (with morph-kgc's own interpreter, see bench/README.md):
    python bench/load_morph.py INPUT.json OUT.nt [--processes N]

morph-kgc needs pyoxigraph < 0.4, rdflib < 7.3 and pandas < 3, which conflict with
trialkg's own pins, so it lives in its own virtual environment (``bench/out/morph-venv``,
made by ``bench/run.py``). Prints one JSON line: triples written and wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAPPING = Path(__file__).resolve().parent / "rml" / "ctgov.rml.ttl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("out")
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        mapping = Path(tmp) / "mapping.ttl"
        mapping.write_text(MAPPING.read_text().replace(
            '"INPUT"', json.dumps(str(Path(args.input).resolve()))))
        if os.path.exists(args.out):
            os.remove(args.out)
        config = (f"[CONFIGURATION]\noutput_file={args.out}\noutput_format=N-TRIPLES\n"
                  f"safe_percent_encoding=~\nnumber_of_processes={args.processes}\n"
                  f"logging_level=ERROR\n\n[Studies]\nmappings={mapping}\n")
        cfg = Path(tmp) / "config.ini"
        cfg.write_text(config)
        subprocess.run([sys.executable, "-m", "morph_kgc", str(cfg)], check=True)
    triples = 0
    with open(args.out, "rb") as fh:
        for _ in fh:
            triples += 1
    print(json.dumps({"triples": triples, "wall_s": time.perf_counter() - started}))


if __name__ == "__main__":
    main()
