"""Run ``trialkg`` commands as real processes, and stop them (only them, by pid)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


def trialkg(*args: object) -> list[str]:
    """The command line of ``python -m trialkg ARGS`` with this interpreter."""
    return [sys.executable, "-m", "trialkg", *map(str, args)]


@dataclass
class Finished:
    code: int
    seconds: float
    out: str
    err: str

    def __str__(self) -> str:
        return f"exit {self.code} after {self.seconds:.1f} s\n--- stderr\n{self.err[-3000:]}"


def run(*args: object, timeout: float = 600, cwd: Path | None = None) -> Finished:
    """Run a trialkg command to the end."""
    started = time.monotonic()
    done = subprocess.run(trialkg(*args), capture_output=True, text=True, timeout=timeout,
                          cwd=cwd, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    return Finished(done.returncode, time.monotonic() - started, done.stdout, done.stderr)


def start(*args: object, log: Path) -> subprocess.Popen:
    """Start a trialkg command in the background, its output to ``log``."""
    with open(log, "ab") as fh:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(trialkg(*args), stdout=fh, stderr=subprocess.STDOUT,
                                env=dict(os.environ, PYTHONUNBUFFERED="1"))


def descendants(pid: int) -> list[int]:
    try:
        return [p.pid for p in psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def sigkill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def wait_gone(pids: list[int], timeout: float) -> list[int]:
    """Wait until these processes have exited; return those still alive after ``timeout``."""
    def running(pid: int) -> bool:
        try:
            return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    deadline = time.monotonic() + timeout
    alive = [p for p in pids if running(p)]
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in alive if running(p)]
    return alive


def stop(proc: subprocess.Popen | None) -> None:
    """Kill a process we started and every process it started (by pid), and reap it."""
    if proc is None:
        return
    kids = descendants(proc.pid)
    if proc.poll() is None:
        sigkill(proc.pid)
    for pid in kids:
        sigkill(pid)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
