"""The shipped catalog's milestones as matcher targets, for the tests that run real phrasing against it."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from monitor.config import load
from monitor.language.engine import Match
from monitor.language.matching import Target, match
from tests.conftest import EXAMPLE_CONFIG


@lru_cache(maxsize=1)
def targets() -> dict[str, Target]:
    return {m.id: m.target for m in load(str(EXAMPLE_CONFIG)).milestones if m.watched}


def catalog_match(milestone: str, text: str, current: str, published: date | None = None) -> Match | None:
    return match(targets()[milestone], text, current_status=current, published=published).match
