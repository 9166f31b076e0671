"""One pass over the due sources: fetch, parse, detect, store, record health.

The three kinds of work overlap: fetching is async over one shared client, parsing runs in worker
processes (monitor.checking.parsing), and results are written in batches by a thread (monitor.checking.writer).
Work is skipped as early as possible: a 304 or a body byte-identical to the last good fetch is never parsed,
and an unchanged result writes only the source's health row. The first fetch is the baseline; a change of
the source's settings resets it.

Containment: whatever goes wrong with one source (fetching, parsing, a parsing process that dies or hangs,
storing) is that source's health event, with the traceback in the log. Only the database failing ends the
pass, at once and with a clear error. While the pass runs, the leases on its sources are renewed. User
patterns run under ``[fetch] pattern_timeout`` (monitor.patterns): one that runs past it makes the source fail
with a message naming the pattern, and its change is read again at the next check.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from collections.abc import Callable, Iterator

from sqlalchemy import insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from monitor.app import App
from monitor.checking.outcome import Known, Outcome, Summary
from monitor.checking.parsing import Parsers, ParsingFailed
from monitor.checking.writer import Writer
from monitor.detect import extract, normalise, parse
from monitor.errors import DatabaseError, NotFoundError, RegwatchError
from monitor.fetching import Budget, Fetcher, FetchError, Response, source_request
from monitor.fetching.browser import Browser
from monitor.leases import claim_due, renew, worker_id
from monitor.patterns import PatternTimeout, time_limit
from monitor.settings import SourceConfig
from sources import KINDS, Page, ScriptRendered, SourceError
from sources.appshell import after_rendering
from storage.db import storable
from storage.models import Source

log = logging.getLogger("monitor")

WRITE_BATCH = 200            # results per database transaction
PARALLEL_PARSE_MIN = 8       # fewer due sources than this are parsed in-process
RENEWALS_PER_LEASE = 3       # leases are renewed this often per lease period while a pass runs


def due_sources(app: App, only: tuple[str, ...] = (), every: bool = False) -> list[SourceConfig]:
    """Sources to check now: those named, else all with ``every``, else those whose next check is due, claimed
    like the daemon claims them, so a cron ``check`` beside ``regwatch run`` never fetches a source twice."""
    known_ids = {s.id for s in app.config.sources}
    for source_id in only:
        if source_id not in known_ids:
            raise NotFoundError(f"no source {source_id!r} in {app.config.path} (see `regwatch sources`)")
    if only:
        return [s for s in app.config.sources if s.id in only]
    if every:
        return list(app.config.sources)
    ensure_sources(app, list(app.config.sources))  # a new source is due at once
    return claim_due(app, worker_id(), limit=max(len(app.config.sources), 1))


def run_check(app: App, sources: list[SourceConfig], progress: Callable[[Outcome], None] | None = None,
              owner: str | None = None) -> Summary:
    """Check ``sources`` once and write what was found; never raises for a failing source. ``owner`` is the
    worker holding their leases (this process by default). Raises DatabaseError if the database fails."""
    known = ensure_sources(app, sources)
    summary = Summary()
    parsers = (Parsers(os.cpu_count() or 2, app.config.fetch.parse_timeout.total_seconds())
               if len(sources) >= PARALLEL_PARSE_MIN else None)
    try:
        asyncio.run(_Pass(app, known, parsers, summary, progress, owner or worker_id()).run(sources))
    finally:
        if parsers is not None:
            parsers.close()
    return summary


def ensure_sources(app: App, sources: list[SourceConfig]) -> dict[str, Known]:
    """Create rows for new sources, follow config edits, and read what each source's last fetch left.
    Plain rows and bulk statements: a first run inserts every source, 0.15 s through the ORM at 2,000."""
    with app.transaction() as session:
        rows = {r.id: r for r in session.execute(select(
            Source.id, Source.kind, Source.url, Source.jurisdiction, Source.settings_hash, Source.etag,
            Source.last_modified, Source.body_hash))}
        placed = [{"id": s.id, "kind": s.kind, "url": s.url, "jurisdiction": s.jurisdiction} for s in sources]
        new = [{**p, "consecutive_failures": 0} for p in placed if p["id"] not in rows]
        edited = [p for p in placed if (row := rows.get(p["id"])) is not None
                  and (row.kind, row.url, row.jurisdiction) != (p["kind"], p["url"], p["jurisdiction"])]
        if new:
            session.execute(insert(Source), new)
        if edited:
            session.execute(update(Source), edited)
    known = {}
    for spec in sources:
        row = rows.get(spec.id)
        fresh = row is not None and row.settings_hash == spec.settings_hash
        known[spec.id] = Known(etag=row.etag if fresh else None, last_modified=row.last_modified if fresh else None,
                               body_hash=row.body_hash if fresh else None,
                               settings_hash=row.settings_hash if row is not None else None)
    return known


class _Pass:
    """The async part of one pass: fetch and parse every source, hand results to the writer."""

    def __init__(self, app: App, known: dict[str, Known], parsers: Parsers | None, summary: Summary,
                 progress: Callable[[Outcome], None] | None, owner: str) -> None:
        self.app, self.known, self.parsers, self.progress, self.owner = app, known, parsers, progress, owner
        self.writer = Writer(app, summary, owner)
        self.failure: RegwatchError | None = None  # set when the writer failed: the pass stops
        self.browser: Browser | None = None  # the pass's headless Chromium, opened with the fetcher

    async def run(self, sources: list[SourceConfig]) -> None:
        """``concurrency`` workers each take the next source, fetch, parse and hand it on: at most that many
        bodies are held at once however fast fetching outruns parsing, and the queue to the writer is
        bounded too, so memory does not grow with the number of sources. If the writer fails, the workers
        take no new source, the fetches in flight finish (their connections are closed as usual), the queue
        is drained, and the pass ends with the writer's error."""
        queue: asyncio.Queue[Outcome | None] = asyncio.Queue(maxsize=2 * WRITE_BATCH)
        todo = iter(sources)
        writing = asyncio.create_task(self._write(queue))
        renewing = asyncio.create_task(self._renew())
        config = self.app.config
        try:
            async with Fetcher(config.fetch) as fetcher, Browser(config.fetch, config.browser, fetcher) as browser:
                self.browser = browser
                await asyncio.gather(*(self._work(fetcher, todo, queue) for _ in range(config.fetch.concurrency)))
            await queue.put(None)
            await writing
        finally:
            renewing.cancel()
        if self.failure is not None:
            raise self.failure

    async def _work(self, fetcher: Fetcher, todo: Iterator[SourceConfig],
                    queue: asyncio.Queue[Outcome | None]) -> None:
        for spec in todo:
            if self.failure is not None:
                return
            await self._one(fetcher, spec, queue)

    async def _write(self, queue: asyncio.Queue[Outcome | None]) -> None:
        """Full batches only (a transaction per result would cost more than the writing), and the rest at the end."""
        batch: list[Outcome] = []
        while (outcome := await queue.get()) is not None:
            if self.failure is not None:
                continue  # nothing more can be written: drain, so no worker waits on a full queue
            batch.append(outcome)
            if len(batch) >= WRITE_BATCH:
                await self._flush(batch)
                batch = []
        if batch and self.failure is None:
            await self._flush(batch)

    async def _flush(self, batch: list[Outcome]) -> None:
        try:
            await asyncio.to_thread(self.writer.write, batch)
        except DatabaseError as exc:
            self.failure = exc
        except Exception as exc:  # the writer's own bug: the pass ends with it, never hangs on it
            log.error("the writer failed", exc_info=True)
            self.failure = RegwatchError(f"cannot write the results of the pass: {type(exc).__name__}: {exc}")

    async def _renew(self) -> None:
        """Keep this worker's leases on the pass's sources from running out however long the pass takes."""
        every = self.app.config.daemon.lease.total_seconds() / RENEWALS_PER_LEASE
        while True:
            await asyncio.sleep(every)
            try:
                await asyncio.to_thread(renew, self.app, self.owner)
            except SQLAlchemyError as exc:  # the writer reports a database that is gone; this only retries
                log.warning("cannot renew the leases of %s: %s", self.owner, exc)

    async def _one(self, fetcher: Fetcher, spec: SourceConfig, queue: asyncio.Queue[Outcome | None]) -> None:
        try:
            outcome = await self._check(fetcher, spec)
        except (FetchError, SourceError, ParsingFailed, PatternTimeout) as exc:
            outcome = Outcome(source=spec, state="failed", error=_error_text(exc, spec))
        except Exception as exc:  # anything else one page can provoke is that source's failure too
            log.error("checking %s failed", spec.id, exc_info=True)
            outcome = Outcome(source=spec, state="failed",
                              error=storable(f"{spec.url}: unexpected {type(exc).__name__}: {exc}"))
        if self.progress:
            self.progress(outcome)
        await queue.put(outcome)

    async def _check(self, fetcher: Fetcher, spec: SourceConfig) -> Outcome:
        known, kind = self.known[spec.id], KINDS[spec.kind]
        budget = Budget(self.app.config.fetch.max_bytes)  # one cap for all the pages of the source
        first = await self._first(fetcher, spec, known, budget)
        validators = {"etag": first.etag, "last_modified": first.last_modified}
        if first.not_modified:
            return Outcome(source=spec, state="not_modified", **validators)
        if kind.request(spec.settings, 1) is not None:
            return await self._paginated(fetcher, spec, first.body, first.content_type, validators, budget)
        body_hash = hashlib.sha256(first.body).hexdigest()
        if body_hash == known.body_hash:
            return Outcome(source=spec, state="unchanged", body_hash=body_hash, **validators)
        content_hash, snapshot = await self._run(extract, spec.kind, first.body, first.url, first.content_type,
                                                 spec.settings, spec.ignore, self._pattern_seconds)
        return Outcome(source=spec, state="parsed", body_hash=body_hash, content_hash=content_hash, snapshot=snapshot,
                       **validators)

    async def _first(self, fetcher: Fetcher, spec: SourceConfig, known: Known, budget: Budget) -> Response:
        """The source's page: fetched over HTTP (conditionally), or rendered by the pass's browser."""
        if spec.fetch == "browser":
            assert self.browser is not None
            return await self.browser.render_source(spec)
        return await fetcher.fetch(source_request(spec, KINDS[spec.kind].request(spec.settings, 0), budget,
                                                  etag=known.etag, last_modified=known.last_modified))

    async def _paginated(self, fetcher: Fetcher, spec: SourceConfig, body: bytes, content_type: str | None,
                         validators: dict, budget: Budget) -> Outcome:
        """Pages until one is empty (listings whose page count cannot be trusted), all within ``budget``."""
        kind, items, digest, number = KINDS[spec.kind], [], hashlib.sha256(), 0
        while True:
            digest.update(body)
            page = await self._run(parse, spec.kind, body, spec.url, content_type, spec.settings)
            if not page.items:
                break
            items.extend(page.items)
            number += 1
            request = kind.request(spec.settings, number)
            if request is None:
                break
            response = await fetcher.fetch(source_request(spec, request, budget))
            body, content_type = response.body, response.content_type
        if digest.hexdigest() == self.known[spec.id].body_hash:
            return Outcome(source=spec, state="unchanged", body_hash=digest.hexdigest(), **validators)
        with time_limit(self._pattern_seconds):
            content = normalise(Page(items=items), spec.ignore)
        return Outcome(source=spec, state="parsed", body_hash=digest.hexdigest(), content_hash=content.hash,
                       snapshot=content.to_bytes(), **validators)

    @property
    def _pattern_seconds(self) -> float:
        return self.app.config.fetch.pattern_timeout.total_seconds()

    async def _run(self, function, *args):
        if self.parsers is None:
            return function(*args)
        return await self.parsers.run(function, *args)


def _error_text(exc: Exception, spec: SourceConfig) -> str:
    if isinstance(exc, (FetchError, ParsingFailed)):
        return storable(str(exc) if isinstance(exc, FetchError) else f"{spec.url}: {exc}")
    if isinstance(exc, PatternTimeout):
        return storable(f"{spec.url}: ignore {exc}")
    if isinstance(exc, ScriptRendered) and spec.fetch == "browser":
        exc = after_rendering(exc)
    label = {"BlockedPage": "blocked", "ErrorPage": "error page", "NotAFeed": "not a feed",
             "EmptyResult": "nothing matched", "ParseError": "unparsable",
             "ScriptRendered": "application shell"}.get(type(exc).__name__, "bad content")
    return storable(f"{spec.url}: {label}: {exc}")
