"""The raw record that readers hand to loaders, and the field checks every loader shares.

A :class:`RawRecord` is cheap to make and to pickle: the reading (format detection,
splitting a file into records) runs in one process, and the parsing of each record
into a :class:`~trialkg.model.Trial` can run in worker processes.

:class:`FieldCheck` carries what a loader knows about the record it is parsing (file,
position, NCT id) so that a malformed field is reported with that context: in lenient
mode it is skipped with a :class:`~trialkg.errors.TrialkgWarning`, in strict mode it
raises :class:`~trialkg.errors.RecordError`.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass

from trialkg.errors import RecordError, TrialkgWarning

__all__ = ["FORMATS", "FieldCheck", "RawRecord"]

#: The record formats a reader can produce, each with its loader in ``LOADERS``.
FORMATS = ("ctgov-json", "ctgov-xml", "text")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One source record, not yet parsed.

    :param source: the path as given; for a ZIP member ``archive.zip!/member.json``.
    :param index: the record's position in its source (0-based).
    :param format: one of :data:`FORMATS`.
    :param data: the record's bytes (one JSON value, one XML document, one text page).
    """

    source: str
    index: int
    format: str
    data: bytes

    @property
    def sha256(self) -> str:
        """Return the hex SHA-256 of the record bytes (provenance of the parsed trial)."""
        return hashlib.sha256(self.data).hexdigest()


class FieldCheck:
    """Report malformed fields of one record, leniently or strictly.

    :param source: the input file.
    :param index: the record's position in the file.
    :param strict: raise on a malformed optional field instead of warning.
    :param nct_id: the record's NCT id, once known (may be set later).
    """

    __slots__ = ("source", "index", "strict", "nct_id", "skipped")

    def __init__(self, source: str, index: int | None, *, strict: bool,
                 nct_id: str | None = None) -> None:
        self.source = source
        self.index = index
        self.strict = strict
        self.nct_id = nct_id
        self.skipped = 0  #: malformed fields skipped so far (lenient mode)

    def fail(self, field: str | None, reason: str) -> RecordError:
        """Return the error for a record that cannot be used at all (the caller raises it).

        :param field: the path of the offending field, or None.
        :param reason: one line saying what is wrong.
        :returns: a :class:`RecordError` with the record's context.
        """
        return RecordError(self.source, reason, nct_id=self.nct_id, index=self.index,
                           field=field)

    def bad(self, field: str, reason: str) -> None:
        """Report a malformed optional field: warn and go on, or raise in strict mode.

        :param field: the path of the offending field.
        :param reason: one line saying what is wrong.
        :raises RecordError: in strict mode.
        """
        if self.strict:
            raise self.fail(field, reason)
        self.skipped += 1
        where = self.nct_id or f"{self.source} record {(self.index or 0) + 1}"
        warnings.warn(f"{where}: field {field}: {reason}; skipped", TrialkgWarning,
                      stacklevel=3)
