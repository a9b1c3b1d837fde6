"""The optional compiled build of the criteria parser reads the same facts as the Python one.

``HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .`` compiles the parser modules with mypyc
(``pyproject.toml``). mypyc enforces the type annotations at run time, so a wrong annotation
on a path only some texts reach would crash the compiled parser and no other test would
see it. This test builds the wheel from a copy of the sources, runs its parser over the
eligibility texts of the 1,000 real records and the five seeds of ``tests/data``, and
compares every criterion and fact with the pure-Python parser of this checkout.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

pytestmark = pytest.mark.slow

#: Serialises parse results; run here and, under the compiled wheel, in a subprocess.
DUMP = '''
import dataclasses, json, sys
from trialkg.criteria import parse_eligibility, parser_build

def dump(text):
    out = []
    for c in parse_eligibility(text).walk():
        facts = [dict(dataclasses.asdict(f), type=f.type_name) for f in c.facts]
        out.append([c.kind, c.start, c.end, c.marker, facts])
    return out
'''


def _texts() -> list[str]:
    texts = []
    with zipfile.ZipFile(DATA / "ctgov" / "real-1000.zip") as zf, \
            zf.open("real-1000.jsonl") as fh:
        for line in fh:
            study = json.loads(line)
            text = (study.get("protocolSection", {}).get("eligibilityModule", {})
                    .get("eligibilityCriteria"))
            if text:
                texts.append(text)
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "seeds").glob("*.txt"))]
    return texts


def _why_not() -> str | None:
    if shutil.which(os.environ.get("CC", "cc")) is None and shutil.which("gcc") is None:
        return "no C compiler"
    for module in ("mypy", "hatch_mypyc", "hatchling"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory) -> Path:
    why = _why_not()
    if why:
        pytest.skip(f"cannot build the compiled parser: {why}")
    src = tmp_path_factory.mktemp("src")
    for name in ("trialkg", "ontology", "queries", "pyproject.toml", "README.md", "LICENSE"):
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        else:
            shutil.copy2(path, src / name)
    wheels = tmp_path_factory.mktemp("wheels")
    env = dict(os.environ, HATCH_BUILD_HOOK_ENABLE_MYPYC="true")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                           "--no-build-isolation", "-q", "-w", str(wheels), str(src)],
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    (wheel,) = wheels.glob("trialkg-*.whl")
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    return site


def test_compiled_parser_reads_the_same_facts(compiled_site):
    texts = _texts()
    assert len(texts) > 900
    code = DUMP + "print(json.dumps([parser_build(), [dump(t) for t in json.load(sys.stdin)]]))"
    env = dict(os.environ, PYTHONPATH=str(compiled_site))
    proc = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), env=env,
                          capture_output=True, text=True, cwd=compiled_site)
    assert proc.returncode == 0, proc.stderr[-3000:]
    build, compiled = json.loads(proc.stdout)
    assert build == "mypyc"
    scope: dict = {}
    exec(DUMP, scope)
    from trialkg.criteria import parser_build

    assert parser_build() == "python"
    expected = json.loads(json.dumps([scope["dump"](t) for t in texts]))
    assert sum(len(c[4]) for doc in expected for c in doc) > 5_000
    for text, want, got in zip(texts, expected, compiled, strict=True):
        assert got == want, text[:200]
