"""Commands for running regwatch unattended: ``run``, ``status``, ``demo``."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import click
from sqlalchemy import func, select

from monitor import logs
from monitor.cli.support import get_app
from monitor.daemon import Daemon, recently_seen
from monitor.demo import run_demo
from monitor.health.staleness import stale_sources
from monitor.cli.output import dump, json_option, styled
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
@click.option("--keep", metavar="DIR", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the demo's database and config in DIR (new or empty) to look around afterwards.")
def demo_command(keep: Path | None) -> None:
    """The whole pipeline offline in a temporary directory, no credentials: a simulated week in seconds.

    Example: regwatch demo --keep demo
    """
    run_demo(click.echo, keep)


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

    lines = [f"Workers: {len(workers) or 'none running'}",
             *(f"  {w.id} since {app.local(w.started_at)}, last seen {app.local(w.seen_at)}" for w in workers),
             f"Queue: {pending} deliveries pending, {failed} failed; {due} sources due now",
             *(f"  next: {source} at {app.local(at)}" for source, at in upcoming),
             *(styled(f"  failing: {source} ({count}): {error}", "red") for source, count, error in failing),
             *(styled(f"  stale: {f.source_id} unchanged for {f.days_unchanged} days "
                      f"(since {app.local(f.last_changed_at)})", "yellow") for f in stale)]
    dump(as_json, record, lines)
