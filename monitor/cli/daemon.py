"""Commands for running regwatch unattended: ``run``, ``status``, ``demo``."""
from __future__ import annotations

import logging
import os

import click
from sqlalchemy import func, select

from monitor import logs
from monitor.cli.support import get_app
from monitor.daemon import Daemon, recently_seen
from monitor.demo import run_demo
from monitor.health.staleness import stale_sources
from monitor.cli.output import dump, json_option
from storage.models import Delivery, Source, Worker

NEXT_RUNS = 5


@click.command("run")
@click.option("--log-format", type=click.Choice(logs.FORMATS), default="text", show_default=True,
              help="json: one JSON object per line, for log collectors.")
@click.option("--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING"]), default="INFO", show_default=True)
def run_command(log_format: str, log_level: str) -> None:
    """The daemon: checks each source at its interval, delivers alerts, sends the daily digest and reminders.

    Several `run` processes may share one PostgreSQL database; on SQLite a second one refuses to start.
    SIGTERM or Ctrl-C stops it cleanly.

    Example: regwatch --config /etc/regwatch/config.toml run --log-format json
    """
    logs.setup(log_format, log_level)
    Daemon(get_app(click.get_current_context())).run()
    logging.shutdown()
    os._exit(0)  # a check still in flight is abandoned, not waited for: its sources are simply due again


@click.command("demo")
def demo_command() -> None:
    """The whole pipeline offline in a temporary directory, no credentials: a simulated week in seconds.

    Example: regwatch demo
    """
    run_demo(click.echo)


@click.command("status")
@json_option
def status_command(as_json: bool) -> None:
    """Workers seen recently, what waits in the queues, the next checks, and failing and stale sources.

    Example: regwatch status --json
    """
    ctx = click.get_current_context()
    app = get_app(ctx)
    now = app.now()
    with app.transaction() as session:
        workers = list(session.scalars(select(Worker).where(Worker.seen_at >= now - recently_seen(app))
                                       .order_by(Worker.started_at)))
        pending = session.scalar(select(func.count()).select_from(Delivery).where(Delivery.state == "pending"))
        failed = session.scalar(select(func.count()).select_from(Delivery).where(Delivery.state == "failed"))
        due = session.scalar(select(func.count()).select_from(Source).where(Source.next_due_at <= now))
        upcoming = session.execute(select(Source.id, Source.next_due_at).where(Source.next_due_at > now)
                                   .order_by(Source.next_due_at).limit(NEXT_RUNS)).all()
        failing = session.execute(select(Source.id, Source.consecutive_failures, Source.last_error)
                                  .where(Source.consecutive_failures > 0).order_by(Source.id)).all()
        stale = stale_sources(session, app.config.sources, now)
    record = {
        "workers": [{"id": w.id, "host": w.host, "pid": w.pid, "started_at": w.started_at.isoformat(),
                     "seen_at": w.seen_at.isoformat()} for w in workers],
        "deliveries_pending": pending, "deliveries_failed": failed, "sources_due": due,
        "next_checks": [{"source": s, "at": at.isoformat()} for s, at in upcoming],
        "failing_sources": [{"source": s, "consecutive_failures": n, "last_error": e} for s, n, e in failing],
        "stale_sources": [{"source": f.source_id, "last_changed_at": f.last_changed_at.isoformat(),
                           "days_unchanged": f.days_unchanged} for f in stale],
    }

    def render(console) -> None:
        console.print(f"Workers: {len(workers) or 'none running'}", highlight=False)
        for w in record["workers"]:
            console.print(f"  {w['id']} since {w['started_at']}, last seen {w['seen_at']}", highlight=False)
        console.print(f"Queue: {pending} deliveries pending, {failed} failed; {due} sources due now", highlight=False)
        for entry in record["next_checks"]:
            console.print(f"  next: {entry['source']} at {entry['at']}", highlight=False)
        for entry in record["failing_sources"]:
            console.print(f"  failing: {entry['source']} ({entry['consecutive_failures']}): {entry['last_error']}",
                          style="red", highlight=False, markup=False)
        for entry in record["stale_sources"]:
            console.print(f"  stale: {entry['source']} unchanged for {entry['days_unchanged']} days "
                          f"(since {entry['last_changed_at']})", style="yellow", highlight=False, markup=False)

    dump(as_json, record, render)
