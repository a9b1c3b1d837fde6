"""Conditions and interventions of a free-text trial page, read from its title and summary.

A registry record lists its conditions and interventions; a trial page copied from the
web often does not. :func:`enrich` fills in what is missing from what the page says
about *this* study: its title, and the summary sentences that state the study's own
purpose ("This trial aims to evaluate…", "We plan to conduct…"). Background sentences
about the disease or earlier treatments ("Despite treatment with…", "Chemotherapy is the
main treatment…") are not read for interventions.
"""

from __future__ import annotations

import re
from functools import cache

from trialkg.mapping.conditions import ConditionMatch, disease_ancestors, find_conditions
from trialkg.mapping.interventions import classify_intervention
from trialkg.mapping.tables import get_intervention_rules
from trialkg.mapping.text import normalize, split_sentences
from trialkg.model import ConditionMention, Intervention, Trial

__all__ = ["enrich", "find_interventions", "purpose_sentences"]

#: Sentences that say what this study does.
_PURPOSE = re.compile(
    r"\b(?:this|the present|the current|our|the proposed)\s+(?:[\w/-]+[\s,]+){0,8}?"
    r"(?:study|trial|research|project|protocol)\b"
    r"|\bwe\s+(?:plan|will|aim|propose|intend|conduct|design|hypothesi[sz]e)"
    r"|\b(?:aims?|objectives?|purpose|goals?|endpoint)\s+(?:of\s+(?:this|the)\s+\w+\s+)?"
    r"(?:is|are|was|were)\s+to\b"
    r"|\bis designed to\b", re.IGNORECASE)
#: Purpose verbs that count only in a sentence without background cues.
_PURPOSE_VERB = re.compile(
    r"\bto (?:evaluate|assess|determine|investigate|explore|observe|compare|test|examine)\b",
    re.IGNORECASE)
_BACKGROUND = re.compile(
    r"\b(?:despite|currently|previous(?:ly)?|has been|have been|had been|studies have|"
    r"main treatments?|standard (?:of care|treatments?)|emerging|approved|reported)\b",
    re.IGNORECASE)
#: Words just before a product that make it a past or failed treatment, not this study's.
_PRIOR = re.compile(
    r"(?:prior|previous(?:ly)?|after failure of|failed|refractory to|resistant to|"
    r"(?:have|has|had) received|pretreated with|(?:were|was|been) treated with)\s+"
    r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

_MODIFIER = (r"(?:(?:autologous|allogene?ic|haploidentical|donor[\s-]derived|universal|"
             r"(?:human\s+)?(?:umbilical\s+)?cord[\s-]blood(?:[\s-]derived)?|expanded|activated|"
             r"engineered|anti[\s-]?[A-Za-z0-9.]+|(?-i:[A-Z][A-Za-z0-9.]*[0-9A-Z]"
             r"(?:/[A-Z0-9][A-Za-z0-9.]*)*))[\s-]+)*")
_TAIL = r"(?:[\s-]+cells?)?(?:[\s-]+(?:therapy|infusion|injection|immunotherapy))?"
_MENTION = re.compile(
    _MODIFIER + r"(?:CAR[\s-]?(?:T|NK)|TCR[\s-]?T|NK|CIK|natural\s+killer|TILs?|"
    r"tumou?r[\s-]infiltrating\s+lymphocytes?)" + _TAIL + r"(?![\w-])"
    r"|(?-i:\b[A-Z]{2,}[-]?\d+[A-Za-z0-9-]*)\s+(?:CAR[\s-]?T\s+)?cells?(?:[\s-]+(?:therapy|infusion|injection))?"
    r"|" + _MODIFIER + r"(?:(?:monoclonal|bispecific)\s+)?antibod(?:y|ies)"
    r"|\b[a-z]{3,}mab\b"
    r"|(?:(?:autologous|allogene?ic)\s+)?(?:h[ae]matopoietic\s+)?stem[\s-]cell\s+transplant\w*"
    r"|\bchemotherapy\b", re.IGNORECASE)
#: Categories whose mentions with the same targets and compatible sources are one product.
_PRODUCT_KINDS = frozenset({"CAR-T", "NK cell", "TCR-T", "TIL", "other cell therapy"})
_GENERIC_TAIL = re.compile(r"(?:\s+(?:cell|therapy|infusion|injection|treatment|immunotherapy))+$")


@cache
def _drug_names() -> re.Pattern[str]:
    names = [row.pattern for row in get_intervention_rules() if row.kind == "name"]
    return re.compile(rf"(?<![A-Za-z0-9])(?:{'|'.join(names)})(?![A-Za-z0-9])", re.IGNORECASE)


def purpose_sentences(text: str) -> list[tuple[int, str]]:
    """Return the sentences of a summary that state the study's own purpose.

    :param text: a brief summary or detailed description.
    :returns: ``(offset, sentence)`` pairs.
    """
    out = []
    for offset, sentence in split_sentences(text):
        if _PURPOSE.search(sentence) or (
                _PURPOSE_VERB.search(sentence) and not _BACKGROUND.search(sentence)):
            out.append((offset, sentence))
    return out


def find_interventions(text: str) -> list[str]:
    """Return the names of products a title or purpose sentence says are given.

    Products written after words of past treatment ("prior chemotherapy") are left out.

    :param text: a title or a sentence.
    :returns: product names as written, in text order, classified as something other
        than ``other``.
    """
    spans: list[tuple[int, int]] = []
    for regex in (_MENTION, _drug_names()):
        for m in regex.finditer(text):
            s, e = m.start(), m.end()
            if any(s < e2 and s2 < e for s2, e2 in spans):
                continue
            spans.append((s, e))
    out = []
    for s, e in sorted(spans):
        phrase = text[s:e].strip(" -")
        if _PRIOR.search(text[:s]):
            continue
        if classify_intervention(phrase).category != "other":
            out.append(phrase)
    return out


def _key(name: str) -> str:
    return _GENERIC_TAIL.sub("", normalize(name))


def _add_interventions(trial: Trial, texts: list[str]) -> None:
    chosen: list[tuple[str, tuple]] = []
    for text in texts:
        for name in find_interventions(text):
            match = classify_intervention(name)
            sig = (match.category, match.targets)
            for n, (other, other_sig) in enumerate(chosen):
                same = _key(other) == _key(name)
                product = sig[0] in _PRODUCT_KINDS or (sig[0] == "monoclonal antibody" and sig[1])
                if same or (product and other_sig[0] == sig[0] and other_sig[1] == sig[1]
                            and (other_sig[2] is None or match.cell_source is None
                                 or other_sig[2] == match.cell_source)):
                    if len(name) > len(other) and not same:
                        chosen[n] = (name, (*sig, match.cell_source or other_sig[2]))
                    break
            else:
                chosen.append((name, (*sig, match.cell_source)))
    trial.interventions.extend(Intervention(name, from_text=True) for name, _ in chosen)


def _most_specific(found: list[tuple[str, ConditionMatch]]) -> list[tuple[str, ConditionMatch]]:
    ids = {m.term_id for _, m in found}
    broader = set().union(*(disease_ancestors(i) for i in ids if i)) if ids else set()
    out, seen = [], set()
    for label, match in found:
        if match.term_id in broader or match.term_id in seen:
            continue
        seen.add(match.term_id)
        out.append((label, match))
    return out


def _add_conditions(trial: Trial, title: str | None, sentences: list[str]) -> None:
    for texts in ([title] if title else [], sentences):
        found = [(text[s:e], m) for text in texts for s, e, m in find_conditions(text)]
        if found:
            trial.conditions.extend(ConditionMention(label, from_text=True)
                                    for label, _ in _most_specific(found))
            return


def enrich(trial: Trial) -> None:
    """Add the conditions and interventions a free-text page names but does not list.

    Only a trial with no conditions gets conditions (from its title, else from the
    summary sentences about this study), and only a trial with no interventions gets
    interventions (from its title and those sentences). Registry records are left alone.
    Added items carry ``from_text=True``.

    :param trial: a trial from any loader; changed in place.
    """
    if trial.source_format in ("ctgov-json", "ctgov-xml"):
        return
    summary = " ".join(t for t in (trial.brief_summary, trial.detailed_description) if t)
    sentences = [s for _, s in purpose_sentences(summary)]
    title = trial.brief_title or trial.official_title
    if not trial.conditions:
        _add_conditions(trial, title, sentences)
    if not trial.interventions:
        _add_interventions(trial, ([title] if title else []) + sentences)
