"""The shipped catalog's milestones as matcher targets, for the tests that run real phrasing against it."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from monitor.config import load
from monitor.language.dates import extract_event_date
from monitor.language.engine import Match
from monitor.language.matching import Target, match
from monitor.language.names import Names
from tests.conftest import EXAMPLE_CONFIG


PUBLISHED = date(2026, 12, 3)
C, P = "certain", "plausible"


@lru_cache(maxsize=1)
def targets() -> dict[str, Target]:
    return {m.id: m.target for m in load(str(EXAMPLE_CONFIG)).milestones if m.watched}


def catalog_match(milestone: str, text: str, current: str, published: date | None = None) -> Match | None:
    return match(targets()[milestone], text, current_status=current, published=published).match


def user_milestone(jurisdiction: str, **aliases: tuple[str, ...]) -> Target:
    """A milestone a user adds with only `names` (no kind, no topic): the shared vocabulary must carry it."""
    return Target(id="user", jurisdiction=jurisdiction, names=Names(aliases=aliases))


def outcome(milestone: str | Target, text: str, current: str, published: date = PUBLISHED) -> tuple | None:
    """(status, confidence) of the move the text supports, else ("expected", status, date) of a future
    event, else None."""
    target = targets()[milestone] if isinstance(milestone, str) else milestone
    finding = match(target, text, current_status=current, published=published)
    if finding.match:
        return finding.match.status, finding.match.confidence
    if finding.expected:
        return "expected", finding.expected.status, finding.expected.date.text
    return None


def event_date(milestone: str, text: str, current: str, published: date = PUBLISHED) -> date | None:
    """The event date regwatch would record for the move (the publication when the text states none)."""
    found = catalog_match(milestone, text, current, published)
    assert found is not None, text
    return extract_event_date(text, reference=published, near=found.offset) or published
