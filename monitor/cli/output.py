"""Every byte the CLI prints about data, written once: ``--json``, a table on a terminal, plain lines elsewhere.

On a terminal a listing is a Rich table. Piped or redirected (cron mail, logs, ``| grep``) it is one line per
row, cells separated by a TAB, never wrapped and never cut, so an id is always whole on its line.

Outside text (page titles, excerpts, error messages, anything a regulator's site or a server said) reaches the
terminal only through :func:`inert`, and is printed as plain text, never read as Rich markup.
"""
from __future__ import annotations

import contextlib
import functools
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from notifiers.escape import clean_text

Cell = str | Text
Line = str | Text
_CELL_BREAKS = re.compile(r"[\t\n]+")


def json_option(command: Callable) -> Callable:
    """Add ``--json`` to a command that prints data; the global ``regwatch --json`` turns it on too."""

    @click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table or text.")
    @functools.wraps(command)
    def wrapper(*args: Any, as_json: bool, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        root = ctx.find_root().params
        return command(*args, as_json=as_json or bool(root.get("as_json")), **kwargs)

    return wrapper


def inert(text: object) -> str:
    """Outside text made harmless for a terminal: the one cleaner every printed value goes through.

    Control characters and escape sequences are removed (notifiers.escape.clean_text); what is left is printed
    as plain text (a Rich ``Text`` or ``markup=False``), so ``[bold]`` or ``[link=...]`` shows as typed."""
    text = "" if text is None else str(text)
    indent = text[:len(text) - len(text.lstrip(" "))]  # our own indentation survives the cleaner's strip
    return indent + clean_text(text)


def styled(text: object, style: str = "") -> Text:
    """Text in a style of ours (a red "failing", a yellow count): build every ``Text`` cell with this."""
    return Text(inert(text), style=style)


def cell(value: Cell) -> Text:
    """One table cell or line, as inert Text: strings are cleaned here, ``Text`` was cleaned by :func:`styled`."""
    return value if isinstance(value, Text) else Text(inert(value))


def plain_cell(value: Cell) -> str:
    """A cell for a plain line: cleaned, tabs and line breaks as one space, so one row stays one line."""
    return _CELL_BREAKS.sub(" ", inert(value.plain if isinstance(value, Text) else value)).strip()


def console() -> Console:
    """The stdout console: on a terminal it styles and fits the width; elsewhere it never wraps."""
    out = Console(highlight=False)
    if not out.is_terminal:
        out = Console(highlight=False, soft_wrap=True, no_color=True)
    return out


def emit(as_json: bool, records: Sequence[dict], columns: Sequence[str], rows: Sequence[Sequence[Cell]],
         *, title: str | None = None, empty: str = "Nothing to show.", ids: Sequence[int] = (0,)) -> None:
    """Print ``records`` as a JSON array, or ``rows`` under ``columns`` (a table, or plain TAB-separated lines).

    ``ids`` are the columns holding ids: a narrow terminal never splits them."""
    if as_json:
        print_json(list(records))
        return
    out = console()
    if not rows:
        out.print(Text(empty))
        return
    if not out.is_terminal:
        for row in [columns, *rows]:
            click.echo("\t".join(plain_cell(value) for value in row))
        return
    table = Table(title=title, show_lines=False, header_style="bold")
    for number, column in enumerate(columns):
        table.add_column(column, overflow="fold", no_wrap=number in ids)
    for row in rows:
        table.add_row(*(cell(value) for value in row))
    out.print(table)


def dump(as_json: bool, record: Any, lines: Sequence[Line]) -> None:
    """Print one object as JSON, or the ``lines`` that describe it (each cleaned, never read as markup)."""
    if as_json:
        print_json(record)
        return
    say(*lines)


def say(*lines: Line) -> None:
    """Print lines of text that may hold outside text: cleaned, styled only where we styled them."""
    out = console()
    for line in lines:
        out.print(cell(line), markup=False)


def console_aside(as_json: bool) -> contextlib.AbstractContextManager:
    """With --json, what the console channel prints while delivering goes to stderr: stdout is the JSON alone."""
    return contextlib.redirect_stdout(sys.stderr) if as_json else contextlib.nullcontext()


def print_json(data: Any) -> None:
    """JSON on stdout and nothing else, for scripts."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
