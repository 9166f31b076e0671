"""Sample alerts and digests, with the hostile text a regulator's page might carry."""
from __future__ import annotations

from typing import Any

from notifiers import Alert, Digest, DigestSection

HOSTILE_TITLE = "<!channel> ASEAN Digital Economy Framework Agreement <!here>"
HOSTILE_EXCERPT = "Leaders <!here> signed the DEFA & agreed. <https://evil.example|click> <@U123> <b>bold</b>"


def make_alert(**overrides: Any) -> Alert:
    """A status change of asean-defa (approval -> adopted) with evidence; override any field."""
    fields: dict[str, Any] = dict(
        id=42, kind="status_change", created_at="2026-10-27T01:00:00+00:00", milestone="asean-defa",
        title="ASEAN Digital Economy Framework Agreement", jurisdiction="ASEAN", binding=True,
        old_status="approval", new_status="adopted", event_date="2026-10-26",
        url="https://asean.org/news/defa-signed?id=7&lang=en",
        excerpt="ASEAN Leaders signed the Digital Economy Framework Agreement at the 47th Summit.",
        source="asean-news",
    )
    fields.update(overrides)
    return Alert(**fields)


def make_digest(lines_per_section: int = 3, sections: int = 2, line: str = "Item") -> Digest:
    """A digest with ``sections`` sections of ``lines_per_section`` linked lines each."""
    return Digest(title="regwatch daily digest", day="2026-10-27", sections=[
        DigestSection(heading=f"Section {s}", lines=[
            (f"{line} {s}.{n}", f"https://example.org/{s}/{n}") for n in range(lines_per_section)])
        for s in range(sections)])
