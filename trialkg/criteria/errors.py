"""The error of the criteria parser."""

from __future__ import annotations

from trialkg.errors import TrialkgError

__all__ = ["CriteriaSyntaxError"]


class CriteriaSyntaxError(TrialkgError, ValueError):
    """An eligibility text cannot be parsed (in strict mode).

    :param reason: one line saying what is wrong.
    :param text: the offending text (or a short ``repr`` of a non-text input).
    :param span: ``(start, end)`` of the offending part in ``text``, when known.
    """

    def __init__(self, reason: str, *, text: str = "", span: tuple[int, int] | None = None) -> None:
        self.reason = reason
        self.text = text
        self.span = span
        where = f" at {span[0]}-{span[1]}" if span is not None else ""
        super().__init__(f"eligibility criteria{where}: {reason}")
