"""Loaders: one source record in, one :class:`~trialkg.model.Trial` out.

Reading and parsing are apart. :func:`iter_raw_records` (in :mod:`.readers`) finds the
records of a file, folder or ZIP archive and yields cheap, picklable
:class:`RawRecord` values; :func:`parse_record` turns one of them into a trial with the
loader registered for its format in :data:`LOADERS`. Each loader lives in its own module:

* ``ctgov-json``: :mod:`.clinicaltrials_gov` (ClinicalTrials.gov API v2 JSON);
* ``ctgov-xml``: :mod:`.clinicaltrials_xml` (legacy ClinicalTrials.gov XML);
* ``text``: :mod:`.trial_text` (free-text trial pages).

Loaders make no network calls and write nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from trialkg.errors import RecordError
from trialkg.loaders.clinicaltrials_gov import parse_ctgov_json
from trialkg.loaders.clinicaltrials_xml import parse_ctgov_xml
from trialkg.loaders.readers import iter_input_files, iter_raw_records
from trialkg.loaders.record import FORMATS, RawRecord
from trialkg.loaders.trial_text import parse_trial_text
from trialkg.model import Trial

__all__ = [
    "FORMATS",
    "LOADERS",
    "RawRecord",
    "iter_input_files",
    "iter_raw_records",
    "load_file",
    "parse_record",
]

#: Record format → loader (``loader(raw, *, strict=False) -> Trial``).
LOADERS: dict[str, Callable[..., Trial]] = {
    "ctgov-json": parse_ctgov_json,
    "ctgov-xml": parse_ctgov_xml,
    "text": parse_trial_text,
}


def parse_record(raw: RawRecord, *, strict: bool = False) -> Trial:
    """Parse one raw record with the loader registered for its format.

    :param raw: a record from :func:`iter_raw_records`.
    :param strict: raise on a malformed optional field instead of skipping it with a
        :class:`~trialkg.errors.TrialkgWarning` naming the NCT id and the field.
    :returns: the trial, with its source, format and SHA-256 filled in.
    :raises RecordError: when the record is not a usable trial (not a study object, no
        identification, wrong types in required fields…), or in strict mode for any
        malformed field.
    :raises UnsafeXMLError: when an XML record declares entities or an external DTD.
    """
    loader = LOADERS.get(raw.format)
    if loader is None:
        raise RecordError(raw.source, f"no loader for format {raw.format!r}", index=raw.index)
    return loader(raw, strict=strict)


def load_file(path: str | os.PathLike[str], *, strict: bool = False) -> Iterator[Trial]:
    """Yield the trials of a file, folder or ZIP archive, stopping at the first bad record.

    :param path: what :func:`iter_raw_records` accepts.
    :param strict: see :func:`parse_record`.
    :returns: an iterator of trials.
    :raises InputError: when a file cannot be read.
    :raises RecordError: at the first record that is not a usable trial.
    """
    for raw in iter_raw_records(path):
        yield parse_record(raw, strict=strict)
