"""Commands that show the data elsewhere: ``export ics|json|csv``, ``report`` and ``serve``."""
from __future__ import annotations

import click

from monitor import export
from monitor.cli.support import Failure, Group, get_app
from monitor.report import write_report
from monitor.server import Server, is_loopback

output_option = click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False),
                             help="Write to FILE (replaced in one step) instead of stdout.")


def _deliver(text: str, output: str | None) -> None:
    """Print ``text`` as it is, or replace the file ``output`` with it."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        export.write_atomically(output, text)
    except OSError as exc:
        raise Failure(f"cannot write {output}: {exc.strerror or exc}") from None
    click.echo(f"Wrote {output}")


@click.group("export", cls=Group)
def export_group() -> None:
    """Milestones with their history, and alerts, for calendars, spreadsheets and scripts.

    Example: regwatch export ics --output regwatch.ics
    """


@export_group.command("ics")
@output_option
def export_ics(output: str | None) -> None:
    """An iCalendar feed: expected dates (on the last day of their window) and dated moves, as all-day events.

    Event UIDs stay the same from one export to the next, so a subscribed calendar updates in place.

    Example: regwatch export ics --output regwatch.ics
    """
    _deliver(export.calendar_feed(get_app(click.get_current_context())), output)


@export_group.command("json")
@output_option
def export_json(output: str | None) -> None:
    """One JSON object: {"milestones": [... with full history and evidence], "alerts": [...]}.

    Example: regwatch export json --output regwatch.json
    """
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        records = export.collect(session)
    _deliver(export.to_json(records) + "\n", output)


@export_group.command("csv")
@click.option("--what", type=click.Choice(["milestones", "alerts"]), default="milestones", show_default=True,
              help="milestones: one row per history entry; alerts: one row per alert.")
@output_option
def export_csv(what: str, output: str | None) -> None:
    """A CSV table for a spreadsheet: milestone history, or alerts.

    Example: regwatch export csv --what alerts --output alerts.csv
    """
    app = get_app(click.get_current_context())
    with app.transaction() as session:
        records = export.collect(session)
    text = export.milestones_csv(records.milestones) if what == "milestones" else export.alerts_csv(records.alerts)
    _deliver(text, output)


@click.command("report")
@click.option("--output", "-o", metavar="FILE.html", type=click.Path(dir_okay=False),
              help="Where to write the page (default: [report] path in the config).")
def report_command(output: str | None) -> None:
    """Write the timeline report: one self-contained HTML page, readable on a phone, no external requests.

    Example: regwatch report --output timeline.html
    """
    app = get_app(click.get_current_context())
    path = output or app.config.report.path
    if not path:
        raise click.UsageError("give --output FILE.html, or set [report] path in the config")
    try:
        write_report(app, path)
    except OSError as exc:
        raise Failure(f"cannot write {path}: {exc.strerror or exc}") from None
    click.echo(f"Wrote {path}")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the report to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True,
              help="Port (0: any free port).")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this host name (repeatable); otherwise only the listening address.")
def serve_command(host: str, port: int, allowed_hosts: tuple[str, ...]) -> None:
    """Serve the report live at /, the calendar at /calendar.ics and the milestones at /api/milestones.

    Read-only. Only requests whose Host names the listening address (or an --allowed-host) are answered, so a
    web page cannot read it through DNS rebinding; idle connections are closed after 10 s. Ctrl-C stops it.

    Example: regwatch serve --port 8080
    """
    app = get_app(click.get_current_context())
    if not is_loopback(host):
        click.echo(f"Warning: listening on {host}: anyone who can reach it can read the report and the feed.",
                   err=True)
    try:
        server = Server(app, host, port, allowed_hosts=allowed_hosts)
    except OSError as exc:
        raise Failure(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    click.echo(f"Serving {server.url} (calendar: {server.url}calendar.ics). Ctrl-C stops.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
