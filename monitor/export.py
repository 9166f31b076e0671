"""Milestones, their history and alerts in other tools' formats: iCalendar, JSON and CSV.

Everything here works on plain records (dicts) built once from the database rows, so each format is a pure
function of its inputs. Outside text is cleaned by the one shared cleaner (notifiers.escape) in every format
but JSON, which carries the data as stored (its escaping already makes control characters inert). Calendar
UIDs come from what an event *is* (milestone, kind, status, date), never from database ids or times, so a
subscribed calendar updates its events in place instead of duplicating them.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from monitor import milestones as milestone_ops
from monitor.app import App
from monitor.fuzzydate import FuzzyDate
from monitor.lifecycle import reached
from notifiers.escape import clean_text, one_line, safe_url
from storage.models import Alert, Milestone

PRODID = "-//regwatch//ASEAN AI regulation milestones//EN"
CALENDAR_NAME = "regwatch: ASEAN AI regulation milestones"
UID_DOMAIN = "regwatch"
MILESTONE_COLUMNS = ("milestone", "title", "jurisdiction", "status", "binding", "expected_status",
                     "expected_date", "entry_status", "entry_date", "actor", "source", "source_url", "excerpt", "note",
                     "detected_at")
ALERT_COLUMNS = ("id", "kind", "milestone", "old_status", "new_status", "event_date", "expected_date", "source",
                 "url", "excerpt", "detail", "created_at", "delivered", "delivery_errors")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, kw_only=True)
class Records:
    """What every export shows: milestones with full history and evidence, and alerts (without digests)."""

    milestones: list[dict]
    alerts: list[dict]


def milestone_record(row: Milestone) -> dict:
    """The contract's milestone shape (``regwatch milestones --json``) plus instrument and each entry's evidence."""
    record = milestone_ops.to_json(row)
    record["instrument"] = row.instrument
    for entry, full in zip(record["history"], row.history):
        entry.update(old_status=full.old_status, expected_status=full.expected_status,
                     expected_date=full.expected_date, actor=full.actor, source=full.source_id,
                     excerpt=full.excerpt, snapshot_id=full.snapshot_id, note=full.note)
    return record


def alert_record(alert: Alert) -> dict:
    """The contract's alert shape (``regwatch alerts --json``) plus its evidence."""
    return {"id": alert.id, "kind": alert.kind, "milestone": alert.milestone_id, "old_status": alert.old_status,
            "new_status": alert.new_status, "event_date": alert.event_date, "expected_date": alert.expected_date,
            "source": alert.source_id, "url": alert.url, "excerpt": alert.excerpt, "detail": alert.detail,
            "created_at": alert.created_at.isoformat(),
            "delivered": {d.channel: d.state for d in alert.deliveries},
            "delivery_errors": {d.channel: d.last_error for d in alert.deliveries if d.last_error}}


def milestone_records(session: Session) -> list[dict]:
    return [milestone_record(m) for m in milestone_ops.listed(session)]


def collect(session: Session) -> Records:
    """Read everything the exports show, in a stable order."""
    query = (select(Alert).options(selectinload(Alert.deliveries)).where(Alert.kind != "digest")
             .order_by(Alert.id))
    return Records(milestones=milestone_records(session), alerts=[alert_record(a) for a in session.scalars(query)])


def calendar_feed(app: App) -> str:
    """The .ics of the catalog as it is now (``export ics`` and ``serve``'s /calendar.ics)."""
    with app.transaction() as session:
        return to_ics(milestone_records(session), app.now())


def is_move(entry: dict) -> bool:
    """True for a history entry that changed the status (not one that only set an expected date or a note)."""
    return entry["old_status"] is None or entry["old_status"] != entry["status"]


def headline(entry: dict) -> str:
    """A history entry in a few words: the status it reached, else the expectation it set, else its note."""
    if is_move(entry):
        return f"became {entry['status']}"
    if entry["expected_status"]:
        when = FuzzyDate.parse(entry["expected_date"]).display() if entry["expected_date"] else "a date not announced"
        return f"expected {entry['expected_status']} by {when}"
    return entry["note"] or f"still {entry['status']}"


def _uid(*parts: str) -> str:
    return "-".join(parts) + f"@{UID_DOMAIN}"


def _event(uid: str, summary: str, day: FuzzyDate, milestone: dict, now: datetime, url: str | None,
           details: Sequence[str]) -> Event:
    """An all-day event on the window's last day (the day that decides "overdue"). Only an http(s) URL
    becomes the event's link: a page may carry ``javascript:`` or ``data:`` URLs."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("summary", one_line(summary))
    event.add("dtstart", day.last)
    event.add("dtend", day.last + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", [milestone["jurisdiction"]])
    lines = [f"{milestone['title']} ({milestone['id']}), {milestone['jurisdiction']}, "
             f"{'binding' if milestone['binding'] else 'voluntary'}; now {milestone['status']}.", *details]
    if url:
        lines.append(f"Evidence: {url}")
    if (link := safe_url(url)) is not None:
        event.add("url", link)
    event.add("description", clean_text("\n".join(lines)))
    return event


def _expected_evidence(milestone: dict) -> str | None:
    """The newest evidence recorded with the current expected date."""
    date = milestone["expected"]["date"]
    return next((h["source_url"] for h in reversed(milestone["history"])
                 if h["expected_date"] == date and h["source_url"]), None)


def calendar_events(milestone: dict, now: datetime) -> list[Event]:
    """One event for the expected date (if dated and not reached) and one per dated history entry."""
    events = []
    expected = milestone["expected"]
    if expected and expected["date"] and not reached(milestone["status"], expected["status"]):
        when = FuzzyDate.parse(expected["date"])
        events.append(_event(_uid(milestone["id"], "expected", expected["status"]),
                             f"{milestone['title']}: {expected['status']} expected ({when.display()})", when,
                             milestone, now, _expected_evidence(milestone),
                             [f"Expected: {expected['status']} by {when.display()} ({when.precision} precision)."]))
    seen: set[str] = set()
    for entry in milestone["history"]:
        if not entry["date"]:
            continue
        uid = _uid(milestone["id"], "became" if is_move(entry) else "noted", entry["status"], entry["date"])
        if uid in seen:
            continue
        seen.add(uid)
        when = FuzzyDate.parse(entry["date"])
        details = [text for text in (entry["excerpt"] and f"\u201c{entry['excerpt']}\u201d", entry["note"]) if text]
        summary = f"{milestone['title']}{' ' if is_move(entry) else ': '}{headline(entry)} ({when.display()})"
        events.append(_event(uid, summary, when, milestone, now, entry["source_url"], details))
    return events


def to_ics(milestones: Iterable[dict], now: datetime) -> str:
    """The calendar feed; ``now`` is the DTSTAMP of every event."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    for milestone in milestones:
        for event in calendar_events(milestone, now):
            calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def to_json(records: Records) -> str:
    return json.dumps({"milestones": records.milestones, "alerts": records.alerts}, ensure_ascii=False, indent=2)


def _cell(value: object) -> str:
    """Text for a spreadsheet: page text is hostile, so it is cleaned and a cell never starts like a formula."""
    text = "" if value is None else clean_text(str(value))
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


def milestones_csv(milestones: Iterable[dict]) -> str:
    """One row per history entry, with the milestone's current state repeated on each."""
    rows = []
    for m in milestones:
        expected = m["expected"] or {}
        for h in m["history"]:
            rows.append((m["id"], m["title"], m["jurisdiction"], m["status"], "yes" if m["binding"] else "no",
                         expected.get("status"), expected.get("date"), h["status"], h["date"], h["actor"],
                         h["source"], h["source_url"], h["excerpt"], h["note"], h["detected_at"]))
    return _csv(MILESTONE_COLUMNS, rows)


def alerts_csv(alerts: Iterable[dict]) -> str:
    """One row per alert; deliveries as ``channel:state`` pairs, then why a delivery failed."""
    rows = [[*(a[c] for c in ALERT_COLUMNS[:-2]),
             " ".join(f"{channel}:{state}" for channel, state in sorted(a["delivered"].items())),
             "; ".join(f"{channel}: {error}" for channel, error in sorted(a["delivery_errors"].items()))]
            for a in alerts]
    return _csv(ALERT_COLUMNS, rows)


def write_atomically(path: str | os.PathLike, text: str) -> None:
    """Replace ``path`` in one step, so a reader (a browser, a calendar) never sees half a file."""
    target = Path(path)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.chmod(temp, 0o644)  # mkstemp's 0600 would hide the file from a web server or a colleague
        os.replace(temp, target)
    except BaseException:
        os.unlink(temp)
        raise
