"""``trialkg serve`` argument and store checks (the running server is tested in test_live)."""

from __future__ import annotations

from trialkg.cli import main


def test_missing_store_is_an_input_error(tmp_path, capsys):
    assert main(["serve", "--store", str(tmp_path / "none"), "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "no trialkg store here" in err and "Traceback" not in err


def test_bad_limits_are_usage_errors(tmp_path, capsys):
    assert main(["serve", "--store", str(tmp_path), "--timeout", "0"]) == 2
    assert "--timeout" in capsys.readouterr().err


def test_help_names_the_defaults(capsys):
    assert main(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    assert "127.0.0.1" in out and "--max-results" in out and "Example: trialkg serve" in out
