"""What every table's reader shares: the file's lines, to name the line of each problem, and typed reading of
values, each problem raised as one ConfigError (``config.toml:14: [[sources]] "x": interval: ...``)."""
from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from monitor.durations import parse_duration
from monitor.errors import ConfigError
from monitor.fuzzydate import FuzzyDate
from monitor.language.signals import compile_signal_pattern
from monitor.patterns import PatternError, compile_pattern

Where = int | tuple[int, str, int] | None  # a table's index; (i, "signals", j) for a sub-table


class Reader:
    """Keeps the file text to point at the line of each error; the table readers build on it."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    # -- error reporting -------------------------------------------------------------------------------
    def fail(self, table: str, index: Where, label: str, key: str | None, problem: str) -> ConfigError:
        line = self._line(table, index, key)
        where = f"{self.path}:{line}" if line else str(self.path)
        header = f"[[{table}]]" if index is not None else f"[{table}]"
        if isinstance(index, tuple):
            header = f"[[{table}.{index[1]}]]"
        subject = f"{header} {label}".rstrip()
        return ConfigError(f"{where}: {subject}: {key + ': ' if key else ''}{problem}")

    def _line(self, table: str, index: Where, key: str | None) -> int | None:
        """1-based line of ``key`` in the ``index``-th ``[[table]]`` (or ``[table]``), else of its header.

        ``index`` may be ``(i, "signals", j)``: the ``j``-th ``[[table.signals]]`` of the ``i``-th table."""
        index, sub, sub_index = index if isinstance(index, tuple) else (index, None, None)
        header = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?")
        seen, sub_seen, start = -1, -1, None
        for number, line in enumerate(self.lines, 1):
            match = header.match(line)
            if match:
                if start is not None and not match.group(1).startswith(table + "."):
                    break
                if match.group(1) == table:
                    seen += 1
                    if index is None or seen == index:
                        start = number
                elif start is not None and sub:  # inside the wanted table: find its sub-table
                    if match.group(1) == f"{table}.{sub}":
                        sub_seen += 1
                    inside = match.group(1) == f"{table}.{sub}" and sub_seen == sub_index
                    if inside:
                        start = number
                    elif sub_seen == sub_index:
                        break  # past the wanted sub-table
                continue
            if start is not None and key and (not sub or sub_seen == sub_index) and re.match(
                    rf"^\s*{re.escape(key)}\s*=", line):
                return number
        return start

    # -- typed readers ---------------------------------------------------------------------------------
    def _check_keys(self, data: dict, allowed: tuple[str, ...], table: str, index: int | None, label: str,
                    what: str = "") -> None:
        for key in data:
            if key not in allowed:
                accepted = ", ".join(sorted(allowed))
                raise self.fail(table, index, label, key, f"unknown key{what} (accepted: {accepted})")

    def _str(self, data: dict, key: str, table: str, index: int | None, label: str,
             default: str | None = None, required: bool = False) -> str | None:
        value = data.get(key, default)
        if value is None:
            if required:
                raise self.fail(table, index, label, key, "is required")
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(table, index, label, key, f"must be a non-empty string, not {value!r}")
        return value

    def _list(self, data: dict, key: str, table: str, index: int | None, label: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(table, index, label, key, "must be a list of strings")
        return tuple(value)

    def _regexes(self, data: dict, key: str, table: str, index: int | None, label: str,
                 fold: bool | None = None) -> tuple[str, ...]:
        """A list of user patterns, each compiled as it will run (monitor.patterns; a signal's with its
        ``fold``): a construct RE2 lacks is reported here, with the file and line."""
        patterns = self._list(data, key, table, index, label)
        for pattern in patterns:
            try:
                compile_pattern(pattern) if fold is None else compile_signal_pattern(pattern, fold)
            except PatternError as exc:
                raise self.fail(table, index, label, key, str(exc)) from None
        return patterns

    def _bool(self, data: dict, key: str, default: bool, table: str, index: int | None, label: str) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(table, index, label, key, f"must be true or false, not {value!r}")
        return value

    def _choice(self, value: Any, choices: tuple[str, ...], table: str, index: int | None, label: str,
                key: str) -> str:
        if value not in choices:
            raise self.fail(table, index, label, key, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def _duration(self, value: Any, table: str, index: int | None, label: str, key: str,
                  allow_zero: bool = False) -> timedelta:
        try:
            return parse_duration(value, allow_zero=allow_zero)
        except ValueError as exc:
            raise self.fail(table, index, label, key, str(exc)) from None

    def _fuzzy(self, value: Any, table: str, index: int | None, label: str, key: str) -> FuzzyDate:
        try:
            return FuzzyDate.parse(value)
        except ValueError as exc:
            raise self.fail(table, index, label, key, str(exc)) from None

    def _option(self, check, value: Any, table: str, index: int | None, label: str, key: str, *extra: Any) -> Any:
        """``check(value)`` from monitor.fetching.options, its ValueError reported at the key."""
        try:
            return check(value, *extra)
        except ValueError as exc:
            raise self.fail(table, index, label, key, str(exc)) from None

    def _unique(self, ids: list[str], table: str) -> None:
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                raise self.fail(table, index, f'"{item_id}"', "id", "duplicate id (ids must be unique)")
            seen.add(item_id)
