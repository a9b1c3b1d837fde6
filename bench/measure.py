"""Run a command, sample the peak RSS of its whole process tree, return its JSON output.

Every timed step of ``bench/run.py`` runs in a child process started through
:func:`run_measured`, so the peak RSS includes worker processes and is not inflated by
what earlier steps left in the runner's own memory.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

PYTHON = sys.executable
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_measured(cmd: list[str], *, timeout: float | None = None, env: dict | None = None,
                 interval: float = 0.05) -> dict:
    """Run cmd; return its last stdout line parsed as JSON plus wall time and peak RSS.

    :returns: the child's JSON dict with ``wall_s`` and ``peak_rss_mb`` added, or a dict
        with ``error`` when the command failed or timed out.
    """
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, **(env or {})})
    proc = psutil.Process(child.pid)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        stop.set()
        return {"error": f"timed out after {timeout:.0f} s", "cmd": cmd}
    finally:
        stop.set()
        sampler.join()
    wall = time.perf_counter() - started
    if child.returncode != 0:
        return {"error": f"exit {child.returncode}: {err.strip()[-2000:]}", "cmd": cmd}
    lines = [ln for ln in out.splitlines() if ln.strip()]
    try:
        result = json.loads(lines[-1]) if lines else {}
    except ValueError:
        result = {"stdout": out[-2000:]}
    result.setdefault("wall_s", wall)
    result["process_wall_s"] = wall
    result["peak_rss_mb"] = peak / 2**20
    return result


def machine_info() -> dict:
    """Cores, memory, load, and versions of everything measured."""
    from importlib import metadata

    def version(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    java = None
    with contextlib.suppress(OSError, subprocess.SubprocessError, IndexError):
        java = subprocess.run(["java", "-version"], capture_output=True, text=True,
                              timeout=30).stderr.splitlines()[0]
    commit = None
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=ROOT, timeout=30).stdout.strip() or None
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores_logical": psutil.cpu_count(),
        "cores_physical": psutil.cpu_count(logical=False),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "os": platform.platform(),
        "python": platform.python_version(),
        "java": java,
        "trialkg_commit": commit,
        "versions": {n: version(n) for n in ("trialkg", "pyoxigraph", "rdflib", "owlready2",
                                             "orjson", "psutil")},
    }
