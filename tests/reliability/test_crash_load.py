"""Crash consistency: ``trialkg load`` killed with SIGKILL at random moments.

One store, one corpus (see ``conftest.py``), loaded again and again and killed each time:
at a random moment of the load (uniform over its clean duration), or — every other time —
a few milliseconds after the k-th store batch started writing (while its journal is
pending). After each kill:

* the load's worker processes exit by themselves, and the store opens at once;
* every graph in the store equals the same graph of the clean load (canonical N-Quads):
  no trial is partial, none is foreign, the ontology is whole;

and the next run repairs what the kill interrupted. After the last kill, one more run
ends with a store identical to the clean one. ``TRIALKG_CRASH_KILLS`` (default 20) and
``TRIALKG_CRASH_SEED`` control the run; RELIABILITY.md has the figures.
"""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter

import pytest

from .checks import graph_digests, store_digest
from .conftest import BATCH, load_args
from .figures import record
from .procs import descendants, env_int, run, sigkill, start, stop, wait_gone

KILLS = env_int("TRIALKG_CRASH_KILLS", 20)
SEED = env_int("TRIALKG_CRASH_SEED", random.SystemRandom().randrange(10**6))


def _wait_for_batches(pending, proc, count: int, timeout: float) -> int:
    """Wait until the load has started ``count`` journaled batches; return how many it did."""
    seen, present = 0, False
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        now = pending.exists()
        if now and not present:
            seen += 1
            if seen >= count:
                return seen
        present = now
        time.sleep(0.002)
    return seen


def check_whole(digests: dict[str, str], clean: dict[str, str], when: str) -> None:
    """Every graph present equals the clean load's graph; nothing else is there."""
    foreign = sorted(set(digests) - set(clean))
    assert not foreign, f"{when}: graphs the clean load does not have: {foreign[:5]}"
    partial = sorted(g for g, d in digests.items() if clean[g] != d)
    assert not partial, f"{when}: {len(partial)} graph(s) differ from the clean load: {partial[:5]}"


def test_sigkill_during_load_never_leaves_a_partial_trial(clean_load, tmp_path):
    rng = random.Random(SEED)
    store = tmp_path / "kg"
    pending = store / "journal" / "pending.json"
    log = tmp_path / "load.log"
    batches = clean_load.trials // BATCH + 1
    stats: Counter = Counter()
    kills: list[dict] = []
    started_all = time.monotonic()
    # a re-run replaces trials (journal copies, drops) and may take longer than the clean load:
    # the batch-targeted kills tell how long, a run that ends before its kill tells it exactly,
    # and the timed kills then cover all of it
    estimate = clean_load.seconds
    while len(kills) < KILLS:
        assert stats["runs"] < 3 * KILLS, f"seed {SEED}: too many runs ended before the kill"
        stats["runs"] += 1
        proc = start(*load_args(clean_load.corpus, store), log=log)
        began = time.monotonic()
        try:
            if len(kills) % 2:
                target = rng.randint(1, batches)
                _wait_for_batches(pending, proc, target, 3 * clean_load.seconds + 30)
                time.sleep(rng.uniform(0, 0.03))
                how = f"batch {target} + ms"
            else:
                delay = rng.uniform(0.05, 1.05 * estimate)
                deadline = began + delay
                while proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.005)
                how = f"{delay:.2f} s"
            if proc.poll() is not None:
                assert proc.returncode == 0, log.read_text()[-3000:]
                stats["ended before the kill"] += 1
                # a whole run was timed: the timed kills aim inside the next one (the clean
                # load's time, taken on a cold or busy machine, can be twice a re-run's)
                estimate = time.monotonic() - began
                continue
            workers = descendants(proc.pid)
            sigkill(proc.pid)
            proc.wait(timeout=30)
            mid_batch = pending.exists()
            after = time.monotonic() - began
            kills.append({"moment": how, "after_s": round(after, 2), "mid_batch": mid_batch})
            if len(kills) % 2 == 0:  # a batch-targeted kill: k batches took `after` seconds
                estimate = max(estimate, after * batches / target)
            stats["mid-batch kills" if mid_batch else "kills between batches"] += 1
            left = wait_gone(workers, timeout=10)
            assert not left, f"seed {SEED}: load workers {left} outlived the killed load"
        finally:
            stop(proc)
        if not (store / "oxigraph").is_dir():  # killed before it created the database
            from trialkg.errors import StoreError
            from trialkg.store import TrialStore

            with pytest.raises(StoreError, match="no trialkg store here"):
                TrialStore.open(store)
            stats["kills before the store existed"] += 1
            continue
        # a reader opens a copy of the store at once (repairing the copy if needed); the
        # store itself keeps its journal for the next run to repair
        copy = tmp_path / f"copy-{len(kills)}"
        shutil.copytree(store, copy)
        seen = graph_digests(copy, wait=0)
        check_whole(seen, clean_load.digests, f"seed {SEED}, kill {len(kills)} ({how})")
        stats["trials seen after kills"] += sum(1 for g in seen if "/graph/NCT" in g)
        shutil.rmtree(copy)

    final = run(*load_args(clean_load.corpus, store), timeout=3600)
    assert final.code == 0, final
    repairs = log.read_text().count("repaired the store") + final.err.count("repaired the store")
    digests = graph_digests(store)
    check_whole(digests, clean_load.digests, f"seed {SEED}, after the last run")
    assert store_digest(digests) == store_digest(clean_load.digests), \
        f"seed {SEED}: the re-run store differs from the clean one"
    record("sigkill during trialkg load", seed=SEED, studies=clean_load.trials,
           batch_trials=BATCH, clean_load_s=round(clean_load.seconds, 1),
           rerun_estimate_s=round(estimate, 1), kills=len(kills),
           runs=stats["runs"] + 1, mid_batch_kills=stats["mid-batch kills"],
           between_batch_kills=stats["kills between batches"],
           runs_ended_before_kill=stats["ended before the kill"],
           kills_before_the_store_existed=stats["kills before the store existed"],
           repairs_reported=repairs,
           mean_trials_present_after_kill=round(stats["trials seen after kills"] / KILLS, 1),
           seconds=round(time.monotonic() - started_all, 1), kill_log=kills)
