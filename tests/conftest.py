"""Shared test configuration: data paths, and markers that skip with a visible reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def pytest_collection_modifyitems(config, items):
    needs = {
        "java": (shutil.which("java") and shutil.which("javac"),
                 "Java 17 (java, javac) not installed"),
        "browser": (Path("/usr/bin/chromium").exists() or shutil.which("chromium"),
                    "Debian's chromium not installed (apt-get install chromium)"),
        "virtuoso": (shutil.which("virtuoso-t"),
                     "Debian's virtuoso-opensource-7 not installed"),
    }
    network = config.getoption("-m") and "network" in config.getoption("-m")
    for item in items:
        for marker, (present, reason) in needs.items():
            if marker in item.keywords and not present:
                item.add_marker(pytest.mark.skip(reason=reason))
        if "network" in item.keywords and not network:
            item.add_marker(pytest.mark.skip(reason="live network test: run with -m network"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
