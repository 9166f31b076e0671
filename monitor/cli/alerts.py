"""Commands that tell people: ``alerts``, ``dispatch``, ``digest``, ``notify test``."""
from __future__ import annotations

import os
from datetime import timedelta

import click
from rich.text import Text
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from monitor import digest as digest_ops
from monitor.cli.support import Duration, Failure, Group, get_app
from monitor.dispatch import Channels, dispatch
from monitor.export import alert_record
from monitor.outbox import CONSOLE
from monitor.cli.output import console_aside, dump, emit, inert, json_option, styled
from notifiers import Alert as AlertView
from notifiers import DeliveryError, NotifierError
from notifiers.render import plain_digest
from storage.db import installation_id
from storage.models import Alert

EXIT_DELIVERY_FAILED = 1
ALERT_KEYS = ("id", "kind", "milestone", "old_status", "new_status", "url", "created_at", "delivered")  # the contract


@click.command("alerts")
@click.option("--kind", "kinds", multiple=True, help="Only this kind (status_change, review, ...; repeatable).")
@click.option("--since", type=Duration(), default=None, help="Only alerts created within this long, e.g. 7d.")
@json_option
def alerts_command(kinds: tuple[str, ...], since: timedelta | None, as_json: bool) -> None:
    """Every alert created, newest first, with its delivery state per channel.

    Example: regwatch alerts --kind status_change --json
    """
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        query = select(Alert).options(selectinload(Alert.deliveries)).order_by(Alert.id.desc())
        query = query.where(Alert.kind.in_(kinds)) if kinds else query.where(Alert.kind != "digest")
        if since is not None:
            query = query.where(Alert.created_at >= app.now() - since)
        alerts = list(session.scalars(query))
    records = [{key: record[key] for key in ALERT_KEYS} for record in map(alert_record, alerts)]
    rows = [(str(a.id), app.local(a.created_at), a.kind, a.milestone_id or a.source_id or "-",
             f"{a.old_status} -> {a.new_status}" if a.new_status else (a.detail or "")[:60],
             _delivery_cell(a)) for a in alerts]
    emit(as_json, records, ("ID", "Created", "Kind", "Milestone / source", "What", "Delivered"), rows,
         empty="No alerts yet.", ids=(0, 3))


def _delivery_cell(alert: Alert) -> Text:
    """Each channel's state; a failed or retrying one says why (the channel's own error)."""
    cell = Text()
    for number, delivery in enumerate(sorted(alert.deliveries, key=lambda d: d.channel)):
        style = {"sent": "green", "failed": "bold red"}.get(delivery.state, "yellow")
        reason = f" ({delivery.last_error})" if delivery.last_error and delivery.state != "sent" else ""
        cell.append(styled(("; " if number else "") + f"{delivery.channel}: {delivery.state}{reason}", style))
    return cell


@click.command("dispatch")
@json_option
def dispatch_command(as_json: bool) -> None:
    """Deliver pending alerts now (`check` does this at the end of its pass unless --no-send).

    Example: regwatch dispatch
    """
    app = get_app(click.get_current_context())
    with console_aside(as_json):
        delivered = dispatch(app)
    dump(as_json, {"delivered": dict(delivered.counts)}, [delivered.line()])


@click.command("digest")
@click.option("--send", is_flag=True, help="Queue today's digest and deliver it (once per day).")
@json_option
def digest_command(send: bool, as_json: bool) -> None:
    """Print today's digest, or send it with --send.

    Every digest lists the overdue milestones and the deadlines of the next 30 days, news or not.

    Example: regwatch --json digest
    """
    app = get_app(click.get_current_context())
    day = app.today()
    if not send:
        with app.transaction() as session:
            built = digest_ops.build(app, session, day)
        dump(as_json, digest_ops.to_record(built), plain_digest(built).splitlines())
        return
    queued = digest_ops.queue(app, day)
    if queued is None and not as_json:
        click.echo(f"The digest for {day.isoformat()} was already queued, or empty days are configured off.")
    with console_aside(as_json):
        delivered = dispatch(app)
    dump(as_json, {"day": day.isoformat(), "queued": queued is not None, "delivered": dict(delivered.counts)},
         [delivered.line()])


@click.group("notify", cls=Group)
def notify_group() -> None:
    """Check that channels work."""


@notify_group.command("test")
@click.option("--channel", "channels", multiple=True, metavar="NAME",
              help="Only this configured notifier (default: every one, or the console).")
def notify_test(channels: tuple[str, ...]) -> None:
    """Send a test message through each channel and say what happened (exit 1 if one failed).

    Example: regwatch notify test --channel slack
    """
    app = get_app(click.get_current_context())
    configured = [n.name for n in app.config.notifiers] or [CONSOLE]
    unknown = [c for c in channels if c not in configured]
    if unknown:
        raise Failure(f"no notifier {unknown[0]!r} in {app.config.path} (configured: {', '.join(configured)})")
    registry = Channels(app.config.notifiers, os.environ)
    with app.transaction() as session:
        installation = installation_id(session)
    sent_at = app.now().astimezone(app.config.digest.tz).isoformat(timespec="seconds")
    test = AlertView(id=0, kind="test", created_at=sent_at,
                     detail="regwatch test message: this channel works.", installation=installation)
    failed = False
    for name in channels or configured:
        try:
            registry.get(name).send_alert(test)
            click.echo(f"{name}: sent")
        except (DeliveryError, NotifierError) as exc:
            failed = True
            click.echo(f"{name}: FAILED: {inert(exc)}", err=True)  # a server's reply is outside text
    if failed:
        raise SystemExit(EXIT_DELIVERY_FAILED)
