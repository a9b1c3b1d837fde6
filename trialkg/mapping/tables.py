"""The curated mapping tables of ``ontology/mappings/``, read once and kept.

Each table is a tab-separated file with a header line; lines starting with ``#`` are
comments, ``|`` separates the values of a list column. The tables are data that a
curator extends without touching code (``ontology/mappings/README.md`` describes them):

- ``diseases.tsv``: MONDO diseases with labels, synonyms, parents and cross-references;
- ``mesh_mondo.tsv``: further MeSH descriptors that name a disease of ``diseases.tsv``;
- ``antigens.tsv``: target antigens of cell therapies and antibodies;
- ``interventions.tsv``: rules and drug names that give an intervention its category;
- ``analytes.tsv``: lab analytes (maintained with the criteria parser; read here only).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

#: Key prefix of the rows of ``diseases.tsv`` that have no confirmed MONDO id.
UNMAPPED_PREFIX = "label:"

__all__ = ["UNMAPPED_PREFIX", "Disease", "Antigen", "InterventionRule", "read_table",
           "get_diseases", "get_antigens", "get_intervention_rules", "get_mesh_mondo",
           "split_list"]


def split_list(value: str) -> tuple[str, ...]:
    """Return the items of a ``|``-separated cell, stripped, without empty items."""
    return tuple(item.strip() for item in value.split("|") if item.strip())


def read_table(name: str) -> list[dict[str, str]]:
    """Read one mapping table.

    :param name: the file name under ``ontology/mappings/`` (``diseases.tsv``).
    :returns: one dict per data row, keyed by the header's column names; missing trailing
        cells are empty strings.
    :raises FileNotFoundError: the table does not exist.
    """
    from trialkg.resources import mappings_dir

    text = (mappings_dir() / name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    header = [h.strip() for h in rows[0]]
    # short rows are padded; cells past the header are ignored
    return [dict(zip(header, [c.strip() for c in row] + [""] * (len(header) - len(row)),
                     strict=False))
            for row in rows[1:]]


@dataclass(frozen=True, slots=True)
class Disease:
    """One row of ``diseases.tsv``."""

    id: str  #: MONDO CURIE, or empty when none was confirmed
    label: str
    parents: tuple[str, ...]  #: CURIEs of the table, or ``tkg:SolidNeoplasm``
    synonyms: tuple[str, ...]
    ncit: tuple[str, ...]  #: NCIt CURIEs (``NCIT:C3270``)
    mesh: tuple[str, ...]  #: MeSH descriptor ids (``D009447``)
    doid: tuple[str, ...]  #: DOID CURIEs
    definition: str
    source: str

    @property
    def xrefs(self) -> tuple[str, ...]:
        """Return the cross-references as CURIEs (NCIt, MeSH, DOID)."""
        return self.ncit + tuple(f"MESH:{m}" for m in self.mesh) + self.doid


@dataclass(frozen=True, slots=True)
class Antigen:
    """One row of ``antigens.tsv``."""

    key: str  #: the local name in ``tkg:Antigen_{key}``
    label: str
    synonyms: tuple[str, ...]
    ncit: str
    hgnc: str
    definition: str
    source: str


@dataclass(frozen=True, slots=True)
class InterventionRule:
    """One row of ``interventions.tsv``."""

    kind: str  #: ``name``, ``pattern``, ``stem``, ``source`` or ``exclude``
    pattern: str
    value: str  #: a category, or a cell source for ``source`` rows
    targets: tuple[str, ...]
    ncit: str  #: NCIt CURIE of a named product, where confirmed
    source: str


@cache
def get_diseases() -> dict[str, Disease]:
    """Return the diseases of ``diseases.tsv`` by MONDO CURIE, in file order.

    A row without a confirmed MONDO id is keyed ``{UNMAPPED_PREFIX}{label}`` and keeps an
    empty :attr:`Disease.id`.
    """
    out: dict[str, Disease] = {}
    for row in read_table("diseases.tsv"):
        key = row["id"] or f"{UNMAPPED_PREFIX}{row['label']}"
        out[key] = Disease(
            id=row["id"], label=row["label"], parents=split_list(row["parents"]),
            synonyms=split_list(row["synonyms"]), ncit=split_list(row["ncit"]),
            mesh=split_list(row["mesh"]), doid=split_list(row["doid"]),
            definition=row["definition"], source=row["source"])
    return out


@cache
def get_mesh_mondo() -> dict[str, str]:
    """Return MeSH descriptor id → MONDO CURIE, from ``diseases.tsv`` and ``mesh_mondo.tsv``."""
    out = {mesh: d.id for d in get_diseases().values() if d.id for mesh in d.mesh}
    for row in read_table("mesh_mondo.tsv"):
        out.setdefault(row["mesh"], row["mondo"])
    return out


@cache
def get_antigens() -> dict[str, Antigen]:
    """Return the antigens of ``antigens.tsv`` by key, in file order."""
    return {row["key"]: Antigen(key=row["key"], label=row["label"],
                                synonyms=split_list(row["synonyms"]), ncit=row["ncit"],
                                hgnc=row["hgnc"], definition=row["definition"],
                                source=row["source"])
            for row in read_table("antigens.tsv")}


@cache
def get_intervention_rules() -> tuple[InterventionRule, ...]:
    """Return the rows of ``interventions.tsv``, in file order (earlier rows win)."""
    return tuple(InterventionRule(kind=row["kind"], pattern=row["pattern"], value=row["value"],
                                  targets=split_list(row["targets"]), ncit=row["ncit"],
                                  source=row["source"])
                 for row in read_table("interventions.tsv"))
