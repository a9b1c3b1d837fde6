"""Map what trials name in free words to standard identifiers, offline.

Condition names become MONDO diseases with qualifiers (relapsed, refractory…), MeSH
descriptors become MONDO CURIEs, intervention names become a category with target
antigens and a cell source, and free-text pages get the conditions and interventions
their title and purpose sentences name. Everything comes from the curated tables of
``ontology/mappings/`` (read once, on first use); nothing touches the network.

>>> m = map_condition("Leukaemia, relapsed")
>>> m.term_id, m.qualifiers
('MONDO:0005059', ('relapsed',))
>>> classify_intervention("anti-CD19 CAR-T").targets
('CD19',)
"""

from trialkg.mapping.conditions import (
    ConditionMatch,
    disease_ancestors,
    find_conditions,
    map_condition,
    map_mesh,
)
from trialkg.mapping.enrich import enrich
from trialkg.mapping.interventions import InterventionMatch, classify_intervention

__all__ = [
    "ConditionMatch",
    "InterventionMatch",
    "classify_intervention",
    "disease_ancestors",
    "enrich",
    "find_conditions",
    "map_condition",
    "map_mesh",
]
