"""Commands on the milestone catalog: ``milestones``, ``deadlines``, ``milestone show|set``, ``review``, ``db``."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import click
from rich.text import Text

from monitor import milestones as milestone_ops
from monitor import review as review_ops
from monitor.cli.support import Duration, Fuzzy, Group, Jurisdiction, get_app
from monitor.deadlines import deadlines as upcoming
from monitor.fuzzydate import FuzzyDate
from monitor.lifecycle import STATUSES
from monitor.milestones import Evidence
from monitor.cli.output import dump, emit, json_option, styled


@click.command("milestones")
@click.option("--jurisdiction", type=Jurisdiction(), help="Only this jurisdiction (ASEAN, ID, TH, VN, ...).")
@json_option
def milestones_command(jurisdiction: str | None, as_json: bool) -> None:
    """List tracked milestones with status and what is expected next.

    Example: regwatch milestones --jurisdiction ID --json
    """
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        rows = milestone_ops.listed(session, jurisdiction)
        records = [milestone_ops.to_json(m) for m in rows]
        table = [(m.id, m.jurisdiction, m.title, m.status, _expected_text(m), "yes" if m.binding else "no")
                 for m in rows]
    emit(as_json, records, ("Milestone", "Juris.", "Title", "Status", "Expected", "Binding"), table,
         empty="No milestones in the catalog.")


def _history_lines(entry, local: Callable[[datetime | None], str]) -> list[str]:
    """One history entry as lines: what, when, who; then its evidence."""
    who = entry.actor + (f", {entry.source_id}" if entry.source_id else "")
    lines = [f"{entry.date or 'date unknown':<12} {entry.status:<13} by {who}; recorded {local(entry.detected_at)}"]
    if entry.url:
        lines.append(f"evidence: {entry.url}" + (f" (snapshot {entry.snapshot_id})" if entry.snapshot_id else ""))
    if entry.excerpt:
        lines.append(f"\"{entry.excerpt}\"")
    if entry.expected_status and entry.actor in ("config", "person", "review"):
        lines.append(f"expected next: {entry.expected_status} {entry.expected_date or '(date unknown)'}")
    if entry.note:
        lines.append(f"note: {entry.note}")
    return lines


def _expected_text(m) -> str:
    if not m.expected_status:
        return "-"
    when = FuzzyDate.parse(m.expected_date).display() if m.expected_date else "date unknown"
    return f"{m.expected_status} ({when})"


@click.command("deadlines")
@click.option("--within", type=Duration(), default="90d", show_default=True,
              help="Upcoming expected dates within this long (overdue ones are always listed).")
@click.option("--jurisdiction", type=Jurisdiction(), help="Only this jurisdiction (ASEAN, ID, TH, VN, ...).")
@click.option("--overdue", "overdue_only", is_flag=True, help="Only overdue milestones.")
@json_option
def deadlines_command(within, jurisdiction: str | None, overdue_only: bool, as_json: bool) -> None:
    """Upcoming and overdue expected dates, soonest first.

    Example: regwatch deadlines --within 30d --jurisdiction ASEAN
    """
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        rows = upcoming(milestone_ops.listed(session, jurisdiction), app.today(),
                        within_days=within.days, overdue_only=overdue_only)
    table = [(d.date.display(), _days_cell(d.days_left), d.jurisdiction, d.milestone,
              f"{d.status} -> {d.expected_status}", "yes" if d.binding else "no") for d in rows]
    emit(as_json, [d.to_json() for d in rows], ("Deadline", "Days left", "Juris.", "Milestone", "Move", "Binding"),
         table, empty="No deadlines in that window.", ids=(3,))


def _days_cell(days: int) -> Text:
    if days < 0:
        return styled(f"{-days} overdue", "bold red")
    return styled(days, "yellow" if days <= 7 else "")


@click.group("milestone", cls=Group)
def milestone_group() -> None:
    """Show one milestone or record a person's move."""


@milestone_group.command("show")
@click.argument("milestone_id")
@json_option
def milestone_show(milestone_id: str, as_json: bool) -> None:
    """Status, expected next step and full history with evidence.

    Example: regwatch milestone show asean-defa
    """
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        row = milestone_ops.get(session, milestone_id)
        from monitor.export import milestone_record  # icalendar: loaded only by the commands that show it

        record = milestone_record(row)
        lines: list[str | Text] = [
            f"{row.title} ({row.id})",
            f"{row.jurisdiction} · {row.instrument or 'instrument not named'} · "
            f"{'binding' if row.binding else 'voluntary'}",
            f"Status: {row.status}   Expected: {_expected_text(row)}", "", styled("History (newest last):", "bold")]
        for entry in row.history:
            lines += [("  " if number == 0 else "      ") + line for number, line in enumerate(_history_lines(entry, app.local))]
    dump(as_json, record, lines)


@milestone_group.command("set")
@click.argument("milestone_id")
@click.option("--status", type=click.Choice(STATUSES), help="The new status (any direction).")
@click.option("--date", "event_date", type=Fuzzy(), help="When it happened, e.g. 2026-11-30 (default: unknown).")
@click.option("--expected", nargs=2, metavar="STATUS DATE",
              help="The next expected status and date, e.g. --expected adopted 2027-Q1 (DATE may be 'unknown').")
@click.option("--no-expected", is_flag=True, help="Nothing is expected next.")
@click.option("--url", help="Evidence link.")
@click.option("--note", help="Why (kept in the history).")
def milestone_set(milestone_id: str, status: str | None, event_date: FuzzyDate | None,
                  expected: tuple[str, str] | None, no_expected: bool, url: str | None, note: str | None) -> None:
    """Record a person's move of a milestone; every move is kept in the history.

    Example: regwatch milestone set th-ai-law --status approval --date 2026-12-02 --url https://... --note "Cabinet approved"
    """
    if not status and not expected and not no_expected:
        raise click.UsageError("give --status, --expected or --no-expected")
    new_expected = _parse_expected(expected) if expected else None
    app = get_app(click.get_current_context())
    evidence = Evidence(date=event_date.text if event_date else None, url=url, note=note)
    from monitor.corrections import KEEP, person_set

    with app.transaction() as session:
        row = milestone_ops.get(session, milestone_id)
        person_set(session, app.config, row, status=status, now=app.now(), evidence=evidence,
                   expected=(new_expected or (None, None)) if expected or no_expected else KEEP)
        done = f"{row.id}: {row.status}, expected {_expected_text(row)}"
    click.echo(done)  # only once committed


def _parse_expected(expected: tuple[str, str]) -> tuple[str, FuzzyDate | None]:
    status, when = expected
    if status not in STATUSES:
        raise click.BadParameter(f"{status!r} is not one of {', '.join(STATUSES)}", param_hint="--expected")
    if when.lower() in ("unknown", "-", "none"):
        return status, None
    try:
        return status, FuzzyDate.parse(when)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--expected") from None


@click.group("review", cls=Group, invoke_without_command=True)
@click.option("--all", "everything", is_flag=True, help="Include decided proposals.")
@json_option
@click.pass_context
def review_group(ctx: click.Context, everything: bool, as_json: bool) -> None:
    """Proposals that need a person's decision; accept or reject them by id.

    Example: regwatch review accept 3
    """
    if ctx.invoked_subcommand:
        return
    app = get_app(ctx)
    with app.transaction() as session:
        proposals = review_ops.pending(session, everything=everything)
    records = [{"id": p.id, "milestone": p.milestone_id, "kind": p.kind, "proposed_status": p.proposed_status,
                "proposed_date": p.proposed_date, "event_date": p.event_date, "source": p.source_id, "url": p.url,
                "excerpt": p.excerpt, "state": p.state, "created_at": p.created_at.isoformat()} for p in proposals]
    rows = [(str(p.id), p.milestone_id, f"-> {p.proposed_status}" if p.kind == "status" else f"expected {p.proposed_date}",
             p.state, p.url or "-", (p.excerpt or "")[:160]) for p in proposals]
    emit(as_json, records, ("ID", "Milestone", "Proposal", "State", "Evidence", "Excerpt"), rows,
         empty="Nothing waits for review.")


@review_group.command("accept")
@click.argument("proposal_id", type=int)
@click.option("--note", help="Why (kept in the history).")
def review_accept(proposal_id: int, note: str | None) -> None:
    """Apply a proposal: move the milestone (alerting like any status change) or take the new expected date."""
    _decide(proposal_id, accept=True, note=note)


@review_group.command("reject")
@click.argument("proposal_id", type=int)
@click.option("--note", help="Why (kept in the history).")
def review_reject(proposal_id: int, note: str | None) -> None:
    """Turn a proposal down; the milestone stays as it is."""
    _decide(proposal_id, accept=False, note=note)


def _decide(proposal_id: int, *, accept: bool, note: str | None) -> None:
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        proposal = review_ops.decide(session, app.config, proposal_id, accept=accept, now=app.now(), note=note)
        done = f"Proposal {proposal.id} {proposal.state} ({proposal.milestone_id})."
    click.echo(done)  # only once committed


@click.group("db", cls=Group)
def db_group() -> None:
    """Database maintenance."""


@db_group.command("upgrade")
def db_upgrade() -> None:
    """Run the migrations (they also run automatically on start).

    Example: regwatch db upgrade
    """
    app = get_app(click.get_current_context())
    click.echo(f"Database is up to date ({app.sessions.kw['bind'].url.render_as_string(hide_password=True)}).")


@db_group.command("prune")
def db_prune() -> None:
    """Delete old snapshots: each source keeps its last `[database] keep_snapshots` versions (50) and every
    version that is evidence of a milestone move. The daemon does this daily.

    Example: regwatch db prune
    """
    from storage.retention import prune_snapshots

    app = get_app(click.get_current_context())
    with app.transaction() as session:
        pruned = prune_snapshots(session, app.config.keep_snapshots)
    click.echo(f"Pruned {pruned} snapshot{'' if pruned == 1 else 's'} (each source keeps its last "
               f"{app.config.keep_snapshots} and every move's evidence).")

