"""What every command shares: error translation, parameter types, and opening the app once."""
from __future__ import annotations

import importlib
from datetime import datetime

import click
from sqlalchemy.exc import SQLAlchemyError

from monitor.app import App, database_error, open_app
from monitor.cli.output import inert
from monitor.durations import parse_duration
from monitor.errors import RegwatchError
from monitor.fuzzydate import FuzzyDate
from monitor.settings import JURISDICTION_NAMES

EXIT_ERROR = 2


class Failure(click.ClickException):
    """A RegwatchError on its way to the terminal: message on stderr, exit 2. The message may quote outside text
    (a server's reply, a page's words), so it goes through the CLI's one cleaner like everything printed."""

    exit_code = EXIT_ERROR

    def format_message(self) -> str:
        return inert(self.message)


class Group(click.Group):
    """A click group that turns regwatch's own errors into a clear one-line message and exit 2.

    ``lazy`` maps command names to ``"module:attribute"``: a command's module (and what it imports) is loaded
    only when that command runs or help is listed, so ``regwatch check`` starts without the exporters."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, attribute = self.lazy[name].split(":")
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RegwatchError as exc:
            raise Failure(str(exc)) from None
        except SQLAlchemyError as exc:  # after start-up: a full disk, a read-only file, a server gone
            app = ctx.find_root().meta.get("app")
            url = app.config.database_url if app is not None else "(not opened)"
            raise Failure(str(database_error(url, exc))) from None


class Moment(click.ParamType):
    """An ISO 8601 date-time such as 2026-11-26T09:00:00+08:00 (no offset: the digest's time zone)."""

    name = "ISO-DATETIME"

    def convert(self, value, param, ctx) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not an ISO date-time (e.g. 2026-11-26T09:00:00+08:00)", param, ctx)


class Duration(click.ParamType):
    """A duration such as 90d, 12h or 2w, as a whole number of days or seconds."""

    name = "DURATION"

    def convert(self, value, param, ctx):
        try:
            return parse_duration(value) if isinstance(value, str) else value
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class Jurisdiction(click.ParamType):
    """A jurisdiction code (TH, ID, ASEAN, ...), any case; a country's name is refused with its code."""

    name = "CODE"

    def convert(self, value, param, ctx) -> str:
        code = value.strip().upper()
        if code in JURISDICTION_NAMES:
            return code
        named = [c for c, name in JURISDICTION_NAMES.items() if name.split(" (")[0].lower() == value.strip().lower()]
        hint = f"use {named[0]} for {JURISDICTION_NAMES[named[0]]}; " if named else ""
        self.fail(f"{value!r} is not a jurisdiction code: {hint}one of {', '.join(JURISDICTION_NAMES)}", param, ctx)


class Fuzzy(click.ParamType):
    """A fuzzy date such as 2026, 2026-H1, 2026-Q4, 2026-11 or 2026-11-30."""

    name = "DATE"

    def convert(self, value, param, ctx) -> FuzzyDate:
        try:
            return value if isinstance(value, FuzzyDate) else FuzzyDate.parse(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def get_app(ctx: click.Context) -> App:
    """Open the app once per command, only when a command needs it (so ``--help`` touches nothing)."""
    root = ctx.find_root()
    if "app" not in root.meta:
        params = root.params
        root.meta["app"] = open_app(params.get("config_path"), params.get("now"))
    return root.meta["app"]
