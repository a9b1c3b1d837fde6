"""Coverage of real registry records by the curated disease table.

The 1,000 real API v2 records of ``tests/data/ctgov/real-1000.zip`` (see tests/data/README.md)
name their conditions in free words. For each mention the curated table knows (by name,
or by the MeSH descriptor the registry computed for that name), the mapping must reach a
MONDO class — the way the RDF builder maps it: the name first, else the record's own MeSH
descriptor for that name. Names the table knows but cannot give a MONDO id (no id could be
confirmed; pregnancy and the like are states, not diseases) count against the share.
"""

from trialkg import mapping
from trialkg.loaders import iter_raw_records, parse_record


def _mention(trial, label: str) -> tuple[bool, bool]:
    """Return (whether the curated table knows the name, whether it maps to MONDO)."""
    match = mapping.map_condition(label)
    if match is not None and (match.term_id or "").startswith("MONDO:"):
        return True, True
    for mesh in trial.condition_mesh:
        if (not mesh.ancestor and mesh.term.strip().lower() == label.strip().lower()
                and mapping.map_mesh(mesh.id)):
            return True, True
    return match is not None, False


def test_curated_names_of_real_records_map_to_mondo(data_dir):
    known = mapped = mentions = 0
    for raw in iter_raw_records(data_dir / "ctgov" / "real-1000.zip"):
        trial = parse_record(raw)
        for cond in trial.conditions:
            mentions += 1
            in_table, to_mondo = _mention(trial, cond.label)
            known += in_table
            mapped += to_mondo
    assert mentions > 1_500
    assert known / mentions > 0.5, (known, mentions)
    assert mapped / known >= 0.90, f"{mapped}/{known} curated mentions reach MONDO"
