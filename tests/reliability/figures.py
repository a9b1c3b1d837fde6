"""Figures of a reliability run, for RELIABILITY.md.

Each test calls :func:`record` with what it did and measured. The figures are printed
(``pytest -s`` shows them) and, when ``TRIALKG_RELIABILITY_REPORT`` names a file,
appended to it as JSON Lines.
"""

from __future__ import annotations

import json
import os
import platform
import time


def record(test: str, **figures) -> None:
    entry = {"test": test, "when": time.strftime("%Y-%m-%d %H:%M:%S"),
             "machine": f"{platform.machine()}, {os.cpu_count()} cores", **figures}
    line = json.dumps(entry, default=str)
    print(f"\n[reliability] {line}")
    path = os.environ.get("TRIALKG_RELIABILITY_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
