"""One pass over the due sources: fetch, parse, detect, store, record health.

The three kinds of work overlap: fetching is async over one shared client, parsing runs in processes forked
for every core (monitor.forkpool), and results are written in batches by a thread. Work is skipped as early
as possible: a 304 or a body byte-identical to the last good fetch is never parsed, and an unchanged result
writes only the source's health row. The first fetch is the baseline; a change of the source's settings
resets it. User patterns run under ``[fetch] pattern_timeout`` (monitor.patterns): one that runs past it
makes the source fail with a message naming the pattern, and its change is read again at the next check.
"""
from __future__ import annotations

import asyncio
import logging
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from monitor.app import App
from monitor.settings import SourceConfig
from monitor.errors import NotFoundError
from monitor.detect import Content, Diff, diff, extract, normalise, parse
from monitor.events import apply_change
from monitor.leases import claim_due, next_due, worker_id
from monitor.fetching import Budget, Fetcher, FetchError, Response, source_request
from monitor.fetching.browser import Browser
from monitor.forkpool import ForkPool
from monitor.outbox import raise_alert
from monitor.patterns import PatternTimeout, time_limit
from sources import KINDS, Page, ScriptRendered, SourceError
from sources.appshell import after_rendering
from storage.models import Change, Snapshot, Source

log = logging.getLogger("monitor")

RECENT_VERSIONS = 5          # content equal to one of these is a flip-flop, not a change
FAILING_AFTER = 3            # consecutive failures before a source_failing alert
WRITE_BATCH = 200            # results per database transaction
PARALLEL_PARSE_MIN = 8       # fewer due sources than this are parsed in-process
STATES = ("changed", "unchanged", "not_modified", "baseline", "failed")


@dataclass(frozen=True, kw_only=True)
class Known:
    """What the database knew of a source before this pass."""

    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    settings_hash: str | None = None


@dataclass(kw_only=True)
class Outcome:
    """The result of checking one source, before it is written."""

    source: SourceConfig
    state: str
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    content_hash: str | None = None
    snapshot: bytes | None = None  # the parsed content, compressed (Content.to_bytes)
    change_id: int | None = None


@dataclass
class Summary:
    """Counts per state and the failures, for the one-line report."""

    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)

    def line(self) -> str:
        total = sum(self.counts.values())
        parts = [f"{self.counts[s]} {s.replace('_', ' ')}" for s in STATES if self.counts[s]]
        return f"Checked {total} source{'s' if total != 1 else ''}: {', '.join(parts) or 'nothing due'}."


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


def run_check(app: App, sources: list[SourceConfig], progress: Callable[[Outcome], None] | None = None) -> Summary:
    """Check ``sources`` once and write what was found; never raises for a failing source."""
    known = ensure_sources(app, sources)
    summary = Summary()
    feeds = ("feedparser",) if any(s.kind == "feed" for s in sources) else ()
    pool = ForkPool(os.cpu_count() or 2, preload=feeds) if len(sources) >= PARALLEL_PARSE_MIN else None
    try:
        asyncio.run(_Pass(app, known, pool, summary, progress).run(sources))
    finally:
        if pool is not None:
            pool.close()
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

    def __init__(self, app: App, known: dict[str, Known], pool: ForkPool | None, summary: Summary,
                 progress: Callable[[Outcome], None] | None) -> None:
        self.app, self.known, self.pool, self.summary, self.progress = app, known, pool, summary, progress
        self.writer = _Writer(app, summary)
        self.browser: Browser | None = None  # the pass's headless Chromium, opened with the fetcher

    async def run(self, sources: list[SourceConfig]) -> None:
        """``concurrency`` workers each take the next source, fetch, parse and hand it on: at most that many
        bodies are held at once however fast fetching outruns parsing, and the queue to the writer is
        bounded too, so memory does not grow with the number of sources."""
        queue: asyncio.Queue[Outcome | None] = asyncio.Queue(maxsize=2 * WRITE_BATCH)
        writing = asyncio.create_task(self._write(queue))
        todo = iter(sources)
        config = self.app.config
        async with Fetcher(config.fetch) as fetcher, Browser(config.fetch, config.browser, fetcher) as browser:
            self.browser = browser
            await asyncio.gather(*(self._work(fetcher, todo, queue) for _ in range(config.fetch.concurrency)))
        await queue.put(None)
        await writing

    async def _work(self, fetcher: Fetcher, todo: Iterator[SourceConfig],
                    queue: asyncio.Queue[Outcome | None]) -> None:
        for spec in todo:
            await self._one(fetcher, spec, queue)

    async def _write(self, queue: asyncio.Queue[Outcome | None]) -> None:
        """Full batches only (a transaction per result would cost more than the writing), and the rest at the end."""
        batch: list[Outcome] = []
        while (outcome := await queue.get()) is not None:
            batch.append(outcome)
            if len(batch) >= WRITE_BATCH:
                await asyncio.to_thread(self.writer.write, batch)
                batch = []
        if batch:
            await asyncio.to_thread(self.writer.write, batch)

    async def _one(self, fetcher: Fetcher, spec: SourceConfig, queue: asyncio.Queue[Outcome | None]) -> None:
        try:
            outcome = await self._check(fetcher, spec)
        except (FetchError, SourceError, PatternTimeout) as exc:
            outcome = Outcome(source=spec, state="failed", error=_error_text(exc, spec))
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
        if self.pool is None:
            return function(*args)
        return await self.pool.run(function, *args)


def _error_text(exc: Exception, spec: SourceConfig) -> str:
    if isinstance(exc, FetchError):
        return str(exc)
    if isinstance(exc, PatternTimeout):
        return f"{spec.url}: ignore {exc}"
    if isinstance(exc, ScriptRendered) and spec.fetch == "browser":
        exc = after_rendering(exc)
    label = {"BlockedPage": "blocked", "ErrorPage": "error page", "NotAFeed": "not a feed",
             "EmptyResult": "nothing matched", "ParseError": "unparsable",
             "ScriptRendered": "application shell"}.get(type(exc).__name__, "bad content")
    return f"{spec.url}: {label}: {exc}"


class _Writer:
    """Writes outcomes in batched transactions: health, snapshots, changes, alerts."""

    def __init__(self, app: App, summary: Summary) -> None:
        self.app, self.summary = app, summary

    def write(self, outcomes: list[Outcome]) -> None:
        now = self.app.now()
        # A 304 or a byte-identical body changes only the source's health columns, whatever the row held: those
        # go out as one executemany (a fifth of the ORM's cost); the rest need their row and the ORM.
        plain = [o for o in outcomes if o.state in ("not_modified", "unchanged")]
        rest = [o for o in outcomes if o.state not in ("not_modified", "unchanged")]
        with self.app.transaction() as session:
            if plain:
                session.execute(update(Source), [{"id": o.source.id, **self._ok(o, now)} for o in plain])
            rows = {r.id: r for r in session.scalars(
                select(Source).where(Source.id.in_([o.source.id for o in rest])))} if rest else {}
            # Parsed outcomes first: a new change is flushed at once (for its id), and so is every row changed
            # before it; the failures, done after, go out together at commit.
            for outcome in sorted(rest, key=lambda o: o.state != "parsed"):
                self._apply(session, rows[outcome.source.id], outcome, now)
        for outcome in outcomes:
            self.summary.counts[outcome.state] += 1
            log.info("checked %s: %s%s", outcome.source.id, outcome.state.replace("_", " "),
                     f": {outcome.error}" if outcome.error else "")
            if outcome.error:
                self.summary.failures.append((outcome.source.id, outcome.error))
            if outcome.change_id:
                self.summary.changes.append(outcome.change_id)

    def _apply(self, session: Session, row: Source, outcome: Outcome, now: datetime) -> None:
        if outcome.state == "parsed":
            self._store(session, row, outcome, now)
        values = self._checked(outcome, now) if outcome.state == "failed" else self._ok(outcome, now)
        for column, value in values.items():
            setattr(row, column, value)
        if outcome.state == "failed":
            self._failed(session, row, outcome, now)

    def _checked(self, outcome: Outcome, now: datetime) -> dict:
        """The columns every checked source gets."""
        return {"last_checked_at": now, "lease_owner": None, "lease_until": None,
                "next_due_at": next_due(now, outcome.source.interval, self.app.config.daemon.jitter)}

    def _ok(self, outcome: Outcome, now: datetime) -> dict:
        """The columns of a source checked without failure."""
        values = {**self._checked(outcome, now), "last_ok_at": now, "consecutive_failures": 0, "last_error": None}
        if outcome.etag or outcome.last_modified:
            values.update(etag=outcome.etag, last_modified=outcome.last_modified)
        if outcome.body_hash:
            values["body_hash"] = outcome.body_hash
        return values

    def _failed(self, session: Session, row: Source, outcome: Outcome, now: datetime) -> None:
        row.consecutive_failures = (row.consecutive_failures or 0) + 1
        row.last_error = outcome.error
        if row.consecutive_failures == FAILING_AFTER:
            since = row.last_ok_at.isoformat() if row.last_ok_at else "never"
            raise_alert(session, self.app.config.notifiers, kind="source_failing", now=now,
                        dedupe_key=f"source_failing:{row.id}:{since}", jurisdiction=row.jurisdiction,
                        source_id=row.id, url=row.url, detail=outcome.error)

    def _store(self, session: Session, row: Source, outcome: Outcome, now: datetime) -> None:
        """Decide baseline / unchanged / flip-flop / changed for parsed content, and store what is new."""
        spec = outcome.source
        assert outcome.content_hash is not None and outcome.snapshot is not None
        if row.content_hash is None or row.settings_hash != spec.settings_hash:
            self._snapshot(session, row, outcome, now, baseline=True)
            row.settings_hash = spec.settings_hash
            outcome.state = "baseline"
            return
        if outcome.content_hash == row.content_hash:
            outcome.state = "unchanged"
            return
        with session.no_autoflush:  # this source's snapshots are all flushed; the batch's other rows can wait
            recent = list(session.scalars(select(Snapshot).where(Snapshot.source_id == row.id)
                                          .order_by(Snapshot.id.desc()).limit(RECENT_VERSIONS)))
        current = next((s for s in recent if s.content_hash == row.content_hash), None)
        if any(s.content_hash == outcome.content_hash for s in recent) or current is None:
            row.content_hash = outcome.content_hash  # a flip-flop back to a recent version is not a change
            outcome.state = "unchanged"
            return
        content = Content.from_bytes(outcome.snapshot, outcome.content_hash)
        old = Content.from_bytes(current.content, current.content_hash)
        if content.items is not None and not content.items and old.items:
            outcome.state, outcome.error = "failed", f"{spec.url}: no items any more (there were {len(old.items)})"
            return
        recent_keys = set().union(*(Content.from_bytes(s.content, s.content_hash).keys
                                    for s in recent if s is not current))
        changes = diff(old, content, recent_keys=recent_keys)
        if not changes:
            self._snapshot(session, row, outcome, now, baseline=False)
            outcome.state = "unchanged"
            return
        try:  # the signals' patterns are bounded: past the limit nothing of this change is kept, so it is read again
            with session.begin_nested(), time_limit(self.app.config.fetch.pattern_timeout.total_seconds()):
                change = self._change(session, row, self._snapshot(session, row, outcome, now, baseline=False),
                                      changes, now)
                apply_change(session, self.app.config, spec, change, now, self.app.today())
        except PatternTimeout as exc:
            outcome.state = "failed"
            outcome.error = f"{spec.url}: signal {exc}; the change is read again at the next check"
            return
        outcome.state, outcome.change_id = "changed", change.id

    def _snapshot(self, session: Session, row: Source, outcome: Outcome, now: datetime, *, baseline: bool) -> Snapshot:
        snapshot = Snapshot(source_id=row.id, fetched_at=now, content_hash=outcome.content_hash,
                            content=outcome.snapshot, baseline=baseline)
        session.add(snapshot)
        row.content_hash = outcome.content_hash
        return snapshot

    def _change(self, session: Session, row: Source, snapshot: Snapshot, changes: Diff, now: datetime) -> Change:
        session.flush()
        change = Change(source_id=row.id, snapshot_id=snapshot.id, detected_at=now, added=changes.added,
                        removed=changes.removed, modified=changes.modified, diff=changes.text_diff)
        session.add(change)
        session.flush()
        return change
