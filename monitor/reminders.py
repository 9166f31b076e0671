"""Reminder alerts N days before an expected date, and one overdue alert for each overdue milestone.

Each fires once (its dedupe key names the milestone, the expected date and the threshold). A reminder that came
due while nothing ran is still sent within GRACE_DAYS, never weeks late. An overdue alert has no such limit: a
milestone that was already long overdue when regwatch was installed (or entered the catalog) is pushed once on
the first run, since nobody may be watching ``deadlines`` yet; a new expected date makes a new key.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from monitor.settings import Config
from monitor.deadlines import deadlines
from monitor.milestones import listed
from monitor.outbox import raise_alert

GRACE_DAYS = 3


def raise_reminders(session: Session, config: Config, now: datetime) -> int:
    """Queue the reminder and overdue alerts due today; returns how many were created."""
    today = now.astimezone(config.digest.tz).date()
    created = 0
    for due in deadlines(listed(session), today, within_days=max(config.reminder_days, default=0)):
        if due.overdue:
            kind, key = "overdue", f"overdue:{due.milestone}:{due.date.text}"
        else:
            threshold = next((n for n in sorted(config.reminder_days) if 0 <= n - due.days_left <= GRACE_DAYS), None)
            if threshold is None:
                continue
            kind, key = "reminder", f"reminder:{due.milestone}:{due.date.text}:{threshold}"
        alert = raise_alert(session, config.notifiers, kind=kind, dedupe_key=key, now=now,
                            jurisdiction=due.jurisdiction, milestone_id=due.milestone, old_status=due.status,
                            new_status=due.expected_status, expected_date=due.date.text,
                            detail=(f"{-due.days_left} days overdue" if due.overdue else f"{due.days_left} days left"))
        created += alert is not None
    return created
