"""Counts of what a store holds, for ``trialkg stats`` and ``trialkg demo``."""

from __future__ import annotations

import os

from trialkg.results import Table, Term

__all__ = ["store_stats", "STATS_QUERY"]

_XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"

#: Facts by type, criteria and mapped conditions, in one pass each.
STATS_QUERY = """
PREFIX tkg:  <https://w3id.org/trialkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?measure (COUNT(DISTINCT ?x) AS ?n) WHERE {
  {
    ?x a tkg:ClinicalStudy . BIND ("trials" AS ?measure)
  } UNION {
    ?x a tkg:EligibilityCriterion . BIND ("eligibility criteria" AS ?measure)
  } UNION {
    ?x a tkg:UnparsedCriterion . BIND ("criteria with no structured fact" AS ?measure)
  } UNION {
    ?x tkg:statedIn ?c ; a ?type .
    ?type rdfs:subClassOf+ tkg:EligibilityFact ; rdfs:label ?label .
    BIND (CONCAT("facts: ", STR(?label)) AS ?measure)
  } UNION {
    ?t tkg:studiesCondition ?x . BIND ("condition mentions" AS ?measure)
  } UNION {
    ?t tkg:studiesCondition ?x . ?x a ?cls .
    FILTER (STRSTARTS(STR(?cls), "http://purl.obolibrary.org/obo/MONDO_"))
    BIND ("condition mentions mapped to MONDO" AS ?measure)
  } UNION {
    ?t tkg:hasIntervention ?x . ?x a ?cat . ?cat tkg:categoryName ?name .
    BIND (CONCAT("interventions: ", ?name) AS ?measure)
  }
}
GROUP BY ?measure
ORDER BY ?measure
"""


def store_stats(path: str | os.PathLike[str] | None) -> Table:
    """Return a two-column table (measure, count) describing a store.

    :param path: the store folder.
    :returns: the table; triples and named graphs first.
    """
    from trialkg.store import TrialStore

    with TrialStore.open(path, write=False) as st:
        rows: list[list[Term | None]] = [
            [Term("literal", "triples (all graphs, ontology included)"),
             Term("literal", str(len(st)), _XSD_INT)],
            [Term("literal", "trial graphs"), Term("literal", str(st.count_trials()), _XSD_INT)],
        ]
        for solution in st.query(STATS_QUERY):
            rows.append([Term.from_oxigraph(solution["measure"]),
                         Term.from_oxigraph(solution["n"])])
    return Table(["measure", "count"], rows)
