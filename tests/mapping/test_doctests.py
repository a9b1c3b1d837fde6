"""The examples in the mapping modules' docstrings run as tests."""

import doctest
import importlib

import pytest

MODULES = ["trialkg.mapping", "trialkg.mapping.text", "trialkg.mapping.conditions",
           "trialkg.mapping.interventions", "trialkg.mapping.enrich", "trialkg.mapping.tables"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
