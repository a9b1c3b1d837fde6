"""N-Quads term writers: escaping and number formatting that Oxigraph and rdflib accept."""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import given
from hypothesis import strategies as st

from trialkg.ntriples import clean_text, decimal, iri, lit


@pytest.mark.parametrize(("value", "expected"), [
    (2.5, "2.5"), (1, "1"), (0.0027, "0.0027"), (1e-7, "0.0000001"), (1500.0, "1500"),
    (-0.0, "0"), (0.1 + 0.2, "0.3"), (123456789012.5, "123456789012.5"),
], ids=str)
def test_decimals_are_plain(value, expected):
    assert decimal(value) == f'"{expected}"^^<http://www.w3.org/2001/XMLSchema#decimal>'


def test_iri_percent_encodes_forbidden_characters():
    assert iri("file:///a b/c<d>.json") == "<file:///a%20b/c%3Cd%3E.json>"


def test_control_characters_and_lone_surrogates_are_replaced():
    assert clean_text("a\x00b\ud800c\x1fd\te\nf") == "a\ufffdb\ufffdc\ufffdd\te\nf"


@given(st.text())
def test_any_text_round_trips_through_oxigraph(text):
    quad = f"<http://a> <http://b> {lit(text)} <http://g> .\n".encode()
    (parsed,) = list(pyoxigraph.parse(quad, format=pyoxigraph.RdfFormat.N_QUADS))
    assert parsed.object.value == clean_text(text)


@pytest.mark.parametrize("sep", ["\x85", "\u2028", "\u2029"], ids=["NEL", "LS", "PS"])
def test_a_statement_stays_one_line_for_str_splitlines(sep):
    # str.splitlines() also breaks at NEL and the Unicode line/paragraph separators; readers
    # that split N-Quads into statements with it (the batch classifier) must see one line
    quad = f"<http://a> {iri(f'http://b{sep}c')} {lit(f'x{sep}y')} <http://g> .\n"
    assert quad.splitlines(True) == [quad]
    (parsed,) = list(pyoxigraph.parse(quad.encode(), format=pyoxigraph.RdfFormat.N_QUADS))
    assert parsed.object.value == f"x{sep}y"
