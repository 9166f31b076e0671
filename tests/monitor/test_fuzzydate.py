from datetime import date

import pytest

from monitor.fuzzydate import FuzzyDate


@pytest.mark.parametrize("text, precision, first, last, shown", [
    ("2026", "year", date(2026, 1, 1), date(2026, 12, 31), "2026"),
    ("2026-H1", "half", date(2026, 1, 1), date(2026, 6, 30), "H1 2026"),
    ("2026-H2", "half", date(2026, 7, 1), date(2026, 12, 31), "H2 2026"),
    ("2026-Q1", "quarter", date(2026, 1, 1), date(2026, 3, 31), "Q1 2026"),
    ("2026-Q4", "quarter", date(2026, 10, 1), date(2026, 12, 31), "Q4 2026"),
    ("2026-11", "month", date(2026, 11, 1), date(2026, 11, 30), "Nov 2026"),
    ("2028-02", "month", date(2028, 2, 1), date(2028, 2, 29), "Feb 2028"),
    ("2026-11-30", "day", date(2026, 11, 30), date(2026, 11, 30), "30 Nov 2026"),
])
def test_parse_keeps_precision_and_window(text, precision, first, last, shown):
    value = FuzzyDate.parse(text)
    assert (value.text, value.precision, value.first, value.last, value.display()) == (text, precision, first, last, shown)


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "2026-H3", "26-11", "2026-02-30", "next year", ""])
def test_malformed_dates_are_rejected_with_the_accepted_forms(text):
    with pytest.raises(ValueError, match="2026-Q4"):
        FuzzyDate.parse(text)


def test_days_left_counts_to_the_last_day_of_the_window():
    assert FuzzyDate.parse("2026-11").days_left(date(2026, 11, 26)) == 4
    assert FuzzyDate.parse("2026-Q1").days_left(date(2026, 11, 26)) == -240
    assert FuzzyDate.parse("2026-11-26").days_left(date(2026, 11, 26)) == 0
