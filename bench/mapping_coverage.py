"""How much of real registry data the mapping tables cover.

Reads 500 ClinicalTrials.gov records (API v2 JSON Lines) from the non-held-out files of the
shared data folder, maps their conditions and interventions as the RDF builder does, and
reports:

- the share of condition mentions mapped to a MONDO class (by name, else by the record's
  own MeSH descriptor for that name);
- the share for mentions whose name the curated disease table knows;
- the share of interventions given a category other than ``other``;
- the most frequent condition names left without a MONDO class.

Usage: ``python bench/mapping_coverage.py [DATA_DIR] [--records 500] [--top 25]``.
The three held-out files named in the data folder's README are never read.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

from trialkg import mapping
from trialkg.loaders import iter_raw_records, parse_record
from trialkg.mapping.tables import get_diseases

#: Files set aside as the held-out benchmark (see the data folder's README).
HELD_OUT = frozenset({
    "studies-koy570__herniated_disc.jsonl",
    "studies-vrinda2019__NSCLCBench.jsonl",
    "studies-scampbe3__my-website.jsonl",
})
#: Registry types of products that a category could describe.
DRUG_LIKE = frozenset({"DRUG", "BIOLOGICAL", "GENETIC", "COMBINATION_PRODUCT"})
PLACEBO = re.compile(r"placebo|sham|saline|sugar pill|no intervention", re.IGNORECASE)
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ctgov"


def iter_trials(folder: Path, records: int, seed: int = 0):
    """Yield ``records`` trials drawn (seeded) from the non-held-out files of ``folder``."""
    lines = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.name in HELD_OUT:
            continue
        lines.extend((path, n) for n in range(sum(1 for _ in path.open(encoding="utf-8"))))
    chosen = sorted(random.Random(seed).sample(lines, min(records, len(lines))))
    wanted: dict[Path, set[int]] = {}
    for path, n in chosen:
        wanted.setdefault(path, set()).add(n)
    for path, numbers in wanted.items():
        for n, raw in enumerate(iter_raw_records(path)):
            if n in numbers:
                yield parse_record(raw)


def condition_mondo(trial, label: str) -> tuple[str | None, bool]:
    """Return (MONDO CURIE or None, whether the curated table knows the name)."""
    match = mapping.map_condition(label)
    known = match is not None
    if match is not None and match.term_id and match.term_id.startswith("MONDO:"):
        return match.term_id, known
    for mesh in trial.condition_mesh:
        if not mesh.ancestor and mesh.term.strip().lower() == label.strip().lower():
            mondo = mapping.map_mesh(mesh.id)
            if mondo:
                return mondo, True
    return None, known


def main(argv: list[str] | None = None) -> int:
    """Print the coverage report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--records", type=int, default=500)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)

    mentions = mapped = known = known_mapped = 0
    interventions = categorised = drug_like = drug_like_categorised = 0
    unmapped: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    trials = 0
    for trial in iter_trials(args.data, args.records):
        trials += 1
        for cond in trial.conditions:
            mentions += 1
            mondo, in_table = condition_mondo(trial, cond.label)
            mapped += mondo is not None
            known += in_table
            known_mapped += in_table and mondo is not None
            if mondo is None:
                unmapped[cond.label.strip().lower()] += 1
        for item in trial.interventions:
            interventions += 1
            match = mapping.classify_intervention(
                item.name, registry_type=item.type, description=item.description,
                other_names=item.other_names)
            categories[match.category] += 1
            categorised += match.category != "other"
            if (item.type or "").upper() in DRUG_LIKE and not PLACEBO.search(item.name):
                drug_like += 1
                drug_like_categorised += match.category != "other"

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "n/a"

    rows = get_diseases().values()
    print(f"records read:                         {trials}")
    print(f"curated diseases:                     {len(rows)} rows, "
          f"{sum(1 for d in rows if d.id.startswith('MONDO:'))} with a MONDO id")
    print(f"condition mentions mapped to MONDO:   {pct(mapped, mentions)}")
    print(f"  names the curated table knows:      {pct(known, mentions)}")
    print(f"  of those, mapped to MONDO:          {pct(known_mapped, known)}")
    print(f"interventions with a category:        {pct(categorised, interventions)}")
    print(f"  drugs and biologicals (no placebo): {pct(drug_like_categorised, drug_like)}")
    print("  " + ", ".join(f"{k}: {v}" for k, v in categories.most_common()))
    print(f"top {args.top} condition names without a MONDO class:")
    for name, count in unmapped.most_common(args.top):
        print(f"  {count:4d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
