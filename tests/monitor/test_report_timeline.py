"""The timeline's drawing rules: a legend for every dot colour, an axis that runs well past today, and a move
known only to its year drawn over that year rather than at today."""
from __future__ import annotations

import re

from monitor.report import STATUS_COLOURS
from tests.conftest import milestone_table

NOW = "2026-11-26T09:00:00+08:00"
CONFIG = ('[database]\nurl = "sqlite:///{db}"\n'
          + milestone_table("x-guide", "X guide", "SG", "adopted",
                            "[[milestones.history]]", 'status = "adopted"', 'date = "2025"')
          + milestone_table("y-law", "Y law", "SG", "drafting",
                            "[[milestones.history]]", 'status = "drafting"', 'date = "2026-03-02"'))


def _page(tmp_path, run_cli) -> str:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(db=tmp_path / "r.db"), encoding="utf-8")
    out = tmp_path / "report.html"
    result = run_cli("--config", config, "--now", NOW, "report", "--output", out)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_legend_names_every_dot_colour(tmp_path, run_cli):
    page = _page(tmp_path, run_cli)
    legend = re.search(r'<p class="legend">(.*?)</p>', page, re.S).group(1)
    for colour in set(STATUS_COLOURS.values()):
        assert f'<i class="key" style="background:{colour}"></i>moved to ' in legend
    assert "moved to adopted, in force</span>" in legend and "moved to approval</span>" in legend
    assert "other dated event" in legend and "expected window" in legend


def test_axis_runs_two_years_past_today_and_a_bare_year_spans_its_year(tmp_path, run_cli):
    page = _page(tmp_path, run_cli)
    ticks = re.findall(r'<span class="tick" style="left:[^"]+">(\d{4})</span>', page)
    assert ticks[:4] == ["2025", "2026", "2027", "2028"]  # from the earliest date's year to 2029-01-01
    # 2025-01-01 .. 2029-01-01 is 1461 days: today (26 Nov 2026) is day 694, at 47.50 %
    assert '<span class="today" style="left:47.50%"' in page
    # adopted "2025" covers the whole of 2025, in the adopted colour; the dated move is one dot
    assert ('<span class="point period s-adopted" style="left:0.00%;width:calc(24.98% - 0.00%)" '
            'title="became adopted · 2025"></span>') in page
    assert '<span class="point s-drafting" style="left:29.09%" title="became drafting · 2 Mar 2026"></span>' in page
