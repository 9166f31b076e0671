"""The outbox's delivering side: claim due deliveries, send each through its channel, record the outcome.

A claim is one atomic UPDATE guarded by the row's state and lease, so two dispatchers (threads, processes or
machines) never take the same row, on SQLite and on PostgreSQL. A claim is a lease: if the process dies
between claiming and recording, the lease expires and another dispatcher sends the message again (at least
once). The result of a send is recorded at once in its own short transaction, which keeps that window small.
Failures are retried with exponential backoff (or the channel's Retry-After) up to MAX_ATTEMPTS, then marked
failed; they show in ``regwatch alerts`` and in the digest.
"""
from __future__ import annotations

import json
import logging
import math
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta, tzinfo

from monitor.app import App
from monitor.settings import NotifierConfig
from monitor.leases import worker_id
from monitor.outbox import CONSOLE
from notifiers import NOTIFIERS, DeliveryError, Digest, DigestSection, Notifier, NotifierError
from notifiers import Alert as AlertView
from storage.claims import claim as claim_rows
from storage.db import installation_id, storable
from storage.models import Alert, Delivery, Milestone

log = logging.getLogger("monitor")

MAX_ATTEMPTS = 8
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=2)
RETRY_AFTER_MAX = timedelta(hours=24)
CLAIM_BATCH = 20


@dataclass
class DispatchSummary:
    counts: Counter = field(default_factory=Counter)

    def line(self) -> str:
        if not self.counts:
            return "Nothing to deliver."
        return "Delivered: " + ", ".join(f"{n} {state}" for state, n in sorted(self.counts.items())) + "."


def dispatch(app: App, *, owner: str | None = None, env: Mapping[str, str] | None = None) -> DispatchSummary:
    """Deliver every due delivery once; return counts of sent, retrying and failed."""
    owner = owner or worker_id()
    channels = Channels(app.config.notifiers, os.environ if env is None else env)
    summary = DispatchSummary()
    with app.transaction() as session:
        installation = installation_id(session)
    while claimed := claim(app, owner):
        for delivery_id in claimed:
            summary.counts[_deliver(app, delivery_id, owner, channels, installation)] += 1
    return summary


def claim(app: App, owner: str, limit: int = CLAIM_BATCH) -> list[int]:
    """Atomically take up to ``limit`` due deliveries for ``owner``; their ids, oldest first."""
    due = (Delivery.state == "pending", Delivery.next_attempt_at <= app.now())
    with app.transaction() as session:
        return claim_rows(session, Delivery, due, order_by=Delivery.id, limit=limit,
                          owner_column=Delivery.claimed_by, until_column=Delivery.claimed_until, owner=owner,
                          lease=app.config.daemon.delivery_lease)


def _deliver(app: App, delivery_id: int, owner: str, channels: Channels, installation: str) -> str:
    with app.transaction() as session:
        delivery = session.get(Delivery, delivery_id)
        alert = delivery.alert
        milestone = session.get(Milestone, alert.milestone_id) if alert.milestone_id else None
        view, channel = alert_view(alert, milestone, app.config.digest.tz, installation), delivery.channel
        progress = _Progress(app, delivery_id, delivery.progress)
    try:
        notifier = channels.get(channel)
        if alert.kind == "digest":
            notifier.send_digest(replace(digest_from_json(alert.detail or "{}"), installation=installation), progress)
        else:
            notifier.send_alert(view)
    except (DeliveryError, NotifierError) as exc:
        return _record_failure(app, delivery_id, owner, exc)
    except Exception as exc:  # a channel's bug or a message it chokes on: this delivery's failure, not the run's
        log.error("delivery %s to %s raised", delivery_id, channel, exc_info=True)
        return _record_failure(app, delivery_id, owner, exc)
    with app.transaction() as session:
        delivery = session.get(Delivery, delivery_id)
        delivery.state, delivery.sent_at, delivery.last_error = "sent", app.now(), None
        delivery.attempts += 1
        delivery.claimed_by = delivery.claimed_until = None
    log.info("delivered alert %s (%s) to %s", alert.id, alert.kind, channel)
    return "sent"


def _record_failure(app: App, delivery_id: int, owner: str, exc: Exception) -> str:
    permanent = isinstance(exc, DeliveryError) and exc.permanent
    retry_after = exc.retry_after if isinstance(exc, DeliveryError) else None
    with app.transaction() as session:
        delivery = session.get(Delivery, delivery_id)
        delivery.attempts += 1
        delivery.last_error = storable(str(exc) if isinstance(exc, (DeliveryError, NotifierError))
                                       else f"{type(exc).__name__}: {exc}")
        delivery.claimed_by = delivery.claimed_until = None
        if permanent or delivery.attempts >= MAX_ATTEMPTS:
            delivery.state = "failed"
        else:
            wait = min(BACKOFF_BASE * 2 ** (delivery.attempts - 1), BACKOFF_MAX)
            delivery.next_attempt_at = app.now() + max(wait, _retry_after(retry_after))
        state = "failed" if delivery.state == "failed" else "retrying"
    log.warning("delivery %s to %s %s: %s", delivery_id, delivery.channel, state, exc)
    return state


def _retry_after(seconds: float | None) -> timedelta:
    """A channel's Retry-After as a wait: a value that is no wait (NaN, negative) is ignored, and a huge one
    is capped at RETRY_AFTER_MAX (999999999999 s would overflow a date and block the outbox)."""
    if seconds is None or math.isnan(seconds) or seconds <= 0:
        return timedelta(0)
    return timedelta(seconds=min(seconds, RETRY_AFTER_MAX.total_seconds()))


class _Progress:
    """A delivery's count of parts sent, committed as each part goes (notifiers.Progress)."""

    def __init__(self, app: App, delivery_id: int, done: int) -> None:
        self.app, self.delivery_id, self.done = app, delivery_id, done

    def record(self, done: int) -> None:
        with self.app.transaction() as session:
            session.get(Delivery, self.delivery_id).progress = done
        self.done = done


class Channels:
    """Notifiers built once per dispatch run, by channel name; the console when nothing is configured."""

    def __init__(self, configs: tuple[NotifierConfig, ...], env: Mapping[str, str]) -> None:
        self.configs = {c.name: c for c in configs}
        self.env = env
        self.built: dict[str, Notifier] = {}

    def get(self, name: str) -> Notifier:
        if name not in self.built:
            config = self.configs.get(name)
            if config is None and name != CONSOLE:
                raise NotifierError(f"channel {name!r} is no longer configured")
            kind, settings = (config.kind, config.settings) if config else (CONSOLE, {})
            self.built[name] = NOTIFIERS[kind]({k: v for k, v in settings.items() if k != "kind"}, self.env)
        return self.built[name]


def alert_view(alert: Alert, milestone: Milestone | None, tz: tzinfo, installation: str | None = None) -> AlertView:
    """What a notifier may show of an alert (plain data; page text stays untrusted). Its time is in the team's
    time zone (the digest's), like every date beside it."""
    return AlertView(
        id=alert.id, kind=alert.kind, created_at=alert.created_at.astimezone(tz).isoformat(timespec="seconds"),
        milestone=alert.milestone_id, title=milestone.title if milestone else None,
        jurisdiction=milestone.jurisdiction if milestone else None, binding=milestone.binding if milestone else None,
        old_status=alert.old_status, new_status=alert.new_status, expected_date=alert.expected_date,
        event_date=alert.event_date, url=alert.url, excerpt=alert.excerpt, source=alert.source_id,
        detail=alert.detail if alert.kind != "digest" else None, installation=installation)


def digest_to_json(digest: Digest) -> str:
    return json.dumps({"title": digest.title, "day": digest.day,
                       "sections": [{"heading": s.heading, "lines": s.lines} for s in digest.sections]},
                      ensure_ascii=False)


def digest_from_json(text: str) -> Digest:
    data = json.loads(text)
    return Digest(title=data["title"], day=data["day"],
                  sections=[DigestSection(heading=s["heading"], lines=[tuple(line) for line in s["lines"]])
                            for s in data["sections"]])
