"""Errors and the one warning class of trialkg.

Every error derives from :class:`TrialkgError` and also from the builtin that fits,
so callers can catch either. Errors carry the context a user needs to find the
problem (file, NCT id, field path, text span) as attributes; ``str()`` gives one
plain line.
"""

from __future__ import annotations

__all__ = [
    "TrialkgError",
    "TrialkgWarning",
    "InputError",
    "RecordError",
    "UnsafeXMLError",
    "StoreError",
    "StoreBusyError",
    "QueryError",
    "QueryNotAllowedError",
    "QueryTimeoutError",
    "UnknownQueryError",
    "ParameterError",
    "RemoteError",
    "ProfileError",
    "ValidationFailed",
]


#: Every character str.splitlines() breaks at, written as its escape in a reason.
_LINE_BREAKS = {ord(c): repr(c)[1:-1] for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}


def _one_line(reason: str) -> str:
    """Return ``reason`` with its line breaks escaped.

    Input text quoted in a reason (a JSON key, an XML tag) must not break the one-line message.
    """
    return reason.translate(_LINE_BREAKS)


class TrialkgError(Exception):
    """Root of all trialkg errors."""


class TrialkgWarning(UserWarning):
    """Something was skipped or guessed; the run goes on."""


class InputError(TrialkgError, ValueError):
    """A whole input file cannot be read (unknown format, truncated, not a trial record).

    :param path: the file (or URL) that was being read.
    :param reason: one line saying what is wrong.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = _one_line(reason)
        super().__init__(_one_line(f"{self.path}: {reason}"))


class RecordError(TrialkgError, ValueError):
    """One record of an input cannot be turned into a trial; the others still load.

    :param path: the input file.
    :param reason: one line saying what is wrong.
    :param nct_id: the record's NCT id, when known.
    :param index: the record's position in the file (0-based), when known.
    :param field: the JSON/XML path of the offending field, when known.
    """

    def __init__(
        self,
        path: str,
        reason: str,
        *,
        nct_id: str | None = None,
        index: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.reason = _one_line(reason)
        self.nct_id = nct_id
        self.index = index
        self.field = field
        where = self.path
        if index is not None:
            where += f" record {index + 1}"
        if nct_id:
            where += f" ({nct_id})"
        if field:
            where += f" field {field}"
        super().__init__(_one_line(f"{where}: {reason}"))


class UnsafeXMLError(InputError):
    """An XML document declares entities or an external DTD (entity bombs, XXE)."""


class StoreError(TrialkgError, OSError):
    """The store cannot be opened, read or written."""


class StoreBusyError(StoreError):
    """Another process holds the store in a way that conflicts with this operation."""


class QueryError(TrialkgError, ValueError):
    """A SPARQL query is malformed or failed to run."""


class QueryNotAllowedError(QueryError, PermissionError):
    """A query uses a feature that this endpoint refuses (update, SERVICE, foreign FROM)."""


class QueryTimeoutError(QueryError, TimeoutError):
    """A query ran longer than its time limit and was stopped."""


class UnknownQueryError(QueryError, KeyError):
    """No named query of the library has this name."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "unknown query"


class ParameterError(QueryError):
    """A named query parameter is missing, unknown or of the wrong type."""


class RemoteError(TrialkgError, OSError):
    """A remote SPARQL server or registry API refused or failed a request."""


class ProfileError(TrialkgError, ValueError):
    """A patient profile is invalid; ``field`` names the offending field."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"patient profile field {field!r}: {reason}")


class ValidationFailed(TrialkgError):
    """SHACL validation found violations."""

    def __init__(self, count: int, report: str) -> None:
        self.count = count
        self.report = report
        super().__init__(f"{count} SHACL violation(s)")
