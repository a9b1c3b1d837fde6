"""Hand-checked precision of the criteria parser on real criteria it was not tuned on.

Two steps, so that the review is a file in the repository anyone can audit or redo:

``sample``
    Draw blocks at random (fixed seed) from the bulk criteria CSVs, parse them, and write
    ``facts.tsv``: one row per fact read (its criterion, the set of alternative criteria the
    criterion belongs to if any, type, fields, evidence) and one row per criterion nothing
    was read from, each with empty ``verdict`` and ``note`` columns for the reviewer.
``score``
    Read a reviewed ``facts.tsv`` and print precision (facts marked ``ok`` of facts
    reviewed) overall and per fact type, and how many criteria nothing was read from hide
    a fact (rows marked ``missed``). With ``--current`` it parses the sampled blocks again
    with the code as it is now and says which reviewed facts it no longer produces and
    which facts are new (not reviewed), so fixes made after a review are visible.

Verdicts: ``ok`` (type and every field right, evidence covers the words), ``wrong``
(anything wrong, the note says what) for fact rows; ``none`` (nothing to read) or
``missed`` (a fact was there) for rows of criteria nothing was read from.

Usage::

    python bench/handcheck.py sample --seed 20261205 --blocks 30 --out bench/handcheck/2026-12-05
    python bench/handcheck.py sample --seed 1 --fresh bench/handcheck --out bench/handcheck/new
    python bench/handcheck.py score bench/handcheck/2026-12-05/facts.tsv [--current]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import random
import sys
from collections import Counter
from pathlib import Path

from bench_criteria import DEFAULT_DIR, load_rows

from trialkg.criteria import parse_eligibility

COLUMNS = ["row", "nct_id", "kind", "criterion_start", "criterion", "criterion_set", "type",
           "fields", "evidence", "verdict", "note"]


def read_blocks(folder: Path) -> list[tuple[str, str]]:
    """``(nct_id, criteria text)`` of every row of the bulk CSVs, in file order."""
    return load_rows(sorted(folder.glob("*.csv")))


def fact_rows(nct_id: str, text: str) -> list[dict[str, str]]:
    """The review rows of one block: a row per fact, a row per criterion without facts."""
    rows = []
    for c in parse_eligibility(text).walk():
        base = {"nct_id": nct_id, "kind": c.kind, "criterion_start": str(c.start),
                "criterion": " ".join(c.text.split()),
                # sibling criteria of which one must hold share a number ("Meets 1 of the
                # following:" and its items)
                "criterion_set": "" if c.any_of is None else str(c.any_of)}
        if not c.facts:
            rows.append({**base, "type": "-", "fields": "", "evidence": ""})
        for f in c.facts:
            fields = {k: v for k, v in dataclasses.asdict(f).items() if k not in ("start", "end")}
            rows.append({**base, "type": f.type_name,
                         "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True),
                         "evidence": " ".join(c.text[f.start:f.end].split())})
    return rows


def _key(row: dict[str, str]) -> tuple[str, str, str, str, str]:
    # a field added to a fact type after a review, left empty, is not a change
    fields = json.dumps({k: v for k, v in json.loads(row["fields"]).items() if v is not None},
                        sort_keys=True, ensure_ascii=False) if row["fields"] else ""
    return row["nct_id"], row["criterion_start"], row["type"], fields, row["evidence"]


def sample(args: argparse.Namespace) -> None:
    blocks = read_blocks(args.criteria)
    pool = list(range(len(blocks)))
    if args.fresh is not None:  # leave out the trials of earlier reviews
        seen = set()
        for sheet in sorted(args.fresh.glob("*/facts.tsv")):
            with sheet.open(encoding="utf-8", newline="") as fh:
                seen.update(row["nct_id"] for row in csv.DictReader(fh, delimiter="\t"))
        pool = [i for i in pool if blocks[i][0] not in seen]
    picked = random.Random(args.seed).sample(pool, args.blocks)
    rows = []
    for i in sorted(picked):
        rows.extend(fact_rows(*blocks[i]))
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "facts.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for n, row in enumerate(rows, 1):
            w.writerow({**row, "row": str(n), "verdict": "", "note": ""})
    facts = sum(r["type"] != "-" for r in rows)
    print(f"{args.blocks} blocks (seed {args.seed}) of {len(blocks)}: {facts} facts, "
          f"{len(rows) - facts} criteria without facts -> {args.out / 'facts.tsv'}")


def score(args: argparse.Namespace) -> None:
    with args.facts.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    facts = [r for r in rows if r["type"] != "-"]
    empty = [r for r in rows if r["type"] == "-"]
    unreviewed = [r for r in rows if not r["verdict"]]
    bad = [r for r in rows if r["verdict"] not in ("", "ok", "wrong", "none", "missed")]
    if bad:
        sys.exit(f"{args.facts}: row {bad[0]['row']}: unknown verdict {bad[0]['verdict']!r}")
    per_type: dict[str, Counter[str]] = {}
    for r in facts:
        per_type.setdefault(r["type"], Counter())[r["verdict"] or "unreviewed"] += 1
    ok = sum(c["ok"] for c in per_type.values())
    judged = ok + sum(c["wrong"] for c in per_type.values())
    print(f"{len({r['nct_id'] for r in rows})} blocks, {len(facts)} facts, "
          f"{len(unreviewed)} rows unreviewed")
    print(f"{'type':32s} {'facts':>6s} {'ok':>5s} {'wrong':>6s} {'precision':>10s}")
    for name, c in sorted(per_type.items()):
        n = c["ok"] + c["wrong"]
        prec = f"{c['ok'] / n:.1%}" if n else "-"
        print(f"{name:32s} {sum(c.values()):6d} {c['ok']:5d} {c['wrong']:6d} {prec:>10s}")
    if judged:
        print(f"{'all facts':32s} {len(facts):6d} {ok:5d} {judged - ok:6d} {ok / judged:10.1%}")
    missed = sum(r["verdict"] == "missed" for r in empty)
    print(f"criteria without facts: {len(empty)}, of which hiding a fact: {missed}")
    if args.current:
        blocks = dict(read_blocks(args.criteria))
        now = [row for nct in dict.fromkeys(r["nct_id"] for r in rows)
               for row in fact_rows(nct, blocks[nct])]
        before = {_key(r): r for r in rows}
        after = {_key(r) for r in now}
        gone = [r for k, r in before.items() if k not in after]
        new = [r for r in now if _key(r) not in before]
        print(f"\nwith the code as it is now: {len(gone)} reviewed row(s) no longer produced, "
              f"{len(new)} new row(s)")
        for r in gone:
            print(f"  - row {r['row']} [{r['verdict'] or '?'}] {r['type']} {r['fields']} "
                  f"<- {r['evidence']!r}")
        for r in new:
            print(f"  + {r['nct_id']} {r['type']} {r['fields']} <- {r['evidence']!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--criteria", type=Path, default=DEFAULT_DIR,
                        help="folder of the bulk criteria CSVs (columns nct_id,criteria)")
    sub = parser.add_subparsers(required=True)
    p = sub.add_parser("sample", help="draw blocks and write the review sheet")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--blocks", type=int, default=30)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--fresh", type=Path, metavar="DIR",
                   help="draw only blocks of trials no review sheet under DIR (*/facts.tsv) "
                        "holds (the draw then differs from one without this option)")
    p.set_defaults(func=sample)
    p = sub.add_parser("score", help="precision from a reviewed sheet")
    p.add_argument("facts", type=Path)
    p.add_argument("--current", action="store_true",
                   help="also compare with what the code produces now")
    p.set_defaults(func=score)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
