"""Fuzzy dates that keep their precision: ``2026``, ``2026-H1``, ``2026-Q4``, ``2026-11``, ``2026-11-30``.

Regulators announce "by end of 2026" or "in the first quarter", never a day. A :class:`FuzzyDate` is a
window; its last day decides "days left" and "overdue", and it is shown as written ("Q4 2026").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("year", "half", "quarter", "month", "day")

_FORMS = "use 2026, 2026-H1, 2026-Q4, 2026-11 or 2026-11-30"
_PATTERN = re.compile(r"^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")


@dataclass(frozen=True, order=False)
class FuzzyDate:
    """A date window. ``text`` is the canonical form; ``first``/``last`` are its first and last days."""

    text: str
    precision: str
    first: date
    last: date

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Parse the canonical form; raise ValueError naming the accepted forms otherwise."""
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if not match:
            raise ValueError(f"{text!r} is not a date ({_FORMS})")
        year, half, quarter, month, day = match.groups()
        y = int(year)
        if half:
            start_month, months, precision = 1 + 6 * (int(half) - 1), 6, "half"
        elif quarter:
            start_month, months, precision = 1 + 3 * (int(quarter) - 1), 3, "quarter"
        elif month:
            start_month, months, precision = int(month), 1, "month"
            if not 1 <= start_month <= 12:
                raise ValueError(f"{text!r} has no month {start_month} ({_FORMS})")
        else:
            start_month, months, precision = 1, 12, "year"
        end_month = start_month + months - 1
        first = date(y, start_month, 1)
        last = date(y, end_month, calendar.monthrange(y, end_month)[1])
        if day:
            try:
                first = last = date(y, start_month, int(day))
            except ValueError:
                raise ValueError(f"{text!r} is not a calendar day ({_FORMS})") from None
            precision = "day"
        return cls(text=text.strip(), precision=precision, first=first, last=last)

    @classmethod
    def of_day(cls, day: date) -> FuzzyDate:
        """The exact-day FuzzyDate of ``day``."""
        return cls.parse(day.isoformat())

    def display(self) -> str:
        """Human form that keeps the precision: ``2026``, ``H1 2026``, ``Q4 2026``, ``Nov 2026``, ``30 Nov 2026``."""
        year = self.first.year
        if self.precision == "year":
            return str(year)
        if self.precision in ("half", "quarter"):
            return f"{self.text[5:]} {year}"
        if self.precision == "month":
            return self.first.strftime("%b %Y")
        return f"{self.first.day} {self.first.strftime('%b %Y')}"

    def days_left(self, today: date) -> int:
        """Days from ``today`` to the window's last day (negative once it has passed)."""
        return (self.last - today).days

    def __str__(self) -> str:
        return self.text
