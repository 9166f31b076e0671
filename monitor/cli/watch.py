"""Commands that watch sources: ``check``, ``changes``, ``sources``.

``check`` exits with EXIT_SOME_FAILED or EXIT_ALL_FAILED when sources failed, so cron and monitoring can tell
a broken pass from a quiet one; an unusable config or database stays exit 2 (cli.support.EXIT_ERROR).
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text
from sqlalchemy import func, select

from monitor.checking import STATES, due_sources, run_check
from monitor.health.staleness import freshness, last_changes
from monitor.cli.support import Duration, Group, get_app
from monitor.reminders import raise_reminders
from monitor.cli.output import console_aside, dump, emit, inert, json_option, say, styled
from storage.models import Change, Source

EXIT_SOME_FAILED = 3
EXIT_ALL_FAILED = 4


@click.command("check")
@click.option("--all", "every", is_flag=True, help="Check every source, due or not.")
@click.option("--source", "only", multiple=True, metavar="ID", help="Check this source (repeatable).")
@click.option("--no-send", is_flag=True, help="Leave new alerts in the outbox (deliver later with `dispatch`).")
@json_option
def check_command(every: bool, only: tuple[str, ...], no_send: bool, as_json: bool) -> None:
    """One pass over the due sources: fetch, detect changes, record health, then deliver new alerts.

    A failing source is reported and skipped; the others are still checked.

    \b
    Exit status:
      0  every checked source was fine (changed, unchanged or baseline), or nothing was due
      2  the config or the database is unusable, or an unknown --source
      3  some sources failed (listed on stderr)
      4  every checked source failed (the network, a proxy, a firewall?)

    With --json stdout holds one object (checked, counts, failures, next_check_at, delivered) and the console
    channel's alerts go to stderr.

    Example: regwatch check --source asean-news
    """
    app = get_app(click.get_current_context())
    sources = due_sources(app, only, every)
    if sys.stderr.isatty() and len(sources) > 1:
        with Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("check", total=len(sources))
            summary = run_check(app, sources, progress=lambda _: bar.advance(task))
    else:
        summary = run_check(app, sources)
    soonest = _soonest(app) if app.config.sources and not sources else None
    lines = [summary.line()]
    if not app.config.sources:
        lines.append(f"No sources configured: add [[sources]] to {app.config.path}, or set [catalog] sources = true.")
    elif not sources:
        when = f"The next check is due {app.local(soonest)}" if soonest else "No source has a next check yet"
        lines.append(f"{when}; `regwatch check --all` checks every source now.")
    for source_id, error in summary.failures:
        click.echo(f"  failed {source_id}: {inert(error)}", err=True)
    if not as_json:
        say(*lines)
    with app.transaction() as session:
        raise_reminders(session, app.config, app.now())
    delivered = None
    if not no_send:
        from monitor.dispatch import dispatch  # the notifiers: loaded only when something may be sent

        with console_aside(as_json):
            delivered = dispatch(app)
    record = {"checked": sum(summary.counts.values()), "counts": {s: summary.counts[s] for s in STATES},
              "failures": [{"source": s, "error": e} for s, e in summary.failures],
              "next_check_at": soonest.isoformat() if soonest else None,
              "delivered": dict(delivered.counts) if delivered else None}
    dump(as_json, record, [delivered.line()] if delivered else [])
    if summary.failures:
        raise SystemExit(EXIT_ALL_FAILED if len(summary.failures) == len(sources) else EXIT_SOME_FAILED)


def _soonest(app) -> datetime | None:
    """When a configured source is next due."""
    with app.transaction() as session:
        return session.scalar(select(func.min(Source.next_due_at)).where(
            Source.id.in_([s.id for s in app.config.sources])))


@click.command("changes")
@click.option("--since", type=Duration(), default="7d", show_default=True, help="How far back.")
@click.option("--source", "only", multiple=True, metavar="ID", help="Only this source (repeatable).")
@json_option
def changes_command(since: timedelta, only: tuple[str, ...], as_json: bool) -> None:
    """Page and item changes detected (what the digest summarises).

    Example: regwatch changes --since 1d --json
    """
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        query = (select(Change, Source.url).join(Source, Source.id == Change.source_id)
                 .where(Change.detected_at >= app.now() - since).order_by(Change.detected_at.desc(), Change.id.desc()))
        if only:
            query = query.where(Change.source_id.in_(only))
        found = session.execute(query).all()
    records = [{"id": c.id, "source": c.source_id, "url": url, "detected_at": c.detected_at.isoformat(),
                "added": c.added, "removed": c.removed, "modified": c.modified, "diff": c.diff} for c, url in found]
    rows = [(app.local(c.detected_at), c.source_id,
             f"+{len(c.added)} -{len(c.removed)} ~{len(c.modified)}", _headline(c)) for c, _ in found]
    emit(as_json, records, ("Detected", "Source", "Items", "First addition"), rows,
         empty="No changes in that period.", ids=(1,))


def _headline(change: Change) -> str:
    first = (change.added or [{}])[0]
    return (first.get("title") or first.get("text") or "")[:120]


@click.group("sources", cls=Group, lazy={"test": "monitor.cli.probe:test_command"}, invoke_without_command=True)
@json_option
def sources_command(as_json: bool) -> None:
    """Sources with their health: last success, consecutive failures, last error, and whether the content
    has been unchanged for longer than the source's stale_after (stale: check what it reads).

    Example: regwatch sources --json    (and: regwatch sources test ID)
    """
    ctx = click.get_current_context()
    if ctx.invoked_subcommand is not None:
        return
    app = get_app(ctx)
    with app.transaction() as session:
        known = {r.id: r for r in session.scalars(select(Source))}
        fresh = freshness(app.config.sources, last_changes(session), app.now())
    records, rows = [], []
    for spec in app.config.sources:
        row, state = known.get(spec.id), fresh[spec.id]
        record = {"id": spec.id, "kind": spec.kind, "url": spec.url, "jurisdiction": spec.jurisdiction,
                  "official": spec.official, "interval": int(spec.interval.total_seconds()),
                  "last_checked_at": _iso(row and row.last_checked_at), "last_ok_at": _iso(row and row.last_ok_at),
                  "next_due_at": _iso(row and row.next_due_at),
                  "consecutive_failures": row.consecutive_failures if row else 0,
                  "last_error": row.last_error if row else None,
                  "last_changed_at": _iso(state.last_changed_at), "stale": state.stale,
                  "stale_after": int(spec.stale_after.total_seconds())}
        records.append(record)
        rows.append((spec.id, spec.kind, spec.jurisdiction or "-", _health(record, state.days_unchanged),
                     app.local(row and row.last_ok_at), record["last_error"] or ""))
    emit(as_json, records, ("Source", "Kind", "Juris.", "Health", "Last OK", "Last error"), rows,
         empty="No sources configured.")


def _iso(moment) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _health(record: dict, days_unchanged: int | None) -> Text:
    if record["consecutive_failures"]:
        return styled(f"failing ({record['consecutive_failures']})", "bold red")
    if record["stale"]:
        return styled(f"stale (unchanged {days_unchanged} days)", "yellow")
    return styled("ok", "green") if record["last_checked_at"] else styled("not checked yet")
