"""A pool of query worker processes with a time limit per query.

pyoxigraph's ``query()`` cannot be interrupted and holds the interpreter lock for
long stretches, so queries never run in the server process. Each worker is a
separate process (:mod:`trialkg.web.worker`) with its own read-only handle on the
store. A query takes an idle worker; when it passes the time limit the worker is
killed (``SIGKILL``: Oxigraph offers no gentler way to stop a query) and a fresh one
is started in the background, so one slow query never holds up the others for
longer than the limit.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import contextlib
import logging
import os
import pickle
import select
import subprocess
import sys
import time
from pathlib import Path

from trialkg.errors import QueryTimeoutError, StoreError, TrialkgError
from trialkg.web.worker import JobResult, QueryJob

__all__ = ["QueryPool", "PoolBusyError", "WorkerProcess"]

_LOG = logging.getLogger("trialkg.server")
_HEADER_SIZE = 8
#: Seconds a new worker may take to open the store and say it is ready.
STARTUP_SECONDS = 60.0


class PoolBusyError(TrialkgError, TimeoutError):
    """Every worker stayed busy for as long as a query may wait for one."""


class _WorkerDied(Exception):
    pass


class _WorkerTimedOut(Exception):
    pass


class WorkerProcess:
    """One worker process and its pipes (blocking calls: use from a thread)."""

    def __init__(self, store: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "trialkg.web.worker", str(store)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True)
        assert self.proc.stdin is not None and self.proc.stdout is not None  # both PIPE
        self._stdin = self.proc.stdin
        self._stdout = self.proc.stdout
        self.pid = self.proc.pid
        answer = self._read(time.monotonic() + STARTUP_SECONDS)
        if not isinstance(answer, tuple) or answer[0] != "ready":
            self.kill()
            reason = answer[1] if isinstance(answer, tuple) and len(answer) > 1 else answer
            raise StoreError(f"query worker could not start: {reason}")

    def _read_exact(self, size: int, deadline: float) -> bytes:
        fd = self._stdout.fileno()
        chunks, got = [], 0
        while got < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _WorkerTimedOut
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise _WorkerTimedOut
            chunk = os.read(fd, min(size - got, 1 << 20))
            if not chunk:
                raise _WorkerDied(f"worker {self.pid} exited (code {self.proc.poll()})")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def _read(self, deadline: float):
        size = int.from_bytes(self._read_exact(_HEADER_SIZE, deadline), "big")
        return pickle.loads(self._read_exact(size, deadline))

    def roundtrip(self, job: QueryJob, timeout: float) -> JobResult:
        """Send a job and wait for its answer; kill the worker when it takes too long.

        :raises _WorkerTimedOut: the limit passed (the worker is dead by then).
        :raises _WorkerDied: the worker exited or its pipe broke.
        """
        deadline = time.monotonic() + timeout
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._stdin.write(len(data).to_bytes(_HEADER_SIZE, "big") + data)
            self._stdin.flush()
            return self._read(deadline)
        except _WorkerTimedOut:
            self.kill()
            raise
        except Exception as exc:  # noqa: BLE001 - a broken channel: this worker is done
            self.kill()
            raise _WorkerDied(f"{type(exc).__name__}: {exc}") from exc

    def kill(self) -> None:
        """Kill the process at once and reap it."""
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL is not refused
            _LOG.error("worker %s did not die", self.pid)
        for stream in (self._stdin, self._stdout):
            with contextlib.suppress(OSError):
                stream.close()

    def stop(self, grace: float = 2.0) -> None:
        """Close the worker's input so it exits; kill it if it does not."""
        try:
            self._stdin.close()
            self.proc.wait(timeout=grace)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class QueryPool:
    """Worker processes that run queries with a time limit.

    :param store: the store folder (each worker opens it read-only).
    :param size: how many queries may run at once.
    :param timeout: seconds a query may run, serialization included.
    :param queue_timeout: seconds a query may wait for a free worker (default: ``timeout``).
    """

    def __init__(self, store: str | os.PathLike[str], *, size: int = 2, timeout: float = 5.0,
                 queue_timeout: float | None = None) -> None:
        if size < 1:
            raise ValueError("the pool needs at least one worker")
        self.store = Path(store)
        self.size = size
        self.timeout = timeout
        self.queue_timeout = timeout if queue_timeout is None else queue_timeout
        self.restarts = 0
        self._threads = cf.ThreadPoolExecutor(max_workers=size * 2 + 1,
                                              thread_name_prefix="trialkg-pool")
        self._idle: asyncio.Queue[WorkerProcess] | None = None
        self._all: set[WorkerProcess] = set()
        self._tasks: set[asyncio.Task] = set()
        self._closed = False

    async def start(self) -> None:
        """Start the workers and wait until each has opened the store.

        :raises StoreError: a worker could not open the store.
        """
        loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        started = await asyncio.gather(
            *(loop.run_in_executor(self._threads, WorkerProcess, self.store)
              for _ in range(self.size)), return_exceptions=True)
        errors = [w for w in started if isinstance(w, BaseException)]
        for w in started:
            if isinstance(w, WorkerProcess):
                self._all.add(w)
                self._idle.put_nowait(w)
        if errors:
            await self.close()
            raise errors[0]
        _LOG.info("%d query worker(s) ready (pids %s)", self.size,
                  ", ".join(str(w.pid) for w in self._all))

    @property
    def busy(self) -> int:
        """Return how many workers are running a query (or restarting)."""
        return self.size - (self._idle.qsize() if self._idle else 0)

    async def run(self, job: QueryJob) -> JobResult:
        """Run a job on a free worker.

        :param job: the query.
        :returns: the worker's answer.
        :raises QueryTimeoutError: the query passed the time limit and was stopped.
        :raises PoolBusyError: no worker became free in time.
        """
        # shielded: a client that goes away never leaks a worker
        return await asyncio.shield(self._run(job))

    async def _run(self, job: QueryJob) -> JobResult:
        if self._idle is None or self._closed:
            raise StoreError("the query pool is not running")
        getter = asyncio.ensure_future(self._idle.get())
        done, _ = await asyncio.wait({getter}, timeout=self.queue_timeout)
        if not done:
            getter.cancel()  # a worker handed over at this very moment is still taken below
            try:
                worker = await getter
            except asyncio.CancelledError:
                raise PoolBusyError(f"all {self.size} query workers stayed busy for "
                                    f"{self.queue_timeout:g} s; try again shortly") from None
        else:
            worker = getter.result()
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        try:
            result = await loop.run_in_executor(self._threads, worker.roundtrip, job,
                                                self.timeout)
        except _WorkerTimedOut:
            _LOG.warning("query stopped after %.1f s (worker %s killed): %.200r",
                         time.monotonic() - started, worker.pid, job.text)
            self._replace(worker)
            raise QueryTimeoutError(
                f"query stopped: it ran longer than {self.timeout:g} s, the server's time "
                "limit (make it more selective, or add a LIMIT)") from None
        except _WorkerDied as exc:
            _LOG.error("query worker %s died: %s", worker.pid, exc)
            self._replace(worker)
            return JobResult(500, message="the query worker stopped unexpectedly "
                                          "(out of memory?); try a smaller query")
        self._idle.put_nowait(worker)
        return result

    def _replace(self, dead: WorkerProcess) -> None:
        self._all.discard(dead)
        self.restarts += 1
        if not self._closed:
            task = asyncio.get_running_loop().create_task(self._spawn())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _spawn(self) -> None:
        loop = asyncio.get_running_loop()
        delay = 0.5
        while not self._closed:
            try:
                worker = await loop.run_in_executor(self._threads, WorkerProcess, self.store)
            except (TrialkgError, OSError) as exc:
                _LOG.error("could not restart a query worker: %s (retrying in %.0f s)",
                           exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            if self._closed:
                worker.stop()
                return
            assert self._idle is not None  # set by start(), before any worker is replaced
            self._all.add(worker)
            self._idle.put_nowait(worker)
            _LOG.info("query worker %s started", worker.pid)
            return

    async def close(self) -> None:
        """Stop every worker (busy ones are killed)."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        loop = asyncio.get_running_loop()
        idle = []
        while self._idle is not None and not self._idle.empty():
            idle.append(self._idle.get_nowait())
        busy = [w for w in self._all if w not in idle]
        for w in busy:
            w.kill()
        await asyncio.gather(*(loop.run_in_executor(self._threads, w.stop) for w in idle),
                             return_exceptions=True)
        self._all.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)
