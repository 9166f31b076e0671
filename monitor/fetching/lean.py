"""The lean transport, ``[fetch] transport = "lean"``: HTTP/1.1 keep-alive connections on asyncio streams,
parsed by h11, for direct requests only (a request that goes through a proxy always takes httpx's own).

It exists for speed: httpcore's pool checks every pooled socket on every request (see the README's Speed
section for the figures). What it does not do, by design: no proxies, no HTTP/2. Idle connections are bounded
(at most ``max_idle`` in all, the oldest closed first, none kept past ``KEEPALIVE_EXPIRY``), and a request
with a body (a POST) always goes out on a fresh connection, so a connection the server closed while idle never
makes the transport send a body twice; a body-less request that meets such a connection is retried once on a
fresh one, as browsers do.
"""
from __future__ import annotations

import asyncio
import ssl
import time
from collections import OrderedDict
from collections.abc import AsyncIterator

import h11
import httpx

from monitor.fetching.transport import KEEPALIVE_EXPIRY

READ_SIZE = 65536
REPLAYABLE = frozenset({"GET", "HEAD"})
Origin = tuple[str, str, int]


class LeanTransport(httpx.AsyncBaseTransport):
    """Keep-alive connections per origin, at most ``max_idle`` idle in all. The fetcher's semaphores bound the
    requests in flight."""

    def __init__(self, verify: ssl.SSLContext, max_idle: int) -> None:
        self._verify, self._max_idle = verify, max_idle
        self._idle: OrderedDict[_Connection, Origin] = OrderedDict()  # oldest first
        self._by_origin: dict[Origin, list[_Connection]] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = (url.scheme, url.raw_host.decode("ascii"), url.port or (443 if url.scheme == "https" else 80))
        timeout = request.extensions.get("timeout", {})
        body = await request.aread()
        reusable = request.method in REPLAYABLE and not body
        connection = self._take(origin) if reusable else None
        if connection is not None:
            try:
                return await self._exchange(connection, origin, request, body, timeout)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
                pass  # the server closed it while it was idle: once more on a new connection
        connection = await self._connect(origin, timeout.get("connect"))
        return await self._exchange(connection, origin, request, body, timeout)

    async def aclose(self) -> None:
        writers = [connection.writer for connection in self._idle]
        self._idle.clear()
        self._by_origin.clear()
        for writer in writers:
            writer.close()
        await asyncio.gather(*(writer.wait_closed() for writer in writers), return_exceptions=True)

    async def _exchange(self, connection: _Connection, origin: Origin, request: httpx.Request, body: bytes,
                        timeout: dict) -> httpx.Response:
        try:
            await connection.send(request, body, timeout.get("write"))
            event = await connection.receive(timeout.get("read"))
            while isinstance(event, h11.InformationalResponse):
                event = await connection.receive(timeout.get("read"))
        except BaseException:
            connection.writer.close()
            raise
        if not isinstance(event, h11.Response):
            connection.writer.close()
            raise httpx.RemoteProtocolError("server disconnected without sending a response")
        return httpx.Response(event.status_code, headers=event.headers.raw_items(),
                              stream=_Body(self, origin, connection, timeout.get("read")),
                              extensions={"http_version": b"HTTP/1.1", "reason_phrase": event.reason})

    def _take(self, origin: Origin) -> _Connection | None:
        idle = self._by_origin.get(origin)
        while idle:
            connection = idle.pop()
            del self._idle[connection]
            if not connection.reader.at_eof() and time.monotonic() - connection.idle_since < KEEPALIVE_EXPIRY:
                return connection
            connection.writer.close()
        return None

    def _release(self, origin: Origin, connection: _Connection) -> None:
        """Keep the connection for the next request if its exchange ended cleanly, else close it; past
        ``max_idle`` idle connections the oldest is closed."""
        if connection.h11.our_state is not h11.DONE or connection.h11.their_state is not h11.DONE:
            connection.writer.close()
            return
        connection.h11.start_next_cycle()
        connection.idle_since = time.monotonic()
        self._idle[connection] = origin
        self._by_origin.setdefault(origin, []).append(connection)
        while len(self._idle) > self._max_idle:
            oldest, its_origin = self._idle.popitem(last=False)
            self._by_origin[its_origin].remove(oldest)
            oldest.writer.close()

    async def _connect(self, origin: Origin, timeout: float | None) -> _Connection:
        scheme, host, port = origin
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=self._verify if scheme == "https" else None, limit=READ_SIZE,
                    happy_eyeballs_delay=0.25)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"no connection to {host}:{port} within {timeout} s") from None
        except OSError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
        return _Connection(reader, writer)


class _Connection:
    """One keep-alive connection: an asyncio stream pair and its h11 state machine."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.h11 = h11.Connection(h11.CLIENT)
        self.idle_since = 0.0

    async def send(self, request: httpx.Request, body: bytes, timeout: float | None) -> None:
        try:
            data = self.h11.send(h11.Request(method=request.method, target=request.url.raw_path,
                                             headers=request.headers.raw))
            if body:
                data += self.h11.send(h11.Data(data=body))
            data += self.h11.send(h11.EndOfMessage())
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from None
        self.writer.write(data)
        try:
            async with asyncio.timeout(timeout):
                await self.writer.drain()
        except TimeoutError:
            raise httpx.WriteTimeout(f"request not sent within {timeout} s") from None
        except OSError as exc:
            raise httpx.WriteError(str(exc) or type(exc).__name__) from None

    async def receive(self, timeout: float | None) -> h11.Event:
        """The next h11 event of the response, reading from the socket as needed."""
        try:
            while (event := self.h11.next_event()) is h11.NEED_DATA:
                async with asyncio.timeout(timeout):
                    self.h11.receive_data(await self.reader.read(READ_SIZE))
        except TimeoutError:
            raise httpx.ReadTimeout(f"no data within {timeout} s") from None
        except OSError as exc:
            raise httpx.ReadError(str(exc) or type(exc).__name__) from None
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc)) from None
        return event


class _Body(httpx.AsyncByteStream):
    """A response body read from its connection; closing it hands the connection back to the transport."""

    def __init__(self, transport: LeanTransport, origin: Origin, connection: _Connection,
                 timeout: float | None) -> None:
        self.transport, self.origin, self.connection, self.timeout = transport, origin, connection, timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while isinstance(event := await self.connection.receive(self.timeout), h11.Data):
            yield bytes(event.data)

    async def aclose(self) -> None:
        self.transport._release(self.origin, self.connection)
