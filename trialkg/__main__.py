"""Run the command line as ``python -m trialkg``."""

from trialkg.cli import _entry

_entry()
