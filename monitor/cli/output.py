"""Listing output, written once: ``--json`` (a JSON array on stdout, nothing else) or a rich table.

Rich drops colour by itself when stdout is not a terminal, so piped output stays plain.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

Cell = str | Text


def json_option(command: Callable) -> Callable:
    """Add ``--json`` to a listing; the global ``regwatch --json`` turns it on too."""

    @click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
    @functools.wraps(command)
    def wrapper(*args: Any, as_json: bool, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        root = ctx.find_root().params
        return command(*args, as_json=as_json or bool(root.get("as_json")), **kwargs)

    return wrapper


def emit(as_json: bool, records: Sequence[dict], columns: Sequence[str], rows: Sequence[Sequence[Cell]],
         *, title: str | None = None, empty: str = "Nothing to show.") -> None:
    """Print ``records`` as JSON, or ``rows`` under ``columns`` as a table."""
    if as_json:
        click.echo(json.dumps(list(records), ensure_ascii=False, indent=2, default=str))
        return
    console = Console()
    if not rows:
        console.print(empty)
        return
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def dump(as_json: bool, record: dict, render: Callable[[Console], None]) -> None:
    """Print one object as JSON, or let ``render`` draw it."""
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))
    else:
        render(Console())
