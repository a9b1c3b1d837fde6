"""Property tests: the lenient parser never raises and every span stays in range."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trialkg.criteria import parse_eligibility

#: Pieces that exercise the splitter and the extractors: markers, headings, escapes,
#: comparators, units and lexicon words, mixed with arbitrary text.
PIECES = st.sampled_from([
    "\n", "\n\n", "  ", "\t", "- ", "* ", "• ", "⁃ ", "1. ", "2) ", "(3) ", "a. ", "ii. ", "1\\. ",
    "Inclusion Criteria:", "Exclusion Criteria:\n", "**Inclusion Criteria:**", "Age ", "≥", "≤",
    ">", "<", "=", "\\>", "\\<", "\\^", "\\*", "\\[", "\\_", "18", "1.5", "0,75", "1,500", " x ",
    "×", "ULN", "10^9/L", "10\\^9/L", "/mm³", "µmol/L", "mg/dL", "g/dL", "%", "mL/min",
    "ALT/AST", "creatinine clearance", "ECOG", "Karnofsky", "years", "months", "weeks", "no ",
    "without ", "HIV", "hepatitis B or C", "liver metastases", "Gilbert's", "(", ")", ";", ":",
    ",", ".", "positive", "GD2", "measurable", "pregnancy test", "negative", "informed consent",
    "within", "half-lives", "grade 1", "CTCAE 5.0", "İ", "ß", "\u00a0", "\r", "①", "＞", "（",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


def _check(text: str) -> None:
    parsed = parse_eligibility(text)
    for criterion in parsed.walk():
        assert 0 <= criterion.start <= criterion.end <= len(text)
        assert text[criterion.start:criterion.end] == criterion.text
        for fact in criterion.facts:
            assert 0 <= fact.start <= fact.end <= len(criterion.text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_never_raises_and_spans_in_range(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    _check(text)
