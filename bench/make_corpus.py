"""Generate a benchmark corpus of N realistic CT.gov API v2 study records (JSON Lines).

Usage::

    python bench/make_corpus.py N OUT.jsonl [--seed 20250101]

Every study is recombined from the real records in ``shared/data/ctgov`` (all 1,438,
held-out files included: they are corpus material here, nothing is tuned on them):

* a *base* record gives identification (titles, sponsor, organisation), status, design,
  description and oversight;
* a *condition donor* gives the conditions module and the matching MeSH condition browse
  module (real condition mixes stay together);
* an *intervention donor* gives arms, interventions and the MeSH intervention browse
  module (arms keep their interventions);
* an *outcome donor*, a *site donor* (contacts and locations) and an *eligibility donor*
  (ages, sex, healthy volunteers, criteria);
* the criteria text is the eligibility donor's own in half the studies and one of the
  6,400 real texts of ``shared/data/criteria/*.csv`` in the other half.

Each study gets a fresh, unique NCT id (``NCT9…``: no real id starts with 9) and a
matching org study id. ``resultsSection``, ``documentSection`` and ``annotationSection``
are dropped (the loader reads only ``hasResults``). The output is streamed one line at a
time, so memory is flat in N; the same N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import glob
import os
import random
import sys
from pathlib import Path

import orjson

#: Bump when the recipe changes, so cached corpora are regenerated.
CORPUS_VERSION = 1
#: The default seed.
SEED = 20250101
DATA = Path(os.environ.get("TRIALKG_BENCH_DATA", Path(__file__).resolve().parents[2]
                           / "shared" / "data"))
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
_BASE_START = 90_000_000  #: NCT9xxxxxxx


def _read_records(data: Path) -> list[dict]:
    records = []
    for path in sorted(glob.glob(str(data / "ctgov" / "*.jsonl"))):
        with open(path, "rb") as fh:
            for line in fh:
                if line.strip():
                    rec = orjson.loads(line)
                    for key in ("resultsSection", "documentSection", "annotationSection"):
                        rec.pop(key, None)
                    records.append(rec)
    records.sort(key=lambda r: r["protocolSection"]["identificationModule"]["nctId"])
    return records


def _read_criteria(data: Path) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    texts = []
    for path in sorted(glob.glob(str(data / "criteria" / "*.csv"))):
        with open(path, newline="", encoding="utf-8") as fh:
            texts.extend(row["criteria"] for row in csv.DictReader(fh)
                         if (row.get("criteria") or "").strip())
    return texts


def iter_studies(n: int, *, seed: int = SEED, data: Path = DATA):
    """Yield n recombined study objects (dicts), deterministically."""
    records = _read_records(data)
    criteria = _read_criteria(data)
    rng = random.Random(seed)
    with_arms = [r for r in records if "armsInterventionsModule" in r["protocolSection"]]
    with_sites = [r for r in records if "contactsLocationsModule" in r["protocolSection"]]
    with_outcomes = [r for r in records if "outcomesModule" in r["protocolSection"]]
    pick = rng.choice
    for i in range(n):
        base = pick(records)
        cond = pick(records)
        arms = pick(with_arms)
        outs = pick(with_outcomes)
        sites = pick(with_sites)
        elig = pick(records)
        use_csv = rng.random() < 0.5
        text = pick(criteria) if use_csv else None

        bp = base["protocolSection"]
        nct = f"NCT{_BASE_START + i:08d}"
        ident = dict(bp["identificationModule"])
        ident["nctId"] = nct
        org = dict(ident.get("orgStudyIdInfo") or {})
        org["id"] = f"{org.get('id') or 'STUDY'}-{i}"
        ident["orgStudyIdInfo"] = org
        protocol = {k: v for k, v in bp.items()
                    if k not in ("conditionsModule", "armsInterventionsModule", "outcomesModule",
                                 "contactsLocationsModule", "eligibilityModule")}
        protocol["identificationModule"] = ident
        protocol["conditionsModule"] = cond["protocolSection"]["conditionsModule"]
        protocol["armsInterventionsModule"] = arms["protocolSection"]["armsInterventionsModule"]
        protocol["outcomesModule"] = outs["protocolSection"]["outcomesModule"]
        protocol["contactsLocationsModule"] = sites["protocolSection"]["contactsLocationsModule"]
        em = dict(elig["protocolSection"]["eligibilityModule"])
        if text is not None:
            em["eligibilityCriteria"] = text
        protocol["eligibilityModule"] = em
        derived = dict(base.get("derivedSection") or {})
        derived.pop("conditionBrowseModule", None)
        derived.pop("interventionBrowseModule", None)
        if "conditionBrowseModule" in cond.get("derivedSection", {}):
            derived["conditionBrowseModule"] = cond["derivedSection"]["conditionBrowseModule"]
        if "interventionBrowseModule" in arms.get("derivedSection", {}):
            derived["interventionBrowseModule"] = arms["derivedSection"]["interventionBrowseModule"]
        yield {"protocolSection": protocol, "derivedSection": derived,
               "hasResults": bool(base.get("hasResults"))}


def corpus_path(n: int, seed: int = SEED) -> Path:
    """Return the cache path of a corpus."""
    return CORPUS_DIR / f"corpus-{n}-s{seed}-v{CORPUS_VERSION}.jsonl"


def write_corpus(n: int, out: Path, *, seed: int = SEED, data: Path = DATA) -> Path:
    """Write n studies to out (atomically); return out."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with open(tmp, "wb") as fh:
        for study in iter_studies(n, seed=seed, data=data):
            fh.write(orjson.dumps(study))
            fh.write(b"\n")
    os.replace(tmp, out)
    return out


def ensure_corpus(n: int, *, seed: int = SEED) -> Path:
    """Return the cached corpus of n studies, generating it when missing."""
    path = corpus_path(n, seed)
    if not path.exists():
        write_corpus(n, path, seed=seed)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    write_corpus(args.n, args.out, seed=args.seed)
    print(f"wrote {args.n} studies to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
