"""What an alert says, before any channel's markup: one headline and a few labelled facts.

Every channel (console, Slack, email) shows the same words, so a person who reads the email and the Slack
card sees one story. Values are returned raw: each channel escapes them its own way; the plain-text
renderings (the console, an email's text part) are cleaned of control characters. Pure functions.

How the alert fields are read, per kind:
    status_change, review     old_status -> new_status is the move (made, or proposed for review)
    correction                old_status (announced wrongly) -> new_status (set by a person)
    expected_change           new_status by expected_date is the new expectation; detail may say what it was
    reminder, overdue         old_status is where it stands; new_status by expected_date is what is expected
    source_failing            source and detail (the error)
"""
from __future__ import annotations

from .base import Alert, Digest
from .escape import clean_text
from .escape import header_text as one_line

KIND_LABELS = {
    "status_change": "Status change",
    "review": "Review needed",
    "correction": "Correction",
    "expected_change": "Expected date changed",
    "reminder": "Deadline approaching",
    "overdue": "Overdue",
    "source_failing": "Source failing",
    "test": "Test message",
}

MOVE_KINDS = ("status_change", "review", "correction")


def kind_label(kind: str) -> str:
    """A person's name for an alert kind; unknown kinds show as themselves."""
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def subject_name(alert: Alert) -> str:
    """What the alert is about: the milestone's title, else its id, else the source."""
    return alert.title or alert.milestone or alert.source or "regwatch"


def expectation(alert: Alert) -> str:
    """``adopted by 2026-11``, or whichever half is known; empty when neither is."""
    parts = [alert.new_status or "", f"by {alert.expected_date}" if alert.expected_date else ""]
    return " ".join(p for p in parts if p)


def move(alert: Alert) -> str:
    """``approval -> adopted``; one side alone when only one is known."""
    return " -> ".join(s for s in (alert.old_status, alert.new_status) if s)


def headline(alert: Alert) -> str:
    """One line that says it all: the email subject, the Slack notification, the console's first line."""
    name = subject_name(alert)
    expected = expectation(alert)
    if alert.kind == "status_change":
        return _join(name, move(alert))
    if alert.kind == "review":
        return f"Review: {_join(name, move(alert))}?"
    if alert.kind == "correction":
        return f"Correction: {_join(name, move(alert))} (the earlier move did not happen)"
    if alert.kind == "expected_change":
        return _join(name, f"now expected {expected}" if expected else "new expected date")
    if alert.kind in ("reminder", "overdue"):
        return _join(kind_label(alert.kind), name, expected)
    if alert.kind == "source_failing":
        return _join(kind_label(alert.kind), alert.source or name)
    if alert.kind == "test":
        return "Test message from regwatch"
    return _join(kind_label(alert.kind), name)


def _join(*parts: str) -> str:
    return ": ".join(p for p in parts if p)


def facts(alert: Alert) -> list[tuple[str, str]]:
    """The labelled facts worth a glance, only those the alert has, in reading order."""
    rows: list[tuple[str, str]] = []
    if alert.jurisdiction:
        rows.append(("Jurisdiction", alert.jurisdiction))
    if alert.binding is not None:
        rows.append(("Binding", "yes" if alert.binding else "no"))
    if alert.kind in MOVE_KINDS:
        if move(alert):
            label = {"review": "Proposed", "correction": "Corrected"}.get(alert.kind, "Status")
            rows.append((label, move(alert)))
    else:
        if alert.old_status:
            rows.append(("Status", alert.old_status))
        if expectation(alert):
            rows.append(("Expected", expectation(alert)))
    if alert.event_date:
        rows.append(("Event date", alert.event_date))
    return rows


def provenance(alert: Alert) -> str:
    """Where and when it was seen: ``source asean-news · detected 2026-05-01T08:00:00Z · alert 42``."""
    parts = [f"source {alert.source}" if alert.source else "", f"detected {alert.created_at}", f"alert {alert.id}"]
    return " · ".join(p for p in parts if p)


def plain_alert(alert: Alert) -> str:
    """An alert as a few lines: headline, facts, evidence, excerpt as a quote, provenance."""
    lines = [f"[regwatch] {one_line(headline(alert))}"]
    rows = facts(alert)
    if alert.url:
        rows.append(("Evidence", alert.url))
    if alert.detail:
        rows.append(("Note", alert.detail))
    width = max((len(label) for label, _ in rows), default=0)
    lines += [f"  {label + ':':<{width + 1}} {one_line(value)}" for label, value in rows]
    if alert.excerpt:
        lines += [f"  > {line}" for line in clean_text(alert.excerpt).splitlines()]
    lines.append(f"  ({one_line(provenance(alert))})")
    return "\n".join(lines) + "\n"


def plain_digest(digest: Digest) -> str:
    """The digest as a titled list per section, links after their line; one line when the day was empty."""
    lines = [f"== {one_line(digest.title)} ({one_line(digest.day)}) =="]
    if not digest.sections:
        lines.append("No changes.")
    for section in digest.sections:
        lines += ["", one_line(section.heading)]
        for text, url in section.lines:
            lines.append(f"  - {one_line(text)}" + (f"\n    {one_line(url)}" if url else ""))
    return "\n".join(lines) + "\n"
