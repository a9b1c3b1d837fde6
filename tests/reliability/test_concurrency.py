"""Concurrency: readers during a load, and two loads at once, with real processes.

The store's flock allows one writer or many readers. A reader during a load either fails
clearly (``StoreBusyError``: exit 1 and one line naming the store and the writer's pid)
or waits and then sees whole trials — also when the load it waited for was killed
mid-batch, in which case the reader first repairs the store. Two loads either serialize
(``--wait``) or the second fails at once; the final store always equals a clean load.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time

from .checks import digests_of, graph_digests, store_digest
from .conftest import load_args
from .figures import record
from .procs import descendants, run, sigkill, start, stop, wait_gone
from .test_crash_load import _wait_for_batches, check_whole


def _writing(store, proc, timeout: float = 120.0) -> None:
    """Wait until a load holds the write lock and has started a batch."""
    lock = store / "trialkg.lock"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip() == f"pid {proc.pid}":
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the load ended before it could be observed"
    _wait_for_batches(store / "journal" / "pending.json", proc, 1, timeout)


class _Reader(threading.Thread):
    """Open the store read-only with ``wait`` and take the digests of what it sees."""

    def __init__(self, store, wait: float) -> None:
        super().__init__(daemon=True)
        self.store, self.wait = store, wait
        self.digests = self.error = self.opened_after = None

    def run(self) -> None:
        from trialkg.store import TrialStore

        began = time.monotonic()
        try:
            with TrialStore.open(self.store, wait=self.wait) as st:
                self.opened_after = time.monotonic() - began
                self.digests = digests_of(st.oxigraph)
        except Exception as exc:  # noqa: BLE001 - reported by the test
            self.error = exc


def _one_line_busy(result, store) -> None:
    lines = result.err.strip().splitlines()
    assert result.code == 1, result
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(store) in lines[0], result
    assert "another trialkg process" in lines[0], result


def test_readers_during_a_load_fail_clearly_or_wait_for_whole_trials(clean_load, tmp_path):
    store = tmp_path / "kg"
    part1, part2 = clean_load.corpus / "part-1.jsonl", clean_load.corpus / "part-2.jsonl"
    assert run(*load_args(part1, store)).code == 0
    proc = start(*load_args(part2, store), log=tmp_path / "load.log")
    try:
        _writing(store, proc)
        waiting = _Reader(store, wait=600)
        waiting.start()
        # a query from the command line: waits a little, then says why it cannot run
        began = time.monotonic()
        query = run("query", "trials", "--store", store, "--format", "json")
        if query.code != 0:
            _one_line_busy(query, store)
            assert f"pid {proc.pid}" in query.err, query
            outcome = f"refused after {time.monotonic() - began:.1f} s"
        else:  # the load released the store within the query's wait: all of it is there
            rows = json.loads(query.out)["results"]["bindings"]
            assert len(rows) == clean_load.trials, query
            outcome = "waited and answered"
        stats = run("stats", "--store", store)
        assert stats.code == 0 or "another trialkg process" in stats.err, stats
        assert proc.wait(timeout=600) == 0, (tmp_path / "load.log").read_text()[-3000:]
        waiting.join(timeout=120)
    finally:
        stop(proc)
    assert waiting.error is None, waiting.error
    assert store_digest(waiting.digests) == store_digest(clean_load.digests)
    record("reader during a load", query=outcome, waiting_reader_opened_after_s=round(
        waiting.opened_after, 1), trials=clean_load.trials)


def test_reader_waiting_on_a_killed_load_repairs_and_sees_whole_trials(clean_load, tmp_path):
    store = tmp_path / "kg"
    assert run(*load_args(clean_load.corpus / "part-1.jsonl", store)).code == 0
    proc = start(*load_args(clean_load.corpus, store), log=tmp_path / "load.log")
    try:
        _writing(store, proc)
        reader = _Reader(store, wait=600)  # waits for the load to go away
        reader.start()
        pending = store / "journal" / "pending.json"
        _wait_for_batches(pending, proc, 2, 120)  # inside a batch that replaces trials
        workers = descendants(proc.pid)
        sigkill(proc.pid)
        proc.wait(timeout=30)
        mid_batch = pending.exists()  # (the reader repairs it a moment later)
        assert not wait_gone(workers, 10)
        reader.join(timeout=120)
    finally:
        stop(proc)
    assert reader.error is None, reader.error
    check_whole(reader.digests, clean_load.digests, "reader after the killed load")
    assert sum(1 for g in reader.digests if "/graph/NCT" in g) >= clean_load.trials // 2
    assert not pending.exists()  # the reader rolled the interrupted batch back
    record("reader waiting on a killed load", killed_mid_batch=mid_batch,
           reader_opened_after_s=round(reader.opened_after, 1),
           trials_seen=sum(1 for g in reader.digests if "/graph/NCT" in g))


def test_two_loads_serialize_with_wait_or_the_second_fails_at_once(clean_load, tmp_path):
    """A load while another process writes fails at once; with ``--wait`` two loads serialize.

    The refusal is checked against a writer this test process holds: a load of 50 trials can
    end before a second process has even started, so racing two loads for it is not a test.
    """
    from trialkg.store import TrialStore

    store = tmp_path / "kg"
    part1, part2 = clean_load.corpus / "part-1.jsonl", clean_load.corpus / "part-2.jsonl"
    writer = TrialStore.open(store, write=True)
    try:
        began = time.monotonic()
        refused = run(*load_args(part2, store))
        refused_after = time.monotonic() - began
    finally:
        writer.close()
    _one_line_busy(refused, store)
    assert refused_after < 30  # at once: not after the writer let go
    first = start(*load_args(part1, store, "--wait", 600), log=tmp_path / "first.log")
    second = start(*load_args(part2, store, "--wait", 600), log=tmp_path / "second.log")
    try:
        assert first.wait(timeout=600) == 0, (tmp_path / "first.log").read_text()[-3000:]
        assert second.wait(timeout=600) == 0, (tmp_path / "second.log").read_text()[-3000:]
    finally:
        stop(first)
        stop(second)
    assert store_digest(graph_digests(store)) == store_digest(clean_load.digests)
    record("two loads at once", second_refused_after_s=round(refused_after, 1))


def test_command_line_readers_give_up_with_one_clear_line_while_a_writer_holds_the_store(
        clean_load, tmp_path):
    """Deterministic: this test process holds the write lock while the commands run."""
    from trialkg.store import TrialStore

    store = tmp_path / "kg"
    shutil.copytree(clean_load.store, store)
    writer = TrialStore.open(store, write=True)
    try:
        for args in (["query", "trials"], ["stats"], ["export", "-f", "nq", "-o", tmp_path / "o"]):
            began = time.monotonic()
            result = run(*args, "--store", store)
            _one_line_busy(result, store)
            assert "being written" in result.err and f"pid {os.getpid()}" in result.err, result
            assert "--wait" not in result.err, result  # readers have no such option
            assert time.monotonic() - began < 60
    finally:
        writer.close()
    assert run("query", "trials", "--store", store).code == 0


def test_a_held_reader_makes_a_load_fail_at_once_or_wait(clean_load, tmp_path):
    from trialkg.store import TrialStore

    store = tmp_path / "kg"
    part1 = clean_load.corpus / "part-1.jsonl"
    assert run(*load_args(part1, store)).code == 0
    before = graph_digests(store)
    reader = TrialStore.open(store)
    try:
        refused = run(*load_args(clean_load.corpus, store))
        _one_line_busy(refused, store)
        assert graph_digests(store) == before  # a second reader is fine, the store untouched
        waiting = start(*load_args(clean_load.corpus, store, "--wait", 600),
                        log=tmp_path / "wait.log")
        time.sleep(1.0)
        assert waiting.poll() is None  # still waiting for the reader
    finally:
        reader.close()
    try:
        assert waiting.wait(timeout=600) == 0
    finally:
        stop(waiting)
    assert store_digest(graph_digests(store)) == store_digest(clean_load.digests)
