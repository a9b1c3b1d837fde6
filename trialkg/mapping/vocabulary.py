"""Generate the vocabulary module ``ontology/trialkg-vocabulary.ttl`` from the mapping tables.

The core ontology imports this module. It holds the diseases of ``diseases.tsv`` as OWL
classes (MONDO IRIs, labels, definitions, synonyms, the CURIE as ``skos:notation``,
Bioregistry-standard IRIs of their cross-references, the curated hierarchy), the antigens
of ``antigens.tsv`` as individuals of ``tkg:TargetAntigen`` and the analytes of
``analytes.tsv`` as individuals of ``tkg:LabAnalyte``. The output is written as text in a
fixed order, so the same tables always give the same bytes.

Run ``python -m trialkg.mapping.vocabulary`` after editing a table (``--check`` only
compares and exits 1 when the file is out of date).
"""

from __future__ import annotations

import sys
from pathlib import Path

from trialkg.mapping.tables import get_antigens, get_diseases, read_table

__all__ = ["VERSION", "render_vocabulary", "write_vocabulary", "vocabulary_path", "main"]

#: Version of the vocabulary module (``owl:versionIRI``).
VERSION = "0.1.0"
_IRI = "https://w3id.org/trialkg/ontology/vocabulary"
_OBO = "http://purl.obolibrary.org/obo/"
_MESH = "http://id.nlm.nih.gov/mesh/"
_HGNC = "https://identifiers.org/hgnc:"
_LOINC = "https://loinc.org/"
_PREFIXES = """\
@prefix tkg:     <https://w3id.org/trialkg/ontology#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix obo:     <http://purl.obolibrary.org/obo/> .
"""


#: Core terms this module uses, declared again so that the module is OWL 2 DL on its own
#: (the core declares them too: repeating a declaration changes nothing).
_DECLARATIONS = """\
# Core terms used here (declared in trialkg.ttl; repeated so this module is OWL 2 DL alone)
obo:IAO_0000115 a owl:AnnotationProperty .
skos:altLabel a owl:AnnotationProperty .
skos:closeMatch a owl:AnnotationProperty .
skos:exactMatch a owl:AnnotationProperty .
skos:notation a owl:AnnotationProperty .
skos:prefLabel a owl:AnnotationProperty .
dcterms:description a owl:AnnotationProperty .
dcterms:source a owl:AnnotationProperty .
tkg:canonicalUnit a owl:AnnotationProperty .
tkg:loincCode a owl:AnnotationProperty .
tkg:Condition a owl:Class .
tkg:LabAnalyte a owl:Class .
tkg:SolidNeoplasm a owl:Class .
tkg:TargetAntigen a owl:Class .
"""


def vocabulary_path() -> Path:
    """Return the path of the vocabulary module in the ontology folder."""
    from trialkg.resources import ontology_dir

    return ontology_dir() / "trialkg-vocabulary.ttl"


def _lit(text: str, lang: str | None = "en") -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def _curie_iri(curie: str) -> str:
    """Return the Bioregistry-standard IRI of a CURIE of the tables."""
    prefix, _, local = curie.partition(":")
    if prefix == "tkg":
        return curie
    if prefix in {"MONDO", "NCIT", "DOID"}:
        return f"<{_OBO}{prefix}_{local}>"
    if prefix == "MESH":
        return f"<{_MESH}{local}>"
    raise ValueError(f"{curie}: no IRI pattern for this prefix")


def _block(subject: str, pairs: list[tuple[str, list[str]]]) -> str:
    lines = [(p, objs) for p, objs in pairs if objs]
    out = [subject]
    for n, (prop, objs) in enumerate(lines):
        end = " ." if n == len(lines) - 1 else " ;"
        out.append(f"    {prop} {' , '.join(objs)}{end}")
    return "\n".join(out) + "\n"


def _diseases() -> list[str]:
    blocks = []
    for d in get_diseases().values():
        synonyms = [_lit(s) for s in sorted(set(d.synonyms), key=str.lower)]
        if not d.id:
            continue  # no confirmed MONDO id: no class to describe
        if not d.id.startswith("MONDO:"):
            # a core class (tkg:SolidNeoplasm): the core defines it, this module adds its names
            blocks.append(_block(_curie_iri(d.id), [("skos:altLabel", synonyms)]))
            continue
        parents = [_curie_iri(p) for p in d.parents] or ["tkg:Condition"]
        blocks.append(_block(_curie_iri(d.id), [
            ("a", ["owl:Class"]),
            ("rdfs:label", [_lit(d.label)]),
            ("obo:IAO_0000115", [_lit(d.definition)] if d.definition else []),
            ("skos:notation", [_lit(d.id, None)]),
            ("skos:altLabel", synonyms),
            ("skos:exactMatch", [_curie_iri(x) for x in d.xrefs]),
            ("rdfs:subClassOf", parents),
            ("dcterms:source", [_lit(d.source, None)] if d.source else []),
        ]))
    return blocks


def _antigens() -> list[str]:
    blocks = []
    for a in get_antigens().values():
        synonyms = [_lit(s) for s in sorted(set(a.synonyms), key=str.lower)]
        blocks.append(_block(f"tkg:Antigen_{a.key}", [
            ("a", ["owl:NamedIndividual", "tkg:TargetAntigen"]),
            ("rdfs:label", [_lit(a.key)]),
            ("obo:IAO_0000115", [_lit(a.definition)] if a.definition else []),
            ("skos:notation", [_lit(a.key, None)]),
            ("skos:prefLabel", [_lit(a.label)] if a.label != a.key else []),
            ("skos:altLabel", synonyms),
            ("skos:exactMatch", [_curie_iri(a.ncit)] if a.ncit else []),
            ("skos:closeMatch", [f"<{_HGNC}{a.hgnc.split(':')[-1]}>"] if a.hgnc else []),
            ("dcterms:source", [_lit(a.source, None)] if a.source else []),
        ]))
    return blocks


def _analytes() -> list[str]:
    blocks = []
    for row in read_table("analytes.tsv"):
        code, unit = row["loinc"], row["canonical_unit"]
        definition = (f"The measurement {row['name']}, LOINC {code}; thresholds on it are "
                      f"compared in {unit}.") if unit else f"The measurement {row['name']}."
        blocks.append(_block(f"tkg:Analyte_{row['key']}", [
            ("a", ["owl:NamedIndividual", "tkg:LabAnalyte"]),
            ("rdfs:label", [_lit(row["name"])]),
            ("obo:IAO_0000115", [_lit(definition)]),
            ("skos:notation", [_lit(row["key"], None)]),
            ("tkg:loincCode", [_lit(code, None)] if code else []),
            ("skos:exactMatch", [f"<{_LOINC}{code}>"] if code else []),
            ("tkg:canonicalUnit", [_lit(unit, None)] if unit else []),
            ("dcterms:source", [_lit(row["source"], None)] if row.get("source") else []),
        ]))
    return blocks


def render_vocabulary() -> str:
    """Return the Turtle text of the vocabulary module.

    :returns: the module, deterministic for given tables.
    :raises ValueError: a table holds a cross-reference of an unknown prefix.
    """
    header = _block(f"<{_IRI}>", [
        ("a", ["owl:Ontology"]),
        ("owl:versionIRI", [f"<{_IRI}/{VERSION}>"]),
        ("rdfs:label", [_lit("trialkg vocabulary module")]),
        ("dcterms:description", [_lit(
            "Diseases (MONDO classes with synonyms, cross-references and a curated hierarchy), "
            "target antigens and lab analytes used by the trialkg ontology. Generated from "
            "ontology/mappings/*.tsv by python -m trialkg.mapping.vocabulary; do not edit.")]),
    ])
    parts = [
        "# Generated by python -m trialkg.mapping.vocabulary from ontology/mappings/*.tsv.\n"
        "# Do not edit: change the tables and run the command again.\n",
        _PREFIXES, header, _DECLARATIONS,
        "# Diseases (diseases.tsv)\n", *_diseases(),
        "# Target antigens (antigens.tsv)\n", *_antigens(),
        "# Lab analytes (analytes.tsv)\n", *_analytes(),
    ]
    return "\n".join(parts)


def write_vocabulary(path: Path | None = None) -> Path:
    """Write the vocabulary module.

    :param path: where to write (default: :func:`vocabulary_path`).
    :returns: the path written.
    """
    path = path or vocabulary_path()
    path.write_text(render_vocabulary(), encoding="utf-8", newline="\n")
    return path


def main(argv: list[str] | None = None) -> int:
    """Write the vocabulary module, or with ``--check`` tell whether it is up to date.

    :param argv: command-line arguments (default: ``sys.argv[1:]``).
    :returns: the exit code (1 when ``--check`` finds the file out of date).
    """
    args = sys.argv[1:] if argv is None else argv
    path = vocabulary_path()
    if "--check" in args:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != render_vocabulary():
            sys.stderr.write(f"{path} is out of date: run python -m trialkg.mapping.vocabulary\n")
            return 1
        return 0
    sys.stderr.write(f"wrote {write_vocabulary(path)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
