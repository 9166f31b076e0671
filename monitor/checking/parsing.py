"""Parsing in worker processes: a crash or a hang costs one page, never the pass.

The workers are a standard ``concurrent.futures.ProcessPoolExecutor`` started by the forkserver: the checking
process runs threads (APScheduler's, the writer's, the resolver's), and forking it could copy a lock that
another thread held into the child, which would then wait on it for ever. The forkserver is a small process,
started once, that imports the parsing code before it forks each worker. Each worker also runs the main script
again before its first call (multiprocessing's rule): the ``regwatch`` script's module, ``monitor/__main__.py``,
imports nothing at the top, so a worker holds only what parsing needs, not the command line.

The executor cannot stop one running call, and one worker's death breaks it whole, so this module adds what
it lacks. At most two calls per worker are submitted at a time, so a call waits for at most one other before
it runs, and its time limit is mostly its own. A call past ``timeout`` gets the executor's workers killed and
a new executor. A call that finds the executor broken (a worker died under it or beside it) runs again alone,
in an executor of its own: if that one dies too, the page is to blame; the calls that were merely running
beside it go through.
"""
from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from monitor.errors import RegwatchError

# What parsing imports (lazily, in the kinds): imported once in the forkserver, shared by every worker.
PRELOAD = ["monitor.detect", "sources", "feedparser", "selectolax.lexbor"]
START_TIMEOUT = 120  # seconds for the worker processes to start
CALLS_PER_WORKER = 2  # submitted at once: a worker never waits for the event loop, a call waits for one other


class ParsingFailed(RegwatchError):
    """A page's parsing process died or ran out of time: that source's health event."""


class Parsers:
    """``workers`` parsing processes; ``await parsers.run(function, *args)`` runs a picklable call in one of
    them within ``timeout`` seconds. The processes start on the first call: a pass with nothing to parse
    (all 304s) starts none."""

    def __init__(self, workers: int, timeout: float) -> None:
        self.workers, self.timeout = workers, timeout
        self._executor: ProcessPoolExecutor | None = None
        self._slots = asyncio.Semaphore(CALLS_PER_WORKER * workers)
        self._starting = asyncio.Lock()

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)``'s result, or the exception it raised; :class:`ParsingFailed` when its process
        died or ran past the time limit."""
        async with self._slots:
            async with self._starting:
                if self._executor is None:
                    self._executor = await _started(self.workers)
            shared = self._executor
            try:
                return await self._call(shared, function, args)
            except BrokenProcessPool:
                if shared is self._executor:  # the first call to see it broken starts the next one
                    self._executor = None
                _kill(shared)
        alone = await _started(1)
        try:
            return await self._call(alone, function, args)
        except BrokenProcessPool:
            raise ParsingFailed("the parsing process died (the parser crashed on this page)") from None
        finally:
            _kill(alone)

    async def _call(self, executor: ProcessPoolExecutor, function: Callable[..., Any], args: tuple) -> Any:
        try:
            return await asyncio.wait_for(asyncio.wrap_future(executor.submit(function, *args)), self.timeout)
        except TimeoutError:
            if executor is self._executor:
                self._executor = None
            _kill(executor)  # a running call can be stopped no other way
            raise ParsingFailed(f"parsing took longer than {self.timeout:g} s; the page was given up") from None

    def close(self) -> None:
        """Stop the workers and wait for them."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


async def _started(workers: int) -> ProcessPoolExecutor:
    """An executor whose ``workers`` processes are running: starting them (the forkserver too, the first time)
    takes seconds on a busy machine, which must not count against any page's time limit."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    executor = ProcessPoolExecutor(workers, mp_context=context)
    try:
        await asyncio.wait_for(asyncio.gather(*(asyncio.wrap_future(executor.submit(int)) for _ in range(workers))),
                               START_TIMEOUT)
    except (TimeoutError, BrokenProcessPool):
        _kill(executor)
        raise ParsingFailed(f"the parsing processes did not start within {START_TIMEOUT} s") from None
    return executor


def _kill(executor: ProcessPoolExecutor) -> None:
    """Kill the executor's workers and let it go (``kill_workers`` from Python 3.14 on)."""
    kill = getattr(executor, "kill_workers", None)
    if kill is not None:
        kill()
    else:
        for process in list((executor._processes or {}).values()):  # the executor's own table of its workers
            process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
