"""Test corpora made from the real records of ``tests/data``.

:func:`write_corpus` recombines the 100 real API v2 records of
``tests/data/ctgov/sample-100.jsonl`` into any number of studies: study ``i`` takes its
protocol from one real record and its eligibility, conditions and arms/interventions
modules from others (a seeded choice), and gets a fresh NCT id (``NCT9xxxxxxx``, a
range ClinicalTrials.gov has not issued), so every study is distinct and realistic.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "ctgov" / "sample-100.jsonl"
#: Modules swapped between real records when recombining.
SWAPPED = ("eligibilityModule", "conditionsModule", "armsInterventionsModule")


def sample_records() -> list[dict]:
    """Return the 100 real records, decoded."""
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def fresh_nct(i: int) -> str:
    """Return the i-th invented NCT id (``NCT90000000`` + i)."""
    return f"NCT{90_000_000 + i:08d}"


def recombined(n: int, *, seed: int = 20240601) -> list[dict]:
    """Return ``n`` distinct studies recombined from the real sample (deterministic)."""
    rng = random.Random(seed)
    base = sample_records()
    out = []
    for i in range(n):
        study = copy.deepcopy(base[i % len(base)])
        protocol = study["protocolSection"]
        for module in SWAPPED:
            donor = rng.choice(base)["protocolSection"]
            if module in donor:
                protocol[module] = copy.deepcopy(donor[module])
            else:
                protocol.pop(module, None)
        protocol["identificationModule"]["nctId"] = fresh_nct(i)
        study.pop("resultsSection", None)  # large and not read by the loader
        out.append(study)
    return out


def write_corpus(path: Path, n: int, *, seed: int = 20240601) -> Path:
    """Write ``n`` recombined studies as JSON Lines; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for study in recombined(n, seed=seed):
            fh.write(json.dumps(study, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path
