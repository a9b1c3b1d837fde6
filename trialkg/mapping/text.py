"""Normalisation of names for matching: case, accents, punctuation, plurals, spelling.

Two strings that name the same thing in different dress normalise to the same token
sequence: ``"Tumours"`` and ``"tumor"``, ``"Leukaemia"`` and ``"leukemia"``,
``"Parkinson's disease"`` and ``"Parkinson disease"``, ``"High-risk"`` and ``"high risk"``.
:func:`iter_tokens` keeps each token's character span, so matches found on normalised
tokens can be reported as spans of the original text.

>>> normalize("Relapsed/Refractory Neuroblastomas")
'relapsed refractory neuroblastoma'
>>> normalize("Paediatric solid tumours")
'pediatric solid tumor'
>>> normalize("Diabetes Mellitus, Type II")
'diabete mellitus type 2'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

__all__ = ["normalize", "normalize_token", "iter_tokens", "split_sentences"]

#: British spellings (as token prefixes or infixes) and their American forms.
_SPELLING = (
    ("haem", "hem"), ("aemia", "emia"), ("aemic", "emic"), ("paed", "ped"),
    ("oesoph", "esoph"), ("oedem", "edem"), ("oestr", "estr"), ("diarrhoe", "diarrhe"),
    ("coeliac", "celiac"), ("foet", "fet"), ("gynaec", "gynec"), ("ischaem", "ischem"),
    ("leukaem", "leukem"), ("anaem", "anem"), ("orthopaed", "orthoped"), ("dyspnoe", "dyspne"),
)
#: Tokens ending in ``our`` that are not British spellings of ``-or`` words.
_OUR_WORDS = frozenset({"four", "hour", "your", "our", "pour", "sour", "tour", "flour", "dour"})
#: Irregular plurals.
_PLURALS = {"metastases": "metastasis", "diagnoses": "diagnosis", "neoplasias": "neoplasia",
            "children": "child", "women": "woman", "men": "man", "lymphomata": "lymphoma",
            "carcinomata": "carcinoma", "sarcomata": "sarcoma", "feet": "foot", "teeth": "tooth"}
#: Roman numerals written after ``type``/``stage``/``grade`` and the like.
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
_ROMAN_CONTEXT = frozenset({"type", "stage", "grade", "class", "phase", "ii", "i"})

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(
    r"(?<=[a-z0-9)\]%][.!?])(?<!\bvs\.)(?<!\bDr\.)(?<!e\.g\.)(?<!i\.e\.)\s*(?=[A-Z])"
    r"|(?<=[.!?])(?<!\.[A-Z]\.)(?<!\bvs\.)(?<!\bDr\.)\s+(?=[A-Z0-9])|\n+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")


def normalize_token(token: str, previous: str = "") -> str:
    """Return the normal form of one lower-case token.

    :param token: a token of letters and digits, lower case.
    :param previous: the normalised token before it (for roman numerals after ``type``).
    :returns: the token with American spelling and no plural ending.
    """
    if token in _ROMAN and previous in _ROMAN_CONTEXT and previous not in _ROMAN:
        return _ROMAN[token]
    if token in _PLURALS:
        return _PLURALS[token]
    for british, american in _SPELLING:
        if british in token:
            token = token.replace(british, american)
    if len(token) > 4 and token.endswith("ies"):
        token = token[:-3] + "y"
    elif len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "is", "us")):
        token = token[:-1]
    if token.endswith("our") and len(token) > 5 and token not in _OUR_WORDS:
        token = token[:-3] + "or"
    return token


def iter_tokens(text: str) -> Iterator[tuple[str, int, int, str]]:
    """Yield the normalised tokens of a text with their spans.

    Possessive ``'s`` is dropped (``Parkinson's`` → ``parkinson``); every other
    character that is not a letter or digit separates tokens.

    :param text: any text.
    :returns: tuples ``(normal_form, start, end, original)``.
    """
    folded = _fold(text)
    previous = ""
    for m in _TOKEN.finditer(folded):
        raw = m.group(0)
        if raw.lower() == "s" and m.start() > 0 and folded[m.start() - 1] == "'":
            continue
        norm = normalize_token(raw.lower(), previous)
        previous = norm
        yield norm, m.start(), m.end(), text[m.start():m.end()]


def normalize(text: str) -> str:
    """Return the normal form of a name: normalised tokens joined by single spaces.

    :param text: a name or label.
    :returns: the normal form (empty for a text without letters or digits).
    """
    return " ".join(tok for tok, _, _, _ in iter_tokens(text))


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Split running text into sentences, also where a full stop lacks its space.

    :param text: a summary or description.
    :returns: ``(offset, sentence)`` pairs, without empty sentences.
    """
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[start:m.start()]
        if piece.strip():
            out.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
        start = m.end()
    piece = text[start:]
    if piece.strip():
        out.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
    return out
