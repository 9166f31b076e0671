"""Parsing in worker processes: a crash or a hang costs one page, never the pass.

pebble's ``ProcessPool`` (a ``concurrent.futures``-style pool) kills a worker whose call runs past its time
limit and starts a new worker in place of one that died; ``concurrent.futures.ProcessPoolExecutor`` can do
neither (one death breaks the whole executor, and a running call cannot be stopped). Workers come from the
forkserver: the checking process runs threads (APScheduler's, the writer's, the resolver's), and forking it
could copy a lock another thread held into the child, which would then wait on it for ever. The forkserver
is a small process started once, which imports the parsing code before it forks each worker.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import signal
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from pebble import ProcessExpired, ProcessPool

from monitor.errors import RegwatchError

# What parsing imports (lazily, in the kinds): imported once in the forkserver, shared by every worker.
PRELOAD = ["monitor.detect", "sources", "feedparser", "selectolax.lexbor"]


class ParsingFailed(RegwatchError):
    """A page's parsing process died or ran out of time: that source's health event."""


class Parsers:
    """``workers`` parsing processes; ``await parsers.run(function, *args)`` runs a picklable call in one of
    them within ``timeout`` seconds. The processes start on the first call: a pass with nothing to parse
    (all 304s) starts none."""

    def __init__(self, workers: int, timeout: float) -> None:
        self.workers, self.timeout = workers, timeout
        self._pool: ProcessPool | None = None

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)``'s result, or the exception it raised; :class:`ParsingFailed` when its process
        died or ran past the time limit (that process is then replaced)."""
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            self._pool = ProcessPool(max_workers=self.workers, context=context)
        future = self._pool.schedule(function, args=args, timeout=self.timeout)
        try:
            return await asyncio.wrap_future(future)
        except FutureTimeout:
            raise ParsingFailed(f"parsing took longer than {self.timeout:g} s; the page was given up") from None
        except ProcessExpired as exc:
            raise ParsingFailed(f"the parsing process died ({_exit(exc.exitcode)})") from None

    def close(self) -> None:
        """Stop the workers and wait for them."""
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None


def _exit(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            pass
    return f"exit status {code}"
