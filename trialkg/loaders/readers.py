"""Thin readers: find the records in a file, a folder or a ZIP archive, without parsing them.

The format is detected from the content, not only from the file name:

* ``PK`` magic: a ZIP archive, whose members are read like the files of a folder;
* ``[``: the website's JSON array download, split element by element by an incremental
  scanner (memory stays flat however long the array);
* ``{``: one API v2 study object (possibly pretty-printed), a page of the API
  (``{"studies": [...]}``) or JSON Lines (one study per line, read line by line);
* ``<``: a legacy ClinicalTrials.gov XML study (``<clinical_study>``), checked by
  :func:`trialkg.safexml.check_xml_safe` before anything else;
* UTF-8 text in a ``.txt``/``.md`` file: a free-text trial page.

A whole-file problem raises :class:`~trialkg.errors.InputError` with one line naming the
file. A bad element of a JSON array or a bad line of JSON Lines is still yielded: the
loader then rejects that record alone with a :class:`~trialkg.errors.RecordError`.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from trialkg.errors import InputError
from trialkg.loaders.record import RawRecord
from trialkg.safexml import check_xml_safe

__all__ = ["MAX_RECORD_BYTES", "TEXT_SUFFIXES", "iter_input_files", "iter_raw_records"]

#: The largest single record (a study, a page, one array element) read into memory.
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: File name endings of free-text trial pages.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
#: File name endings a folder walk or a ZIP archive reads; other files are left alone.
DATA_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".xml", ".zip"}) | TEXT_SUFFIXES
#: Files of a folder that are documentation, not trial pages (compared upper-case, no suffix).
_DOC_STEMS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "COPYING"})

_CHUNK = 1 << 16
_BOM = b"\xef\xbb\xbf"
#: A whole string (escapes included), a lone quote (string not closed yet) or a bracket.
_TOKENS = re.compile(rb'"(?:[^"\\]++|\\.)*+"|["{}\[\]]', re.DOTALL)
QUOTE = ord('"')
_SCALAR_END = re.compile(rb"[,\]\s]")
_SPACE = b" \t\r\n"

OnError = Callable[[InputError], None]


def iter_input_files(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield the files a path names: itself, or a folder's data files in sorted order.

    Folders are walked recursively; hidden files and folders, documentation files
    (README, LICENSE…) and files whose name does not end in a data suffix are skipped.

    :param path: a file or a folder.
    :returns: an iterator of paths, each starting with ``path`` as given.
    :raises InputError: when the path does not exist.
    """
    root = Path(path)
    if root.is_file():
        yield root
        return
    if not root.is_dir():
        raise InputError(str(path), "no such file or folder")
    yield from _walk(root)


def _walk(folder: Path) -> Iterator[Path]:
    """Yield the data files under a folder, entries in name order, depth first."""
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        if entry.is_dir():
            yield from _walk(folder / entry.name)
        elif entry.is_file() and _wanted(entry.name):
            yield folder / entry.name


def _wanted(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    return (not base.startswith(".") and f".{suffix.lower()}" in DATA_SUFFIXES and bool(dot)
            and stem.upper() not in _DOC_STEMS)


def iter_raw_records(path: str | os.PathLike[str], *,
                     on_error: OnError | None = None) -> Iterator[RawRecord]:
    r"""Yield the raw records of a file, a ZIP archive or a folder, streaming.

    >>> from pathlib import Path
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "page.txt").write_text("A Study of X\n• Age over 18\n")
    >>> [(r.format, r.index) for r in iter_raw_records(folder / "page.txt")]
    [('text', 0)]

    :param path: a file or a folder (walked recursively in sorted order).
    :param on_error: when given, a file that cannot be read is reported to it and the
        other files of the folder or archive are still read; otherwise the first such
        file raises.
    :returns: an iterator of :class:`RawRecord`.
    :raises InputError: for a file that cannot be read (empty, truncated, binary, not a
        study, unknown format) when ``on_error`` is None.
    :raises UnsafeXMLError: for XML that declares entities or an external DTD (same rule).
    """
    for file in iter_input_files(path):
        source = str(file)
        try:
            if zipfile.is_zipfile(file):
                yield from _iter_zip(file, source, on_error)
                continue
            with open(file, "rb") as stream:
                yield from _iter_stream(stream, source, file.name)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
        except OSError as exc:
            error = InputError(source, exc.strerror or str(exc))
            if on_error is None:
                raise error from None
            on_error(error)


def _iter_zip(file: Path, source: str, on_error: OnError | None) -> Iterator[RawRecord]:
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise InputError(source, f"not a readable ZIP archive ({exc})") from None
    with archive:
        members = sorted(i.filename for i in archive.infolist()
                         if not i.is_dir() and "__MACOSX/" not in i.filename
                         and not any(p.startswith(".") for p in i.filename.split("/"))
                         and _wanted(i.filename))
        if not members:
            raise InputError(source, "ZIP archive holds no trial files")
        for name in members:
            member = f"{source}!/{name}"
            try:
                if name.lower().endswith(".zip"):
                    raise InputError(member, "nested ZIP archives are not read")
                with archive.open(name) as stream:
                    yield from _iter_stream(stream, member, name)
            except (zipfile.BadZipFile, EOFError, OSError) as exc:
                error = InputError(member, f"damaged ZIP member ({exc})")
                if on_error is None:
                    raise error from None
                on_error(error)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were read for sniffing, put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _iter_stream(stream: IO[bytes], source: str, name: str) -> Iterator[RawRecord]:
    """Detect the format of one file (or ZIP member) and yield its records."""
    head = stream.read(_CHUNK)
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    first = head.lstrip(_SPACE)[:1]
    suffix = Path(name).suffix.lower()
    reader = io.BufferedReader(_Rewound(head, stream), _CHUNK)
    if not head.strip(_SPACE):
        if len(head) < _CHUNK:
            raise InputError(source, "empty file")
        raise InputError(source, "starts with 64 KiB of blank space; not a trial file")
    if head.startswith(b"PK\x03\x04"):
        raise InputError(source, "nested ZIP archives are not read")
    json_like = first in (b"[", b"{") and _looks_like_json(head, suffix)
    if b"\x00" in head[:4096] and not json_like:  # in JSON, only the records with NULs fail
        raise InputError(source, "binary data, not a JSON, XML, ZIP or text trial file")
    if first == b"[" and _looks_like_json(head, suffix):
        _check_array_tail(stream, source)
        yield from _iter_json_array(reader, source)
    elif first == b"{" and _looks_like_json(head, suffix):
        yield from _iter_json_objects(reader, source)
    elif first == b"<" and (suffix not in TEXT_SUFFIXES or head.lstrip().startswith(
            (b"<?xml", b"<clinical_study"))):
        yield _xml_record(_read_all(reader, source), source)
    elif suffix in TEXT_SUFFIXES:
        data = _read_all(reader, source)
        _check_utf8(data, source)
        yield RawRecord(source, 0, "text", data)
    else:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:
                raise InputError(source, "binary data, not a JSON, XML, ZIP or text trial "
                                         "file") from None
        raise InputError(source, "unknown format: not JSON, XML or ZIP (free-text trial "
                                 "pages must end in .txt or .md)")


def _check_array_tail(stream: IO[bytes], source: str) -> None:
    """Refuse a JSON array file whose end is cut off, before any element is yielded.

    A download that stopped half-way loses the closing bracket; checking the last bytes
    first means none of the file is loaded rather than its first part. (Streams that
    cannot seek, such as ZIP members, are checked as they are read.)
    """
    try:
        if not stream.seekable():
            return
        here = stream.tell()
        size = stream.seek(0, io.SEEK_END)
        stream.seek(max(0, size - 4096))
        tail = stream.read().rstrip(_SPACE)
        stream.seek(here)
    except (OSError, ValueError):
        return
    if not tail.endswith(b"]"):
        raise InputError(source, "truncated JSON array: the file does not end with ']' "
                                 "(an interrupted download?); nothing of it was loaded")


def _looks_like_json(body: bytes, suffix: str) -> bool:
    """Tell JSON from a text page that happens to start with a bracket."""
    if suffix not in TEXT_SUFFIXES:
        return True
    return re.match(rb'\s*[\[{]\s*(["{\[\]}]|$)', body) is not None


def _read_all(reader: BinaryIO, source: str) -> bytes:
    data = reader.read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        raise InputError(source, f"a single record larger than {MAX_RECORD_BYTES >> 20} MiB")
    return data


def _check_utf8(data: bytes, source: str) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at line "
                                 f"{line}, offset {exc.start})") from None


def _xml_record(data: bytes, source: str) -> RawRecord:
    check_xml_safe(data, source)
    root = re.search(rb"<([A-Za-z_][\w.:-]*)", re.sub(rb"<[?!][^>]*>", b"", data[:_CHUNK]))
    if root is None or root.group(1) != b"clinical_study":
        tag = root.group(1).decode("utf-8", "replace") if root else "?"
        raise InputError(source, f"XML root element is <{tag}>, not a ClinicalTrials.gov "
                                 f"<clinical_study>")
    return RawRecord(source, 0, "ctgov-xml", data)


def _iter_json_objects(reader: BinaryIO, source: str) -> Iterator[RawRecord]:
    """Read JSON Lines line by line, or one JSON document when the file is not JSONL."""
    lines: list[bytes] = []
    for line in reader:
        if line.strip():
            lines.append(line)
            if len(lines) == 2:
                break
    if len(lines) == 2 and (_parses(lines[0]) or (lines[1].lstrip().startswith(b"{")
                                                   and _parses(lines[1]))):
        index = 0
        for line in itertools.chain(lines, reader):
            line = line.strip()
            if line:
                if len(line) > MAX_RECORD_BYTES:
                    raise InputError(source, f"line {index + 1} is larger than "
                                             f"{MAX_RECORD_BYTES >> 20} MiB")
                yield RawRecord(source, index, "ctgov-json", line)
                index += 1
        return
    data = b"".join(lines) + _read_all(reader, source)
    _check_utf8(data, source)
    text = data.decode("utf-8")  # checked above; json.loads(bytes) would guess UTF-16 at a NUL
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = "; truncated?" if exc.pos >= len(text.rstrip()) else ""
        raise InputError(source, f"not valid JSON ({exc.msg}: line {exc.lineno}, column "
                                 f"{exc.colno}){hint}") from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply to read") from None
    if isinstance(doc, dict) and isinstance(doc.get("studies"), list) \
            and "protocolSection" not in doc:
        for index, study in enumerate(doc["studies"]):
            try:
                data = json.dumps(study, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate (\ud800): keep it escaped
                data = json.dumps(study).encode("utf-8")
            yield RawRecord(source, index, "ctgov-json", data)
        return
    if not isinstance(doc, dict) or "protocolSection" not in doc:
        keys = ", ".join(sorted(doc)[:6]) if isinstance(doc, dict) else type(doc).__name__
        raise InputError(source, f"JSON is not a ClinicalTrials.gov study (no protocolSection; "
                                 f"found {keys or 'an empty object'})")
    yield RawRecord(source, 0, "ctgov-json", data.strip())


def _parses(line: bytes) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _iter_json_array(reader: BinaryIO, source: str) -> Iterator[RawRecord]:
    """Split a JSON array into its elements' bytes, holding one element at a time."""
    buf = bytearray()
    pos = 0  # scan position in buf
    eof = False
    index = 0

    def more() -> bool:
        nonlocal eof
        if eof:
            return False
        chunk = reader.read(_CHUNK)
        if not chunk:
            eof = True
            return False
        buf.extend(chunk)
        return True

    def skip_space() -> bool:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in _SPACE:
                pos += 1
            if pos < len(buf) or not more():
                return pos < len(buf)

    skip_space()
    pos += 1  # the opening bracket, seen by the caller
    expect_element = True
    while True:
        if not skip_space():
            raise InputError(source, f"truncated JSON array: no closing ] after {index} "
                                     f"element(s)")
        byte = buf[pos]
        if byte == ord("]"):
            pos += 1
            if skip_space():
                raise InputError(source, f"unexpected data after the JSON array "
                                         f"(byte {pos} of the buffer)")
            return
        if byte == ord(",") and not expect_element:
            pos += 1
            expect_element = True
            continue
        if not expect_element:
            raise InputError(source, f"malformed JSON array: expected , or ] after element "
                                     f"{index}")
        start = pos
        pos = _element_end(buf, pos, more, source, index)
        yield RawRecord(source, index, "ctgov-json", bytes(buf[start:pos]))
        index += 1
        expect_element = False
        del buf[:pos]
        pos = 0


def _element_end(buf: bytearray, pos: int, more: Callable[[], bool], source: str,
                 index: int) -> int:
    """Return the position just after the JSON value starting at ``pos`` (reading more)."""

    def need() -> None:
        if len(buf) > MAX_RECORD_BYTES:
            raise InputError(source, f"element {index + 1} is larger than "
                                     f"{MAX_RECORD_BYTES >> 20} MiB")
        if not more():
            raise InputError(source, f"truncated JSON array: file ends inside element "
                                     f"{index + 1}")

    if buf[pos] not in b"{[\"":  # a number or literal: a bad element, parsed later
        while True:
            m = _SCALAR_END.search(buf, pos)
            if m:
                return m.start()
            need()
    depth = 0
    while True:
        m = _TOKENS.search(buf, pos)
        if m is None:
            pos = len(buf)
            need()
            continue
        token = buf[m.start()]
        if token == QUOTE and m.end() - m.start() == 1:  # a string not closed in the buffer
            pos = m.start()
            need()
            continue
        pos = m.end()
        if token in b"{[":
            depth += 1
        elif token != QUOTE:
            depth -= 1
        if depth == 0:
            return pos
