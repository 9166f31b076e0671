"""The daily digest: what moved, what waits for a person, what is new on tracked milestones, what is due,
and what is broken or stale. Overdue milestones and the next 30 days' deadlines are in every digest, news or
not: a quiet day is exactly when a forgotten deadline slips. A day with no news is sent only when configured so
(``[digest] send_empty``).

Sending goes through the outbox like any alert (kind ``digest``, one per day by its unique key), so a digest
is retried like an alert and never goes out twice for the same day, however many workers run.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.app import App
from monitor.deadlines import deadlines
from monitor.dispatch import digest_to_json
from monitor.events import mentions
from monitor.milestones import listed
from monitor.outbox import raise_alert
from monitor.health.staleness import stale_sources
from notifiers import Digest, DigestSection
from storage.models import Alert, Change, Delivery, Proposal, Source

WINDOW = timedelta(hours=24)
DEADLINE_DAYS = 30
MAX_ITEMS_PER_JURISDICTION = 15
QUIET_TITLE = "regwatch daily digest: no changes in the last 24 hours"


def build(app: App, session: Session, day: date) -> Digest:
    """The digest for ``day``: the news of the 24 hours before now, then what is overdue and due soon."""
    since = app.now() - WINDOW
    news = [_moves(session, since), _corrections(session, since), _reviews(session), *_items(app, session, since),
            _failing(session), _stale(app, session), _undelivered(session, since)]
    news = [s for s in news if s.lines]
    upcoming = deadlines(listed(session), day, within_days=DEADLINE_DAYS)
    overdue = DigestSection(heading="Overdue", lines=[
        (f"{d.date.display()} ({-d.days_left} days overdue): {d.title}: still {d.status}, "
         f"expected {d.expected_status}", None) for d in upcoming if d.overdue])
    due = DigestSection(heading=f"Deadlines in the next {DEADLINE_DAYS} days", lines=[
        (f"{d.date.display()} ({d.days_left} days): {d.title}: {d.status} -> {d.expected_status}", None)
        for d in upcoming if not d.overdue])
    sections = [s for s in [*news, overdue, due] if s.lines]
    return Digest(title="regwatch daily digest" if news else QUIET_TITLE, day=day.isoformat(), sections=sections)


def to_record(digest: Digest) -> dict:
    """The digest for ``regwatch --json digest``: sections of {text, url} items."""
    return {"title": digest.title, "day": digest.day, "news": digest.title != QUIET_TITLE,
            "sections": [{"heading": s.heading, "items": [{"text": text, "url": url} for text, url in s.lines]}
                         for s in digest.sections]}


def _moves(session: Session, since: datetime) -> DigestSection:
    alerts = session.scalars(select(Alert).where(Alert.kind == "status_change", Alert.created_at >= since)
                             .order_by(Alert.created_at))
    return DigestSection(heading="Status changes", lines=[
        (f"{a.milestone_id}: {a.old_status} -> {a.new_status}"
         + (f" (on {a.event_date})" if a.event_date else ""), a.url) for a in alerts])


def _corrections(session: Session, since: datetime) -> DigestSection:
    alerts = session.scalars(select(Alert).where(Alert.kind == "correction", Alert.created_at >= since)
                             .order_by(Alert.created_at))
    return DigestSection(heading="Corrections (a move that did not happen)", lines=[
        (f"{a.milestone_id}: back from {a.old_status} to {a.new_status}: {a.detail}", a.url) for a in alerts])


def _reviews(session: Session) -> DigestSection:
    pending = session.scalars(select(Proposal).where(Proposal.state == "pending").order_by(Proposal.id))
    return DigestSection(heading="Waiting for review (regwatch review accept|reject ID)", lines=[
        (f"#{p.id} {p.milestone_id}: " + (f"to {p.proposed_status}?" if p.kind == "status"
                                          else f"expected date now {p.proposed_date}?"), p.url) for p in pending])


def _items(app: App, session: Session, since: datetime) -> list[DigestSection]:
    """Items added in the window that mention a tracked milestone, grouped by the milestone's jurisdiction
    (an ASEAN item about Thailand's law is Thailand's news), once per jurisdiction."""
    groups: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    changes = session.scalars(select(Change).where(Change.detected_at >= since).order_by(Change.detected_at))
    for change in changes:
        for item in change.added:
            text = f"{item.get('title', '')}\n{item.get('text', '')}"
            hits = [m for m in app.config.milestones if mentions(app.config, m, text)]
            title = item.get("title") or item.get("text", "")[:150]
            for jurisdiction in sorted({m.jurisdiction for m in hits}):
                ids = ", ".join(m.id for m in hits if m.jurisdiction == jurisdiction)
                groups[jurisdiction].append((f"{title} [{ids}]", item.get("link")))
    return [DigestSection(heading=f"New on tracked milestones: {j}", lines=lines[:MAX_ITEMS_PER_JURISDICTION])
            for j, lines in sorted(groups.items())]


def _failing(session: Session) -> DigestSection:
    rows = session.scalars(select(Source).where(Source.consecutive_failures > 0).order_by(Source.id))
    return DigestSection(heading="Sources failing", lines=[
        (f"{s.id}: {s.consecutive_failures} failure(s) in a row: {s.last_error}", s.url) for s in rows])


def _stale(app: App, session: Session) -> DigestSection:
    specs = {s.id: s for s in app.config.sources}
    return DigestSection(heading="Sources unchanged for longer than expected (stale: check what they read)", lines=[
        (f"{f.source_id}: unchanged for {f.days_unchanged} days (stale after "
         f"{specs[f.source_id].stale_after.days} days)", specs[f.source_id].url)
        for f in stale_sources(session, specs.values(), app.now())])


def _undelivered(session: Session, since: datetime) -> DigestSection:
    rows = session.execute(select(Delivery, Alert).join(Alert).where(Delivery.state == "failed",
                                                                     Alert.created_at >= since - WINDOW)).all()
    return DigestSection(heading="Alerts that could not be delivered", lines=[
        (f"alert {a.id} ({a.kind}) to {d.channel}: {d.last_error}", a.url) for d, a in rows])


def queue(app: App, day: date) -> Alert | None:
    """Put the digest of ``day`` in the outbox; None when it was queued already (once per day) or empty
    days are configured off."""
    with app.transaction() as session:
        digest = build(app, session, day)
        if digest.title == QUIET_TITLE and not app.config.digest.send_empty:
            return None
        return raise_alert(session, app.config.notifiers, kind="digest", dedupe_key=f"digest:{day.isoformat()}",
                           now=app.now(), detail=digest_to_json(digest))
