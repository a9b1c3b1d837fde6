"""Fixtures of the loader tests: paths of the test data and small record helpers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data"
SAMPLE = DATA / "ctgov" / "sample-100.jsonl"
SEEDS = DATA / "seeds"
XML = DATA / "ctgov-xml"
TEXT = DATA / "text"


@pytest.fixture(scope="session")
def sample_studies() -> dict[str, dict]:
    """The 100 sample API v2 records, by NCT id."""
    studies = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    return {s["protocolSection"]["identificationModule"]["nctId"]: s for s in studies}


@pytest.fixture()
def study(sample_studies) -> dict:
    """A fresh copy of the CAR-T record NCT02349698 (to corrupt in a test)."""
    return json.loads(json.dumps(sample_studies["NCT02349698"]))
