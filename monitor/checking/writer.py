"""Writing a pass's outcomes: health, snapshots, changes, milestone events and alerts, in short transactions.

A batch is written in three steps. What the database knew is read in one short transaction; then, holding
no transaction, each parsed outcome is decided (baseline, unchanged, flip-flop, changed), diffed and matched
against the milestones' signals, which can take seconds on large pages; then one transaction writes it all
and gives back this worker's leases (only its own). A source whose row changed in between is judged again
on the current state.

Containment: an exception while deciding one outcome is that source's failure. A batch the database refuses
is written again source by source, so one source's bad row never costs another source its move; a source
refused on its own is recorded as failing. An error of the database itself (disk full, read-only, server
gone) raises :class:`DatabaseError`, which ends the pass.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from monitor.app import App, database_error
from monitor.checking.outcome import Outcome, Summary
from monitor.detect import Content, Diff, diff
from monitor.errors import DatabaseError
from monitor.events import Judged, find_events, record_events
from monitor.leases import next_due
from monitor.outbox import raise_alert
from monitor.patterns import PatternTimeout, time_limit
from storage.db import storable
from storage.models import Change, Milestone, Snapshot, Source

log = logging.getLogger("monitor")

RECENT_VERSIONS = 5          # content equal to one of these is a flip-flop, not a change
FAILING_AFTER = 3            # consecutive failures before a source_failing alert
PLAIN = ("not_modified", "unchanged")  # states that change only the source's health columns


@dataclass(frozen=True)
class _Stored:
    """A source's row as read before the write: what the decision was made against."""

    content_hash: str | None
    settings_hash: str | None
    recent: tuple[tuple[int, str, bytes], ...] = ()  # (snapshot id, hash, content), newest first


@dataclass(kw_only=True)
class Plan:
    """An outcome and what writing it means: ``state`` is the final one (baseline, changed, ...)."""

    outcome: Outcome
    state: str
    error: str | None = None
    read_hash: str | None = None          # the row's content hash this plan was decided against
    snapshot: bool = False                # store the outcome's content as a new snapshot
    baseline: bool = False
    changes: Diff | None = None
    findings: list[Judged] = field(default_factory=list)
    change_id: int | None = None


class Writer:
    """Writes batches of outcomes for ``owner``, the worker holding their leases."""

    def __init__(self, app: App, summary: Summary, owner: str) -> None:
        self.app, self.summary, self.owner = app, summary, owner

    def write(self, outcomes: list[Outcome]) -> None:
        """Write one batch; raise DatabaseError when the database itself fails."""
        now, today = self.app.now(), self.app.today()
        plans = self._guarded(lambda: self._plans(outcomes, now, today))
        try:
            self._guarded(lambda: self._commit(plans, now))
        except DatabaseError:
            raise
        except Exception:
            log.warning("a batch of %d sources could not be stored together; storing them one by one",
                        len(plans), exc_info=True)
            plans = [self._alone(plan, now, today) for plan in plans]
        self._report(plans)

    def _guarded(self, work):
        try:
            return work()
        except (OperationalError, InterfaceError) as exc:
            raise database_error(self.app.config.database_url, exc) from exc

    def _alone(self, plan: Plan, now: datetime, today: date) -> Plan:
        """One source in its own transaction, decided afresh; if the database refuses it, its failure."""
        try:
            again = self._guarded(lambda: self._plans([plan.outcome], now, today))
            self._guarded(lambda: self._commit(again, now))
            return again[0]
        except DatabaseError:
            raise
        except Exception as exc:
            log.error("cannot store %s", plan.outcome.source.id, exc_info=True)
            failed = Plan(outcome=plan.outcome, state="failed",
                          error=storable(f"{plan.outcome.source.url}: could not be stored: "
                                         f"{type(exc).__name__}: {getattr(exc, 'orig', None) or exc}"))
            self._guarded(lambda: self._commit([failed], now))
            return failed

    # -- deciding, outside the write transaction ------------------------------------------------------
    def _plans(self, outcomes: list[Outcome], now: datetime, today: date) -> list[Plan]:
        parsed = [o for o in outcomes if o.state == "parsed"]
        stored, statuses = self._read(parsed) if parsed else ({}, {})
        plans = []
        for outcome in outcomes:
            if outcome.state != "parsed":
                plans.append(Plan(outcome=outcome, state=outcome.state, error=outcome.error))
                continue
            try:
                plans.append(self._decide(outcome, stored[outcome.source.id], statuses, today))
            except Exception as exc:  # a bug or a pathological page: this source's failure, not the batch's
                log.error("cannot process %s", outcome.source.id, exc_info=True)
                plans.append(Plan(outcome=outcome, state="failed", error=storable(
                    f"{outcome.source.url}: could not be processed: {type(exc).__name__}: {exc}")))
        return plans

    def _read(self, parsed: list[Outcome]) -> tuple[dict[str, _Stored], dict[str, str]]:
        """The rows and recent snapshots the decisions need, and every milestone's status, in one short read."""
        with self.app.transaction() as session:
            rows = {r.id: r for r in session.execute(select(Source.id, Source.content_hash, Source.settings_hash)
                                                     .where(Source.id.in_([o.source.id for o in parsed])))}
            stored = {}
            for outcome in parsed:
                row = rows[outcome.source.id]
                recent: tuple = ()
                if _compares(row.content_hash, row.settings_hash, outcome):
                    recent = tuple(session.execute(
                        select(Snapshot.id, Snapshot.content_hash, Snapshot.content)
                        .where(Snapshot.source_id == row.id).order_by(Snapshot.id.desc()).limit(RECENT_VERSIONS)))
                stored[row.id] = _Stored(row.content_hash, row.settings_hash, recent)
            statuses = {row.id: row.status for row in session.execute(select(Milestone.id, Milestone.status))}
        return stored, statuses

    def _decide(self, outcome: Outcome, row: _Stored, statuses: dict[str, str], today: date) -> Plan:
        """Decide baseline / unchanged / flip-flop / changed for parsed content, and match what changed."""
        spec = outcome.source
        plan = Plan(outcome=outcome, state="unchanged", read_hash=row.content_hash)
        if row.content_hash is None or row.settings_hash != spec.settings_hash:
            plan.state, plan.snapshot, plan.baseline = "baseline", True, True
            return plan
        if not _compares(row.content_hash, row.settings_hash, outcome):
            return plan
        current = next((s for s in row.recent if s[1] == row.content_hash), None)
        if current is None or any(s[1] == outcome.content_hash for s in row.recent):
            return plan  # a flip-flop back to a recent version is not a change (the hash is still recorded)
        assert outcome.snapshot is not None and outcome.content_hash is not None
        content = Content.from_bytes(outcome.snapshot, outcome.content_hash)
        old = Content.from_bytes(current[2], current[1])
        if content.items is not None and not content.items and old.items:
            plan.state, plan.error = "failed", f"{spec.url}: no items any more (there were {len(old.items)})"
            return plan
        recent_keys = set().union(*(Content.from_bytes(s[2], s[1]).keys for s in row.recent if s is not current))
        plan.changes, plan.snapshot = diff(old, content, recent_keys=recent_keys), True
        if plan.changes:
            try:  # the signals' patterns are bounded: past the limit nothing of this change is kept, so it is read again
                with time_limit(self.app.config.fetch.pattern_timeout.total_seconds()):
                    plan.findings = find_events(self.app.config, spec, plan.changes, statuses, today)
            except PatternTimeout as exc:
                plan.state, plan.snapshot, plan.changes = "failed", False, None
                plan.error = f"{spec.url}: signal {exc}; the change is read again at the next check"
                return plan
            plan.state = "changed"
        return plan

    # -- the write transaction ------------------------------------------------------------------------
    def _commit(self, plans: list[Plan], now: datetime) -> None:
        plain = [p for p in plans if p.state in PLAIN and p.outcome.state in PLAIN]
        rest = [p for p in plans if p not in plain]
        with self.app.transaction() as session:
            # A 304 or a byte-identical body changes only the source's health columns: one executemany
            # (a fifth of the ORM's cost); the rest need their row and the ORM.
            if plain:
                session.execute(update(Source), [{"id": p.outcome.source.id, **self._ok(p.outcome, now)}
                                                 for p in plain])
            rows = {r.id: r for r in session.scalars(
                select(Source).where(Source.id.in_([p.outcome.source.id for p in rest])))} if rest else {}
            # Changes first: a new change is flushed at once (for its id), and so is every row changed before
            # it; the failures, done after, go out together at commit.
            for plan in sorted(rest, key=lambda p: p.state != "changed"):
                self._apply(session, rows[plan.outcome.source.id], plan, now)
            session.execute(update(Source).where(Source.id.in_([p.outcome.source.id for p in plans]),
                                                 Source.lease_owner == self.owner)
                            .values(lease_owner=None, lease_until=None))

    def _apply(self, session: Session, row: Source, plan: Plan, now: datetime) -> None:
        if plan.outcome.state == "parsed" and plan.state != "failed":
            if row.content_hash == plan.read_hash:
                self._store(session, row, plan, now)
            else:
                _stale(plan)  # written by someone else since it was read: theirs stands
        failed = plan.state == "failed"
        values = self._checked(plan.outcome, now) if failed else self._ok(plan.outcome, now)
        for column, value in values.items():
            setattr(row, column, value)
        if failed:
            self._failed(session, row, plan, now)

    def _store(self, session: Session, row: Source, plan: Plan, now: datetime) -> None:
        outcome = plan.outcome
        row.content_hash = outcome.content_hash
        if plan.baseline:
            row.settings_hash = outcome.source.settings_hash
        if not plan.snapshot:
            return
        snapshot = Snapshot(source_id=row.id, fetched_at=now, content_hash=outcome.content_hash,
                            content=outcome.snapshot, baseline=plan.baseline)
        session.add(snapshot)
        if plan.state != "changed":
            return
        assert plan.changes is not None
        session.flush()
        change = Change(source_id=row.id, snapshot_id=snapshot.id, detected_at=now, added=plan.changes.added,
                        removed=plan.changes.removed, modified=plan.changes.modified, diff=plan.changes.text_diff)
        session.add(change)
        session.flush()
        record_events(session, self.app.config, outcome.source, change, plan.findings, now)
        plan.change_id = change.id

    def _checked(self, outcome: Outcome, now: datetime) -> dict:
        """The columns every checked source gets."""
        return {"last_checked_at": now,
                "next_due_at": next_due(now, outcome.source.interval, self.app.config.daemon.jitter)}

    def _ok(self, outcome: Outcome, now: datetime) -> dict:
        """The columns of a source checked without failure."""
        values = {**self._checked(outcome, now), "last_ok_at": now, "consecutive_failures": 0, "last_error": None}
        if outcome.etag or outcome.last_modified:
            values.update(etag=outcome.etag, last_modified=outcome.last_modified)
        if outcome.body_hash:
            values["body_hash"] = outcome.body_hash
        return values

    def _failed(self, session: Session, row: Source, plan: Plan, now: datetime) -> None:
        row.consecutive_failures = (row.consecutive_failures or 0) + 1
        row.last_error = plan.error
        if row.consecutive_failures == FAILING_AFTER:
            since = row.last_ok_at.isoformat() if row.last_ok_at else "never"
            raise_alert(session, self.app.config.notifiers, kind="source_failing", now=now,
                        dedupe_key=f"source_failing:{row.id}:{since}", jurisdiction=row.jurisdiction,
                        source_id=row.id, url=row.url, detail=plan.error)

    def _report(self, plans: list[Plan]) -> None:
        for plan in plans:
            source_id = plan.outcome.source.id
            self.summary.counts[plan.state] += 1
            log.info("checked %s: %s%s", source_id, plan.state.replace("_", " "),
                     f": {plan.error}" if plan.error else "")
            if plan.error:
                self.summary.failures.append((source_id, plan.error))
            if plan.change_id:
                self.summary.changes.append(plan.change_id)


def _compares(content_hash: str | None, settings_hash: str | None, outcome: Outcome) -> bool:
    """Whether the outcome is compared with stored versions (not a baseline, not identical content)."""
    return (content_hash is not None and settings_hash == outcome.source.settings_hash
            and content_hash != outcome.content_hash)


def _stale(plan: Plan) -> None:
    """A plan whose row moved on under it: keep the health, store nothing of its content."""
    plan.state, plan.snapshot, plan.baseline, plan.changes, plan.findings = "unchanged", False, False, None, []

