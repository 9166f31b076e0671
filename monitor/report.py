"""The timeline report: one self-contained HTML file (no external requests) that reads well on a phone.

Everything shown comes from regulator pages and is hostile: every piece of text goes through :func:`_e` (the
shared cleaner, notifiers.escape: no NUL, ESC or bidi override, then HTML-escaped), every link through
:func:`_link` (http and https only), and a Content-Security-Policy forbids any request or script
the page did not bring itself. The one inline script marks which timeline elements the browser laid out
visibly (``data-visible``), so a headless browser can check the drawing without a DevTools session.
"""
from __future__ import annotations

import base64
import hashlib
import html
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from monitor import milestones as milestone_ops
from monitor.app import App
from monitor.settings import JURISDICTION_NAMES as NAMES
from monitor.settings import JURISDICTIONS
from monitor.deadlines import Deadline, deadlines
from monitor.export import headline, is_move, milestone_record, write_atomically
from monitor.fuzzydate import FuzzyDate
from notifiers.escape import clean_text, safe_url
from storage.models import Change, Source

RECENT = timedelta(days=30)
MAX_CHANGES = 40
MAX_ITEMS_PER_CHANGE = 8

SCRIPT = ("(function(){var w=document.documentElement.clientWidth;"
          "document.querySelectorAll('.milestone,.track,.point,.window,.marker,.today').forEach(function(el){"
          "var r=el.getBoundingClientRect();"
          "el.dataset.visible=String(r.width>0&&r.height>0&&r.left>=0&&r.right<=w);});"
          "document.documentElement.dataset.laidOut='1';})();")
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'; img-src data:"

CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1d2530;background:#f5f6f8}header,main{max-width:1200px;margin:0 auto;padding:12px 16px}
h1{font-size:1.4em;margin:8px 0 2px}h2{font-size:1.15em;margin:0 0 8px}h3{font-size:1em;margin:0}
.summary,.legend{color:#56606c;margin:4px 0}.legend span{display:inline-block;margin-right:14px}
section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:12px;margin:14px 0}
.milestone,.axis{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:4px 16px;
align-items:center;padding:8px 0;border-top:1px solid #eef0f3}.axis{border:0;padding:0}
.meta,.expected{margin:2px 0;font-size:.9em;color:#56606c}.overdue .expected{color:#c62828;font-weight:600}
.badge{display:inline-block;padding:0 6px;border-radius:9px;font-size:.85em;background:#e8ebef;color:#1d2530}
.badge.binding{background:#1d2530;color:#fff}.track,.ticks{position:relative;height:26px}
.track{background:linear-gradient(#d5dae0,#d5dae0) 0 50%/100% 2px no-repeat}
.tick{position:absolute;top:0;font-size:.75em;color:#56606c;border-left:1px solid #c3c9d0;padding-left:3px}
.point,.marker{position:absolute;top:50%;width:12px;height:12px;transform:translate(-50%,-50%);
border-radius:50%;background:#3b6ea8;border:2px solid #fff}
.window{position:absolute;top:5px;height:16px;min-width:6px;border-radius:4px;background:rgba(230,150,0,.3);
border:1px solid #e69600}.marker{border-radius:2px;transform:translate(-50%,-50%) rotate(45deg);background:#e69600}
.overdue .window{background:rgba(198,40,40,.22);border-color:#c62828}.overdue .marker{background:#c62828}
.today{position:absolute;top:-4px;bottom:-4px;width:2px;margin-left:-1px;background:#2e7d32}
.today-label{position:absolute;bottom:0;transform:translateX(-50%);font-size:.75em;color:#2e7d32;font-weight:600}
.noted{background:#fff;border-color:#3b6ea8;width:10px;height:10px}
.point.period{height:8px;border-radius:4px;border-width:1px;transform:translateY(-50%);opacity:.75;min-width:8px}
.key{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:-1px}
details{grid-column:1/-1;font-size:.9em}ol{margin:4px 0;padding-left:20px}li{margin:2px 0}q{color:#56606c}
a{color:#1f5fa8;overflow-wrap:anywhere}.changes li{overflow-wrap:anywhere}
@media (max-width:640px){.milestone,.axis{grid-template-columns:minmax(0,1fr)}.axis>:first-child{display:none}}
"""


@dataclass(frozen=True, kw_only=True)
class ReportData:
    """What the page shows, read in one transaction; rendering it needs nothing else."""

    milestones: list[dict]
    deadlines: dict[str, Deadline]
    changes: list[dict]
    today: date
    generated_at: datetime


# The colour of a past move's dot, by the status it moved to; the legend is drawn from the same table.
STATUS_COLOURS = {"announced": "#3b6ea8", "drafting": "#3b6ea8", "consultation": "#3b6ea8", "approval": "#6a4fb0",
                  "adopted": "#2e7d32", "in_force": "#2e7d32", "withdrawn": "#8a939d"}
CSS += "".join(f".s-{status}{{background:{colour}}}" for status, colour in STATUS_COLOURS.items())
AXIS_AHEAD = timedelta(days=730)  # the axis runs at least this far past today and past the last date shown


def gather(app: App) -> ReportData:
    """Milestones with history, their open deadlines, and the page changes of the last 30 days; times in the
    digest's time zone, like "today"."""
    tz = app.config.digest.tz
    with app.transaction() as session:
        rows = milestone_ops.listed(session)
        found = session.execute(
            select(Change, Source.url).join(Source, Source.id == Change.source_id)
            .where(Change.detected_at >= app.now() - RECENT)
            .order_by(Change.detected_at.desc(), Change.id.desc()).limit(MAX_CHANGES)).all()
        return ReportData(
            milestones=[milestone_record(m) for m in rows],
            deadlines={d.milestone: d for d in deadlines(rows, app.today(), within_days=None)},
            changes=[{"source": c.source_id, "url": url, "detected_at": c.detected_at.astimezone(tz), "added": c.added}
                     for c, url in found],
            today=app.today(), generated_at=app.now().astimezone(tz))


def write_report(app: App, path: str | os.PathLike) -> None:
    """Render the report now and replace ``path`` in one step (the daemon calls this after each change)."""
    write_atomically(path, render(gather(app)))


def _e(value: object) -> str:
    return html.escape(clean_text("" if value is None else str(value)), quote=True)


def _link(url: str | None, text: str) -> str:
    """A link for http(s) evidence; anything else (javascript:, data:) stays plain text."""
    href = safe_url(url)
    if href is None:
        return _e(text)
    return f'<a href="{_e(href)}" rel="noopener noreferrer nofollow">{_e(text)}</a>'


def _fuzzy(text: str | None) -> FuzzyDate | None:
    return FuzzyDate.parse(text) if text else None


class _Scale:
    """Maps days to a percentage of the track: whole years from the earliest date shown to the new year after
    AXIS_AHEAD past the last date shown (or today, if later), so today never sits at the axis' end."""

    def __init__(self, data: ReportData) -> None:
        days = [data.today]
        for m in data.milestones:
            dates = [_fuzzy(h["date"]) for h in m["history"]] + [_fuzzy((m["expected"] or {}).get("date"))]
            days += [d for when in dates if when for d in (when.first, when.last)]
        self.start = date(min(days).year, 1, 1)
        self.end = date((max(days) + AXIS_AHEAD).year + 1, 1, 1)

    def at(self, day: date) -> str:
        return f"{100 * (day - self.start).days / (self.end - self.start).days:.2f}%"

    def years(self) -> range:
        return range(self.start.year, self.end.year)


def _axis(scale: _Scale, today: date) -> str:
    ticks = "".join(f'<span class="tick" style="left:{scale.at(date(y, 1, 1))}">{y}</span>' for y in scale.years())
    return (f'<div class="axis" aria-hidden="true"><span></span><div class="ticks">{ticks}'
            f'<span class="today-label" style="left:{scale.at(today)}">today</span></div></div>')


def _expected_text(m: dict, due: Deadline | None) -> str:
    expected = m["expected"]
    if not expected:
        return "Nothing expected next."
    if not expected["date"]:
        return f"Expected next: {_e(expected['status'])}, date not announced."
    when = FuzzyDate.parse(expected["date"]).display()
    if due is None:
        return f"Expected: {_e(expected['status'])} by {_e(when)}."
    days = abs(due.days_left)
    timing = f"{'overdue by' if due.overdue else 'in'} {days} day{'' if days == 1 else 's'}"
    return f"Expected: {_e(expected['status'])} by {_e(when)} ({timing})."


def _track(m: dict, scale: _Scale, today: date) -> str:
    parts = []
    expected = _fuzzy((m["expected"] or {}).get("date"))
    if expected:
        tip = _e(f"{m['expected']['status']} expected by {expected.display()}")
        width = f"calc({scale.at(expected.last + timedelta(days=1))} - {scale.at(expected.first)})"
        parts.append(f'<span class="window" style="left:{scale.at(expected.first)};width:{width}" title="{tip}">'
                     f'</span><span class="marker" style="left:{scale.at(expected.last)}" title="{tip}"></span>')
    for h in m["history"]:  # a move dated "2026" is drawn over its year (up to today), a dated one as a dot
        when = _fuzzy(h["date"])
        if when:
            kind = f"s-{_e(h['status'])}" if is_move(h) else "noted"
            tip = f'title="{_e(headline(h))} · {_e(when.display())}"'
            last = min(when.last, today)
            if when.first < last:
                width = f"calc({scale.at(last + timedelta(days=1))} - {scale.at(when.first)})"
                parts.append(f'<span class="point period {kind}" style="left:{scale.at(when.first)};width:{width}" '
                             f'{tip}></span>')
            else:
                parts.append(f'<span class="point {kind}" style="left:{scale.at(last)}" {tip}></span>')
    parts.append(f'<span class="today" style="left:{scale.at(today)}" title="today"></span>')
    return f'<div class="track">{"".join(parts)}</div>'


def _history(m: dict) -> str:
    items = []
    for h in m["history"]:
        when = FuzzyDate.parse(h["date"]).display() if h["date"] else "date unknown"
        what = headline(h)
        evidence = f" · {_link(h['source_url'], 'evidence')}" if h["source_url"] else ""
        excerpt = f" <q>{_e(h['excerpt'])}</q>" if h["excerpt"] else ""
        note = f" · {_e(h['note'])}" if h["note"] and h["note"] != what else ""
        items.append(f"<li><time>{_e(when)}</time> <b>{_e(what)}</b> (by {_e(h['actor'])})"
                     f"{evidence}{note}{excerpt}</li>")
    return f'<details><summary>History ({len(items)})</summary><ol class="history">{"".join(items)}</ol></details>'


def _milestone(m: dict, due: Deadline | None, scale: _Scale, today: date) -> str:
    overdue = " overdue" if due and due.overdue else ""
    binding = '<span class="badge binding">binding</span>' if m["binding"] else '<span class="badge">voluntary</span>'
    return (f'<article class="milestone{overdue}" id="m-{_e(m["id"])}" data-id="{_e(m["id"])}"><div>'
            f'<h3>{_e(m["title"])}</h3><p class="meta"><span class="badge status">'
            f'{_e(m["status"])}</span> {binding} {_e(m["instrument"])}</p>'
            f'<p class="expected">{_expected_text(m, due)}</p></div>{_track(m, scale, today)}{_history(m)}</article>')


def _timelines(data: ReportData, scale: _Scale) -> str:
    sections = []
    for code in JURISDICTIONS:
        rows = [m for m in data.milestones if m["jurisdiction"] == code]
        if rows:
            body = "".join(_milestone(m, data.deadlines.get(m["id"]), scale, data.today) for m in rows)
            sections.append(f'<section class="timeline jurisdiction" id="j-{_e(code)}" data-jurisdiction='
                            f'"{_e(code)}"><h2>{_e(NAMES[code])}</h2>{_axis(scale, data.today)}{body}</section>')
    return "".join(sections)


def _recent(data: ReportData) -> str:
    since = data.generated_at - RECENT
    moves = [(h["detected_at"], f"{_e(m['title'])} became <b>{_e(h['status'])}</b>"
              + (f" · {_link(h['source_url'], 'evidence')}" if h["source_url"] else ""))
             for m in data.milestones for h in m["history"]
             if is_move(h) and h["actor"] not in ("catalog", "config")
             and datetime.fromisoformat(h["detected_at"]) >= since]
    items = [f'<li class="move"><time>{_e(at[:10])}</time> {text}</li>' for at, text in sorted(moves, reverse=True)]
    for change in data.changes:
        for item in change["added"][:MAX_ITEMS_PER_CHANGE]:
            text = item.get("title") or (item.get("text") or "")[:200]
            items.append(f'<li class="change"><time>{change["detected_at"]:%Y-%m-%d}</time> '
                         f'{_e(change["source"])}: {_link(item.get("link") or change["url"], text)}</li>')
    body = f'<ul>{"".join(items)}</ul>' if items else "<p>No moves or page changes in the last 30 days.</p>"
    return f'<section class="changes" id="changes"><h2>Recent changes (last 30 days)</h2>{body}</section>'


def _legend() -> str:
    """One key per dot colour, naming the statuses drawn in it."""
    by_colour: dict[str, list[str]] = {}
    for status, colour in STATUS_COLOURS.items():
        by_colour.setdefault(colour, []).append(status.replace("_", " "))
    return "".join(f'<span class="legend-key"><i class="key" style="background:{colour}"></i>moved to '
                   f'{", ".join(names)}</span>' for colour, names in by_colour.items())


def render(data: ReportData) -> str:
    """The whole page as one string."""
    scale = _Scale(data)
    overdue = sum(1 for d in data.deadlines.values() if d.overdue)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>regwatch: ASEAN AI regulation timeline</title><style>{CSS}</style></head>
<body><header><h1>ASEAN AI regulation timeline</h1>
<p class="summary">{len(data.milestones)} milestones, {overdue} overdue · today {data.today:%d %b %Y} ·
generated {data.generated_at:%Y-%m-%d %H:%M %Z} by regwatch</p>
<p class="legend">{_legend()}<span>○ other dated event</span><span>▬ a move known only to its year, quarter or month</span>
<span>▬◆ expected window and its last day</span>
<span style="color:#c62828">red: overdue</span><span style="color:#2e7d32">| today</span></p></header>
<main>{_timelines(data, scale)}{_recent(data)}</main>
<script>{SCRIPT}</script></body></html>
"""
