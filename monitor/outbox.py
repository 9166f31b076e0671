"""The outbox's writing side: an alert and one delivery row per channel that wants it, in the caller's
transaction, so an alert exists exactly when the change that caused it was stored.

Its ``dedupe_key`` is unique: raising the same real-world event twice (another source, another day) finds
the existing alert and creates nothing.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from monitor.settings import NotifierConfig
from storage.models import Alert, Delivery

CONSOLE = "console"


def channels_for(notifiers: tuple[NotifierConfig, ...], kind: str, jurisdiction: str | None,
                 milestone: str | None) -> list[str]:
    """Names of the channels whose filters accept this alert; the console when none is configured."""
    if not notifiers:
        return [CONSOLE]
    return [n.name for n in notifiers
            if (not n.kinds or kind in n.kinds)
            and (not n.jurisdictions or jurisdiction in n.jurisdictions)
            and (not n.milestones or milestone in n.milestones)]


def raise_alert(session: Session, notifiers: tuple[NotifierConfig, ...], *, kind: str, dedupe_key: str,
                now: datetime, jurisdiction: str | None = None, channels: list[str] | None = None,
                **fields) -> Alert | None:
    """Create the alert and its deliveries (to ``channels`` when given, else to every channel whose filters
    accept it); None when an alert with this ``dedupe_key`` already exists."""
    if session.scalar(select(Alert.id).where(Alert.dedupe_key == dedupe_key)) is not None:
        return None
    alert = Alert(kind=kind, dedupe_key=dedupe_key, created_at=now, **fields)
    targets = channels if channels is not None else channels_for(notifiers, kind, jurisdiction, fields.get("milestone_id"))
    for channel in targets:
        alert.deliveries.append(Delivery(channel=channel, state="pending", attempts=0, next_attempt_at=now))
    try:
        with session.begin_nested():  # another worker may raise the same event at the same moment
            session.add(alert)
    except IntegrityError:
        return None
    return alert
