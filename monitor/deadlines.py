"""Upcoming and overdue expected dates. A fuzzy date's last day decides days left and overdue."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from monitor.fuzzydate import FuzzyDate
from monitor.lifecycle import reached
from storage.models import Milestone


@dataclass(frozen=True, kw_only=True)
class Deadline:
    """One expected date of one milestone, as of ``today``."""

    milestone: str
    title: str
    jurisdiction: str
    binding: bool
    status: str
    expected_status: str
    date: FuzzyDate
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def to_json(self) -> dict:
        """The contract's keys for ``regwatch deadlines --json``."""
        return {"milestone": self.milestone, "title": self.title, "jurisdiction": self.jurisdiction,
                "status": self.status, "expected_status": self.expected_status, "date": self.date.text,
                "precision": self.date.precision, "days_left": self.days_left, "overdue": self.overdue}


def deadlines(milestones: list[Milestone], today: date, *, within_days: int | None,
              overdue_only: bool = False) -> list[Deadline]:
    """Dated expectations not yet reached: overdue ones always, upcoming ones within ``within_days``."""
    rows = []
    for m in milestones:
        if not m.expected_status or not m.expected_date or reached(m.status, m.expected_status):
            continue
        when = FuzzyDate.parse(m.expected_date)
        row = Deadline(milestone=m.id, title=m.title, jurisdiction=m.jurisdiction, binding=m.binding,
                       status=m.status, expected_status=m.expected_status, date=when, days_left=when.days_left(today))
        if row.overdue or (not overdue_only and (within_days is None or row.days_left <= within_days)):
            rows.append(row)
    return sorted(rows, key=lambda d: (d.date.last, d.milestone))
