"""Readers: format detection, streaming JSON Lines and arrays, ZIP members, folders, bad input."""

from __future__ import annotations

import json
import pickle
import tracemalloc
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialkg.errors import InputError, RecordError, UnsafeXMLError
from trialkg.loaders import iter_raw_records, load_file, parse_record, readers

from .conftest import DATA, SAMPLE, SEEDS, XML


def _formats(path, **kw):
    return [(r.source, r.index, r.format) for r in iter_raw_records(path, **kw)]


def test_json_lines_are_read_line_by_line():
    raws = list(iter_raw_records(SAMPLE))
    lines = SAMPLE.read_bytes().splitlines()
    assert [r.index for r in raws] == list(range(100))
    assert {r.source for r in raws} == {str(SAMPLE)} and {r.format for r in raws} == {"ctgov-json"}
    assert [r.data for r in raws] == lines


def test_array_download_is_split_into_elements():
    path = DATA / "ctgov" / "array-3.json"
    raws = list(iter_raw_records(path))
    assert [json.loads(r.data) for r in raws] == json.loads(path.read_text(encoding="utf-8"))
    assert [(r.source, r.index, r.format) for r in raws] == [
        (str(path), i, "ctgov-json") for i in range(3)]


def test_single_study_object_and_api_page(tmp_path):
    single = DATA / "ctgov" / "single-study.json"
    assert _formats(single) == [(str(single), 0, "ctgov-json")]
    studies = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:2]]
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"studies": studies, "nextPageToken": "abc"}, indent=1))
    trials = list(load_file(page))
    assert [t.nct_id for t in trials] == [s["protocolSection"]["identificationModule"]["nctId"]
                                          for s in studies]


def test_zip_members_are_streamed_with_member_sources():
    path = DATA / "ctgov" / "bundle.zip"
    got = _formats(path)
    base = f"{path}!/"
    assert got == [
        (base + "ctg-studies.json", 0, "ctgov-json"), (base + "ctg-studies.json", 1, "ctgov-json"),
        (base + "more/studies.jsonl", 0, "ctgov-json"), (base + "more/studies.jsonl", 1,
                                                         "ctgov-json"),
        (base + "more/studies.jsonl", 2, "ctgov-json"),
        (base + "pages/003_131a0eeabe8951e5.txt", 0, "text"),
        (base + "xml/NCT05480072.xml", 0, "ctgov-xml")]  # README and __MACOSX skipped
    trials = list(load_file(path))
    assert trials[5].local_id == "local-003_131a0eeabe8951e5"
    assert trials[6].nct_id == "NCT05480072"


def test_folders_are_walked_in_sorted_order_skipping_hidden_and_docs(tmp_path):
    line = SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "b.jsonl").write_text(line + "\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.txt").write_text("A Trial\n• Adults\n")
    (tmp_path / ".hidden.json").write_text("garbage")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.json").write_text("garbage")
    (tmp_path / "README.md").write_text("# About this folder\n")
    (tmp_path / "notes.csv").write_text("a,b\n")
    assert _formats(tmp_path) == [(str(tmp_path / "a" / "page.txt"), 0, "text"),
                                  (str(tmp_path / "b.jsonl"), 0, "ctgov-json")]
    assert len(_formats(XML)) == 6 and len(_formats(SEEDS)) == 5


def test_format_comes_from_content_not_name(tmp_path):
    line = SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "study.txt").write_text(line)
    (tmp_path / "study.dat").write_bytes((XML / "NCT05480072.xml").read_bytes())
    (tmp_path / "links.md").write_text("[Registry](https://example.org) page of trial X\n")
    assert _formats(tmp_path / "study.txt")[0][2] == "ctgov-json"
    assert _formats(tmp_path / "study.dat")[0][2] == "ctgov-xml"
    assert _formats(tmp_path / "links.md")[0][2] == "text"
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + line.encode())
    assert next(load_file(tmp_path / "bom.json")).nct_id


BAD = [
    ("bad_truncated.json", InputError, "truncated JSON array: the file does not end with ']'"),
    ("bad_not_a_trial.json", InputError, "JSON is not a ClinicalTrials.gov study"),
    ("bad_binary.json", InputError, "binary data"),
    ("bad_empty.json", InputError, "empty file"),
    ("bad_xml_bomb.xml", UnsafeXMLError, "unsafe XML: DOCTYPE declares the entity 'lol'"),
    ("bad_xxe.xml", UnsafeXMLError, "external entity 'secret'"),
    ("bad_invalid_utf8.json", InputError, "not valid UTF-8 (byte 0xe9 at line 49"),
    ("bad_unknown_format.csv", InputError, "unknown format"),
]


@pytest.mark.parametrize(("name", "error", "reason"), BAD, ids=[b[0] for b in BAD])
def test_bad_inputs_raise_one_line_errors_naming_the_file(name, error, reason):
    path = DATA / name
    with pytest.raises(error) as info:
        list(iter_raw_records(path))
    assert type(info.value) is error
    assert info.value.path == str(path)
    assert str(info.value).startswith(f"{path}: ")
    assert reason in info.value.reason
    assert "\n" not in str(info.value)


def test_truncated_array_file_yields_nothing():
    got = []
    with pytest.raises(InputError, match="nothing of it was loaded"):
        for raw in iter_raw_records(DATA / "bad_truncated.json"):
            got.append(parse_record(raw).nct_id)
    assert got == []


def test_truncated_array_in_a_stream_yields_its_complete_elements_first():
    import io

    from trialkg.loaders.readers import _iter_stream

    class Unseekable(io.BytesIO):
        def seekable(self):
            return False

    got = []
    with pytest.raises(InputError, match="file ends inside element 3"):
        for raw in _iter_stream(Unseekable((DATA / "bad_truncated.json").read_bytes()),
                                "member.json", "member.json"):
            got.append(parse_record(raw).nct_id)
    assert got == ["NCT00712335", "NCT01738087"]


def test_one_bad_json_line_does_not_stop_the_others():
    outcome = []
    for raw in iter_raw_records(DATA / "bad_one_bad_line.jsonl"):
        try:
            outcome.append(parse_record(raw).nct_id)
        except RecordError as exc:
            outcome.append(f"error {exc.index}: {exc.reason.split(' (')[0]}")
    assert outcome == ["NCT00499317", "NCT00667966", "error 2: not valid JSON", "NCT00678704"]


def test_on_error_reports_a_bad_file_and_goes_on(tmp_path):
    for name in ("bad_empty.json", "bad_xxe.xml"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    (tmp_path / "z.jsonl").write_bytes(SAMPLE.read_bytes().splitlines(keepends=True)[0])
    errors = []
    got = _formats(tmp_path, on_error=errors.append)
    assert got == [(str(tmp_path / "z.jsonl"), 0, "ctgov-json")]
    assert [(type(e).__name__, e.path) for e in errors] == [
        ("InputError", str(tmp_path / "bad_empty.json")),
        ("UnsafeXMLError", str(tmp_path / "bad_xxe.xml"))]
    with pytest.raises(InputError):
        _formats(tmp_path)


def test_bad_zip_member_is_reported_with_its_member_name(tmp_path):
    path = tmp_path / "mixed.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.json", b"")
        z.writestr("b.jsonl", SAMPLE.read_bytes().splitlines(keepends=True)[0])
    errors = []
    assert len(_formats(path, on_error=errors.append)) == 1
    assert [e.path for e in errors] == [f"{path}!/a.json"]


def test_missing_path():
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_raw_records("/nonexistent/trials.json"))


def test_raw_records_pickle_and_hash():
    raw = next(iter(iter_raw_records(SAMPLE)))
    again = pickle.loads(pickle.dumps(raw))
    assert again == raw and again.sha256 == raw.sha256
    import hashlib
    assert raw.sha256 == hashlib.sha256(raw.data).hexdigest()
    assert parse_record(raw).source_sha256 == raw.sha256


def test_first_jsonl_line_bad_is_still_json_lines(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "x.jsonl"
    path.write_text('{"truncated": \n' + lines[0] + "\n" + lines[1] + "\n")
    assert [r.index for r in iter_raw_records(path)] == [0, 1, 2]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab"\\[]{},: \n\u00e9'),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(alphabet='k"\\[]{}', max_size=3), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=60, deadline=None)
@given(st.lists(json_values, max_size=6), st.sampled_from([0, 1, 2]))
def test_array_splitter_matches_json_for_any_values(values, indent):
    """Brackets and quotes inside strings, escapes and tiny chunks never confuse the split."""
    import io

    data = json.dumps(values, indent=indent or None, ensure_ascii=False).encode()
    original = readers._CHUNK
    readers._CHUNK = 3
    try:
        raws = list(readers._iter_json_array(io.BufferedReader(io.BytesIO(data), 8), "mem"))
    finally:
        readers._CHUNK = original
    assert [json.loads(r.data) for r in raws] == values


@pytest.mark.parametrize("kind", ["array", "jsonl"])
def test_memory_stays_flat_as_input_grows(tmp_path, kind):
    line = SAMPLE.read_text(encoding="utf-8").splitlines()[0]  # about 30 kB
    path = tmp_path / f"big.{'json' if kind == 'array' else 'jsonl'}"
    with open(path, "w", encoding="utf-8") as out:
        if kind == "array":
            out.write("[\n" + ",\n".join([line] * 150) + "\n]\n")
        else:
            out.write((line + "\n") * 150)
    size = path.stat().st_size
    assert size > 4_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_raw_records(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 150
    assert peak < 1_000_000 < size  # a few chunks and one record, not the file
