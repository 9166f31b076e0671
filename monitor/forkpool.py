"""Parsing processes forked from the checking process, fed over socket pairs by its event loop.

Why not ``concurrent.futures.ProcessPoolExecutor``: a spawned or forkserver worker imports the whole CLI
again (the console script's ``__main__`` is re-run in each worker), about 55 MB per worker; and the
executor's feeder and manager threads cost the event loop about 0.6 s of GIL time per 2,000 pages. Forked
workers share this process's pages instead (``gc.freeze()`` keeps their collector from writing to, and so
copying, every inherited object), and the event loop itself sends each job and reads its result.

The workers are forked when the first call comes, so a pass with nothing to parse (all 304s) forks none.
A worker runs only parsing code (no I/O, no logging), so it waits on no lock another thread of the parent
could have held at the fork: the bet ``multiprocessing``'s fork start method (the Linux default up to
Python 3.13) makes too.
"""
from __future__ import annotations

import asyncio
import collections
import gc
import importlib
import os
import pickle
import signal
import socket
import struct
from collections.abc import Callable
from typing import Any

_LENGTH = struct.Struct("!Q")


class ForkPool:
    """``workers`` forked processes; ``await pool.run(function, *args)`` runs a picklable call in one of them.
    ``preload`` names modules the calls import lazily: imported once before the fork, their pages are shared
    instead of copied into every worker."""

    def __init__(self, workers: int, preload: tuple[str, ...] = ()) -> None:
        self.workers, self.preload = workers, preload
        self._children: list[_Child] = []

    def _fork(self) -> None:
        for module in self.preload:
            importlib.import_module(module)
        gc.freeze()  # until close(): in the parent too, whose collections would otherwise copy every page
        for _ in range(self.workers):
            ours, theirs = socket.socketpair()
            pid = os.fork()
            if pid == 0:
                _serve(theirs)
            theirs.close()
            self._children.append(_Child(pid, ours))

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)`` in the least busy worker: its result, or the exception it raised."""
        if not self._children:
            self._fork()
        child = min(self._children, key=lambda c: len(c.waiting))
        ok, value = await child.call(pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL))
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """End the workers (they exit on end of input) and reap them."""
        for child in self._children:
            child.sock.close()
        for child in self._children:
            os.waitpid(child.pid, 0)
        if self._children:
            gc.unfreeze()
        self._children.clear()


class _Child:
    """One worker's end of the socket pair. Calls are pipelined: the next one is sent while the worker is
    still busy with the last, so it never waits for this process's event loop to come round; their results
    come back in the order sent."""

    def __init__(self, pid: int, sock: socket.socket) -> None:
        self.pid, self.sock = pid, sock
        sock.setblocking(False)
        self.waiting: collections.deque[asyncio.Future] = collections.deque()
        self._sending = asyncio.Lock()
        self._reader: asyncio.Task | None = None

    async def call(self, data: bytes) -> tuple[bool, Any]:
        loop = asyncio.get_running_loop()
        if self._reader is None:
            self._reader = loop.create_task(self._read())
        result = loop.create_future()
        async with self._sending:  # one message at a time on the socket
            if self._reader.done():
                raise _died()
            self.waiting.append(result)
            try:
                await loop.sock_sendall(self.sock, _LENGTH.pack(len(data)) + data)
            except OSError:
                result.cancel()
                raise _died() from None
        return await result

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                (size,) = _LENGTH.unpack(await self._receive(loop, _LENGTH.size))
                reply = pickle.loads(await self._receive(loop, size))
                result = self.waiting.popleft()
                if not result.done():
                    result.set_result(reply)
        except (OSError, EOFError):
            for result in self.waiting:
                if not result.done():
                    result.set_exception(_died())

    async def _receive(self, loop: asyncio.AbstractEventLoop, size: int) -> bytearray:
        buffer = bytearray(size)
        view, got = memoryview(buffer), 0
        while got < size:
            count = await loop.sock_recv_into(self.sock, view[got:])
            if not count:
                raise EOFError
            got += count
        return buffer


def _died() -> RuntimeError:
    return RuntimeError("a parsing process died")


def _serve(sock: socket.socket) -> None:
    """The worker: run calls until the parent closes its end, then exit without running the parent's
    exit handlers (they belong to the parent)."""
    status = 0
    try:
        # Only the parent keeps its descriptors (connections it may close, the other workers' sockets, whose
        # end of input must come when the parent closes them) and its signal handlers.
        os.closerange(3, sock.fileno())
        os.closerange(sock.fileno() + 1, os.sysconf("SC_OPEN_MAX"))
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        with sock, sock.makefile("rb") as reader:
            while header := reader.read(_LENGTH.size):
                function, args = pickle.loads(reader.read(_LENGTH.unpack(header)[0]))
                try:
                    reply = pickle.dumps((True, function(*args)), pickle.HIGHEST_PROTOCOL)
                except Exception as exc:  # goes back to the caller, as from a local call
                    try:
                        reply = pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
                    except Exception:
                        reply = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
                sock.sendall(_LENGTH.pack(len(reply)) + reply)
    except BaseException:
        status = 1
    finally:
        os._exit(status)
