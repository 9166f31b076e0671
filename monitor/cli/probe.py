"""``regwatch sources test``: what a source yields now, or from a saved page; nothing is stored or sent.

Exit codes: 0 the source (every source, with ``--all``) is healthy; 1 it is not; 2 an unknown id, an
unreadable file, or bad usage.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from monitor import config as config_module
from monitor.cli.support import Failure
from monitor.errors import NotFoundError
from monitor.health.probe import Probe, probe_file, probe_sources
from monitor.settings import Config, SourceConfig
from monitor.cli.output import inert

EXIT_UNHEALTHY = 1
ITEMS_SHOWN = 20
TEXT_SHOWN = 160          # characters of an item's text
PAGE_TEXT_SHOWN = 1200    # characters of a page's text


@click.command("test")
@click.argument("source_id", required=False, metavar="ID")
@click.option("--all", "every", is_flag=True, help="Test every configured source, one line each.")
@click.option("--file", "path", type=click.Path(path_type=Path), metavar="PATH",
              help="Read this saved copy of the page instead of fetching it.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def test_command(source_id: str | None, every: bool, path: Path | None, as_json: bool) -> None:
    """Show what a source yields now: its items (or page text), the health verdict, and the milestone moves
    they would propose. Nothing is stored or sent; the database is not opened.

    Exit status: 0 healthy, 1 not healthy, 2 unknown source id or unreadable file.

    Example: regwatch sources test th-law-hearings    (or: regwatch sources test --all)
    """
    ctx = click.get_current_context()
    as_json = as_json or bool(ctx.find_root().params.get("as_json"))
    if every == bool(source_id):
        raise click.UsageError("give one source ID, or --all")
    if every and path:
        raise click.UsageError("--file reads one source's page: give its ID instead of --all")
    config = config_module.load(ctx.find_root().params.get("config_path"))
    if every:
        probes = probe_sources(config, list(config.sources))
        if as_json:
            click.echo(json.dumps([p.to_json() for p in probes], ensure_ascii=False, indent=2))
        else:
            for probe in probes:
                click.echo(_one_line(probe))
        ctx.exit(0 if all(p.healthy for p in probes) else EXIT_UNHEALTHY)
    spec = _source(config, source_id)
    if path is not None:
        try:
            probe = probe_file(config, spec, path)
        except OSError as exc:
            raise Failure(f"cannot read {path}: {exc.strerror or exc}") from None
    else:
        probe = probe_sources(config, [spec])[0]
    if as_json:
        click.echo(json.dumps(probe.to_json(), ensure_ascii=False, indent=2))
    else:
        _show(probe, spec)
    ctx.exit(0 if probe.healthy else EXIT_UNHEALTHY)


def _source(config: Config, source_id: str) -> SourceConfig:
    for spec in config.sources:
        if spec.id == source_id:
            return spec
    raise NotFoundError(f"no source {source_id!r} in {config.path} (see `regwatch sources`)")


def _one_line(probe: Probe) -> str:
    if not probe.healthy:
        what = f"{probe.health}: {inert(probe.error or '')}"
    elif probe.text is not None:
        what = f"ok, page text of {len(probe.text)} characters"
    else:
        what = f"ok, {len(probe.items)} item{'s' if len(probe.items) != 1 else ''}"
    moves = f", {len(probe.proposals)} proposed move(s)" if probe.proposals else ""
    return f"{probe.source:<24} {probe.kind:<5} {what}{moves}".replace("\n", " ")


def _show(probe: Probe, spec: SourceConfig) -> None:
    rendered = ", rendered in headless Chromium" if spec.fetch == "browser" else ""
    click.echo(f"{probe.source} ({probe.kind}, {spec.url}{rendered})")
    if not probe.healthy:
        click.echo(f"health: {probe.health}: {inert(probe.error or '')}")
        return
    click.echo("health: ok")
    if probe.text is not None:
        shown = inert(probe.text[:PAGE_TEXT_SHOWN])
        click.echo(f"page text ({len(probe.text)} characters):\n{shown}{' …' if len(probe.text) > len(shown) else ''}")
    else:
        click.echo(f"{len(probe.items)} item{'s' if len(probe.items) != 1 else ''}:")
        for number, item in enumerate(probe.items[:ITEMS_SHOWN], 1):
            click.echo(f"{number:>3}. {inert(item['title']) or '(no title)'}")
            details = "  ".join(inert(v) for v in (item["date"], item["link"]) if v)
            if details:
                click.echo(f"     {details}")
            text = inert(item["text"])
            if text and text != inert(item["title"]):
                click.echo(f"     {text[:TEXT_SHOWN]}{'…' if len(text) > TEXT_SHOWN else ''}")
        if len(probe.items) > ITEMS_SHOWN:
            click.echo(f"     … and {len(probe.items) - ITEMS_SHOWN} more (--json shows all)")
    if not probe.proposals:
        click.echo("proposed moves: none")
        return
    titles = {item["key"]: item["title"] for item in probe.items}
    click.echo("proposed moves (judged from the catalog's statuses):")
    for move in probe.proposals:
        where = inert(titles.get(move.item, move.item or "page text"))
        click.echo(f"  {move.milestone} -> {move.status} ({move.confidence}): {where}")
