"""Bad input: damaged real records never crash a load and never stop the other records.

Hypothesis damages the real records of ``tests/data`` (API v2 JSON, legacy XML, trial
pages; see :mod:`.mutations`). Most cases go through the readers and
:func:`trialkg.pipeline.build_records` in process, exactly as a load's workers do; a few
hundred records go through :func:`trialkg.pipeline.load_paths` into a real store, and a
few runs through ``trialkg load``. For every case: no exception escapes; every record is
either built (valid N-Quads in its own graph) or rejected with a one-line reason naming
its file and position; the intact records of the same run are loaded; the command exits
with status 1 when anything was rejected. ``TRIALKG_FUZZ_SCALE`` multiplies the number of
cases (default 1: about 10,100 cases).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest
from cli_helpers import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .checks import check_outcome, check_rejected, graph_digests, run_reader_and_builder
from .corpus import SAMPLE, fresh_nct
from .figures import record
from .mutations import (
    UNSAFE_DOCTYPES,
    XML_FILES,
    byte_damage,
    damaged_json,
    damaged_page,
    damaged_xml,
    write,
)

SCALE = float(os.environ.get("TRIALKG_FUZZ_SCALE", "1"))
#: Cases per test: 10,000 in process, and 20 runs of 6-14 damaged records through a store.
CASES = {"json": 4_900, "containers": 1_300, "xml": 2_300, "pages": 1_500, "store": 20}
GOOD = SAMPLE.read_bytes().splitlines()
#: Indexes of the 20 smallest real records: the intact neighbours of damaged ones.
SMALL = sorted(range(len(GOOD)), key=lambda i: len(GOOD[i]))[:20]
small = st.sampled_from(SMALL)


def fuzz(name: str):
    return settings(max_examples=max(1, int(CASES[name] * SCALE)), deadline=None,
                    database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


#: What the damaged records came to, for RELIABILITY.md (see test_zz_figures).
TALLY: Counter = Counter()


def tally(kind: str, file_errors, out) -> None:
    TALLY[f"{kind} cases"] += 1
    TALLY["files refused whole"] += len(file_errors)
    for item in out:
        if item is not None:
            TALLY["records rejected" if hasattr(item, "reason") else "records loaded"] += 1


def _nct(line: bytes) -> str:
    return json.loads(line)["protocolSection"]["identificationModule"]["nctId"]


def _graph(nct: str) -> str:
    from trialkg.rdf import graph_iri

    return graph_iri(nct)


# ------------------------------------------------------------------------- in process
@fuzz("json")
@given(damaged=damaged_json(), picks=st.tuples(small, small), strict=st.booleans())
def test_damaged_json_record_between_good_ones(workdir, damaged, picks, strict):
    """JSON Lines: good record, damaged record, good record."""
    data, note = damaged.data, repr(damaged)
    a, b = GOOD[picks[0]], GOOD[picks[1]]
    path = write(workdir / "sandwich.jsonl", a + b"\n" + data + b"\n" + b)
    lines = sum(1 for line in (a + b"\n" + data + b"\n" + b).split(b"\n") if line.strip())
    intact = {(str(path), 0): a, (str(path), lines - 1): b}
    file_errors, raws, out = run_reader_and_builder(path, strict=strict, intact=intact)
    assert not file_errors, (note, [str(e) for e in file_errors])
    check_outcome(file_errors, raws, out, note)
    tally("json", file_errors, out)
    # the good records of the same file reach the builder untouched, whatever the damaged
    # one holds (each record is then built on its own)
    assert (raws[0].source, raws[0].index) in intact and (raws[-1].source, raws[-1].index) \
        in intact, note


@fuzz("containers")
@given(damaged=damaged_json(), container=st.sampled_from(["single", "array", "page", "zip"]),
       pick=small)
def test_damaged_json_in_every_container(workdir, damaged, container, pick):
    """One study file, a JSON array download, an API page, a ZIP archive."""
    import zipfile

    data, note = damaged.data, repr(damaged)
    good = GOOD[pick]
    if container == "single":
        path = write(workdir / "single.json", data)
    elif container == "array":
        path = write(workdir / "array.json", b"[\n" + good + b",\n" + data + b",\n" + good
                     + b"\n]\n")
    elif container == "page":
        path = write(workdir / "page.json", b'{"studies": [' + good + b"," + data + b"]}")
    else:
        path = workdir / "bundle.zip"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("a.jsonl", good + b"\n")
            z.writestr("b.json", data)
            z.writestr("c.json", good)
    intact = {(f"{path}!/a.jsonl", 0): good, (f"{path}!/c.json", 0): good} \
        if container == "zip" else {}
    file_errors, raws, out = run_reader_and_builder(path, intact=intact)
    check_outcome(file_errors, raws, out, note)
    tally("container", file_errors, out)
    if container == "zip":  # a bad member never costs the good ones
        assert {(r.source, r.index) for r in raws} >= set(intact), note
    if not out and not file_errors:  # only an empty download may hold no study
        assert json.loads(data) in ([], {"studies": []}), f"{note}: nothing read, nothing said"


@fuzz("xml")
@given(damaged=damaged_xml(), pick=small)
def test_damaged_xml_record_in_a_folder(workdir, damaged, pick):
    """A folder: a good JSON study, a damaged legacy XML record, a good XML record."""
    data, note, unsafe = damaged.data, repr(damaged), damaged.unsafe
    folder = workdir / "xml"
    write(folder / "a.json", GOOD[pick])
    write(folder / "b.xml", data)
    write(folder / "c.xml", XML_FILES[pick % len(XML_FILES)].read_bytes())
    intact = {(str(folder / "a.json"), 0): GOOD[pick],
              (str(folder / "c.xml"), 0): XML_FILES[pick % len(XML_FILES)].read_bytes()}
    file_errors, raws, out = run_reader_and_builder(folder, intact=intact)
    built = check_outcome(file_errors, raws, out, note)
    tally("xml", file_errors, out)
    assert {(r.source, r.index) for r in raws} >= set(intact), note
    if unsafe:
        refused = [e for e in file_errors if e.path.endswith("b.xml")]
        assert refused and "unsafe XML" in refused[0].reason, (note, file_errors)
    for item in built.values():
        assert "root:x:0:0" not in item.nquads, f"{note}: /etc/passwd leaked into a trial"


@fuzz("pages")
@given(damaged=damaged_page(), pick=small)
def test_damaged_trial_page_in_a_folder(workdir, damaged, pick):
    """A folder: a damaged trial page next to a good JSON study."""
    data, note = damaged.data, repr(damaged)
    folder = workdir / "pages"
    write(folder / "a.jsonl", GOOD[pick])
    write(folder / "b.txt", data)
    intact = {(str(folder / "a.jsonl"), 0): GOOD[pick]}
    file_errors, raws, out = run_reader_and_builder(folder, intact=intact)
    check_outcome(file_errors, raws, out, note)
    tally("page", file_errors, out)
    assert (raws[0].source, raws[0].index) in intact, note


def _huge_cases():
    """Megabyte values in each format, with the field they land in."""
    criteria = json.loads(GOOD[SMALL[0]])["protocolSection"]["eligibilityModule"][
        "eligibilityCriteria"]
    big = (criteria + "\n") * (1_000_000 // len(criteria) + 1)
    for field, value in [("eligibilityModule.eligibilityCriteria", big),
                         ("identificationModule.briefTitle", "T" * 4_000_000),
                         ("identificationModule.nctId", "NCT" + "0" * 1_000_000),
                         ("descriptionModule.briefSummary", "word " * 800_000)]:
        study = json.loads(GOOD[SMALL[1]])
        module, key = field.split(".")
        study["protocolSection"].setdefault(module, {})[key] = value
        yield f"json {field}", "a.json", json.dumps(study).encode()
    xml = XML_FILES[0].read_bytes()
    at = xml.index(b"<textblock>", xml.index(b"<criteria>")) + len(b"<textblock>")
    yield "xml criteria", "a.xml", xml[:at] + big.replace("<", " ").encode() + xml[at:]
    yield "page line", "a.txt", ("A study of X\n• Age over 18 " + "x" * 2_000_000 + "\n").encode()


@pytest.mark.parametrize("name,filename,data", list(_huge_cases()), ids=lambda v: v
                         if isinstance(v, str) and len(v) < 60 else "")
def test_megabyte_values_load_or_are_refused_in_bounded_time(tmp_path, name, filename, data):
    import time

    path = write(tmp_path / filename, data)
    started = time.process_time()
    file_errors, raws, out = run_reader_and_builder(path)
    seconds = time.process_time() - started
    check_outcome(file_errors, raws, out, name)
    assert len(out) == 1, name
    assert seconds < 3.0 * max(1, len(data) / 1_000_000), f"{name}: {seconds:.1f} s of CPU"


def test_every_unsafe_doctype_is_refused_by_the_xml_loader_itself():
    """The loader refuses unsafe XML even when handed a record that skipped the reader."""
    from trialkg.errors import UnsafeXMLError
    from trialkg.loaders import RawRecord, parse_record

    body = XML_FILES[0].read_bytes()
    body = body[body.find(b"<clinical_study"):].replace(b"<brief_title>", b"<brief_title>&g;", 1)
    for doctype in UNSAFE_DOCTYPES:
        raw = RawRecord("x.xml", 0, "ctgov-xml", doctype.encode() + body)
        with pytest.raises(UnsafeXMLError, match="unsafe XML"):
            parse_record(raw)


# ------------------------------------------------------------------------- real store
@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from trialkg.store import TrialStore

    folder = tmp_path_factory.mktemp("fuzz-store") / "kg"
    TrialStore.open(folder, write=True).close()
    return folder


_RUN = iter(range(10**6))


@fuzz("store")
@given(records=st.lists(st.one_of(damaged_json().map(lambda d: ("json", d)),
                                  damaged_json().map(lambda d: ("json", d)),
                                  damaged_xml().map(lambda d: ("xml", d)),
                                  damaged_page().map(lambda d: ("page", d))),
                        min_size=6, max_size=14),
       dup_of_good=st.sampled_from([None, 0, 1]), picks=st.lists(st.integers(0, 99), min_size=3,
                                                                 max_size=3))
def test_load_paths_loads_the_good_records_of_a_damaged_run(workdir, fuzz_store, records,
                                                            dup_of_good, picks):
    """Damaged records of every format and duplicates of good ones, through a real store."""
    from trialkg.pipeline import Rejected, load_paths
    from trialkg.store import TrialStore

    run = next(_RUN)
    folder = workdir / f"run-{run}"
    goods = []
    for n, pick in enumerate(picks):  # good records under fresh ids, unique to this run
        study = json.loads(GOOD[pick])
        study["protocolSection"]["identificationModule"]["nctId"] = fresh_nct(run * 10 + n)
        goods.append(json.dumps(study).encode())
    lines = list(goods)
    for n, (kind, damaged) in enumerate(records):
        if kind == "xml":
            write(folder / f"x{n:02}.xml", damaged.data)
        elif kind == "page":
            write(folder / f"p{n:02}.txt", damaged.data)
        else:
            lines.append(damaged.data)
    if dup_of_good is not None:  # a later record of the same trial supersedes the good one
        lines.append(goods[dup_of_good].replace(b'"briefTitle": "', b'"briefTitle": "Updated: ', 1))
    write(folder / "a.jsonl", b"\n".join(lines) + b"\n")

    file_errors, raws, out = run_reader_and_builder(folder)
    expected = check_outcome(file_errors, raws, out, f"run {run}")
    TALLY["store runs"] += 1
    TALLY["store records"] += len(raws)
    with TrialStore.open(fuzz_store, write=True) as st_:
        report = load_paths([folder], st_, workers=0, record_time=False, batch_trials=12)
    # the same rejections, each named, in the report as in process
    assert sorted(str(r) for r in report.rejected) == \
        sorted([str(Rejected(e.path, e.reason)) for e in file_errors]
               + [str(o) for o in out if isinstance(o, Rejected)])
    for r in report.rejected:
        check_rejected(r)
    assert report.records == len(raws)
    # every good trial is in the store, whole, as built (or as its later duplicate)
    import pyoxigraph

    with TrialStore.open(fuzz_store) as st_:
        for graph, item in expected.items():
            stored = {str(q) for q in st_.oxigraph.quads_for_pattern(
                None, None, None, pyoxigraph.NamedNode(graph))}
            assert stored, f"{graph} missing from the store"
            built = set(pyoxigraph.parse(item.nquads.encode(), format=pyoxigraph.RdfFormat.N_QUADS))
            built = {str(q) for q in built}
            assert built <= stored, f"{graph}: quads missing from the store"
            extra = stored - built
            assert all("22-rdf-syntax-ns#type" in q for q in extra), sorted(extra)[:3]
        for n in range(len(goods)):
            graph = _graph(fresh_nct(run * 10 + n))
            assert graph in expected, f"good record {n} of run {run} not built"
            if dup_of_good == n:
                assert "Updated: " in expected[graph].nquads


# ------------------------------------------------------------------------- the command
@settings(max_examples=max(1, int(6 * SCALE)), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(damaged=st.lists(damaged_json(), min_size=1, max_size=4))
def test_cli_load_names_each_rejected_record_and_exits_1(tmp_path_factory, capsys, damaged):
    folder = tmp_path_factory.mktemp("cli")
    good = GOOD[:3]
    write(folder / "in.jsonl", b"\n".join([*good, *(d.data for d in damaged)]) + b"\n")
    file_errors, raws, out = run_reader_and_builder(folder / "in.jsonl")
    rejected = [o for o in out if hasattr(o, "reason")]
    result = run_cli(capsys, "-q", "load", folder / "in.jsonl", "--store", folder / "kg",
                     "--workers", "1", "--no-load-time")
    lines = [line for line in result.err.splitlines() if line.startswith("rejected: ")]
    assert lines == [f"rejected: {r}" for r in rejected], result
    assert result.code == (1 if rejected else 0), result
    assert "internal error" not in result.err, result
    digests = graph_digests(folder / "kg")
    for line in good:
        assert _graph(_nct(line)) in digests


def test_cli_load_of_clean_input_exits_0_and_of_unreadable_file_exits_1(tmp_path, capsys):
    write(tmp_path / "ok.jsonl", b"\n".join(GOOD[:2]) + b"\n")
    result = run_cli(capsys, "load", tmp_path / "ok.jsonl", "--store", tmp_path / "kg",
                     "--workers", "0")
    assert result.code == 0, result
    write(tmp_path / "bad" / "empty.json", b"")
    write(tmp_path / "bad" / "bomb.xml", UNSAFE_DOCTYPES[0].encode() + b"<clinical_study/>")
    write(tmp_path / "bad" / "fine.jsonl", GOOD[5] + b"\n")
    result = run_cli(capsys, "load", tmp_path / "bad", "--store", tmp_path / "kg",
                     "--workers", "0")
    assert result.code == 1, result
    assert "empty.json: empty file" in result.err, result
    assert "bomb.xml: unsafe XML" in result.err, result
    assert "loaded 1 trial(s)" in result.err, result


def test_byte_damage_strategy_covers_every_kind():
    """A guard on the strategies themselves: each kind of byte damage is reachable."""
    seen = set()

    @settings(max_examples=200, database=None, deadline=None)
    @given(byte_damage(b'{"protocolSection": {"identificationModule": {"nctId": "x"}}}'))
    def collect(damage):
        seen.add(damage[1].split(" ")[0])

    collect()
    assert {"truncated", "bad", "control", "bit", "duplicate"} <= seen


def test_zz_figures():
    """Last in the file: what the damaged records of this run came to."""
    record("bad input", configured=CASES, scale=SCALE, **dict(sorted(TALLY.items())))


@pytest.mark.parametrize("key", ["\r", "\n", "\u2028", "\x85"], ids=["CR", "LF", "LS", "NEL"])
def test_an_error_quoting_the_input_stays_one_line(tmp_path, key):
    """A JSON key with a line break, quoted in the reason, is escaped (found by fuzzing)."""
    from trialkg.errors import InputError
    from trialkg.loaders.readers import iter_raw_records

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({key: None}), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(iter_raw_records(bad))
    assert len(caught.value.reason.splitlines()) == 1
    assert len(str(caught.value).splitlines()) == 1
    assert repr(key)[1:-1] in caught.value.reason
