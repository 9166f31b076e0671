"""How sure a move must be before it is made without a person: the stakes decide, not the wording alone.

A move to ``adopted`` or ``in_force`` of a binding instrument changes what compliance teams must do, so it is
certain only when an official source (gazette, regulator, ministry, parliament, the ASEAN Secretariat) reports
it, or when two independent sources report the same event; a single press report raises a review. A voluntary
instrument has no force, so an ``in_force`` reading of one is always reviewed. Whatever is not certain is a
review with its reason: never silence.

A subject the text only describes (an instrument's kind and topic in its jurisdiction: "the Singapore government has
unveiled a governance framework ... for AI agents", "a law regulating artificial intelligence went into effect in
Vietnam") is matched by inference: which instrument it is stays the reader's guess. A single press report of such
a subject reaching adopted or in force, binding or not, is therefore a review; an official source, a second
independent report, or any of the milestone's own names makes it certain. Earlier steps keep the matcher's
confidence: a wrong drafting or consultation reading is cheap to correct and changes no obligation.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monitor import lifecycle
from monitor.language.engine import CERTAIN, PLAUSIBLE, Match

CORROBORATION_DAYS = 14  # a second independent report of the same move within this many days corroborates it
STAKES = ("adopted", "in_force")


@dataclass(frozen=True)
class Decision:
    """The confidence after the policy, and why a move was held for review."""

    confidence: str
    reason: str = ""


def decide(status: str, confidence: str, reason: str, *, binding: bool, official: bool,
           corroborated: bool, described: bool = False) -> Decision:
    """The policy above, applied to what the matcher found."""
    if confidence != CERTAIN:
        return Decision(PLAUSIBLE, reason)
    if status in STAKES and described and not (official or corroborated):
        return Decision(PLAUSIBLE, "the instrument is only described (kind and topic), not named: certain once an "
                                   "official source or a second independent source reports it")
    if status == "in_force" and not binding:
        return Decision(PLAUSIBLE, "a voluntary instrument has no force: confirm what changed")
    if status in STAKES and binding and not (official or corroborated):
        return Decision(PLAUSIBLE, "one press report: certain once an official source or a second independent "
                                   "source reports it")
    return Decision(CERTAIN, "")


@dataclass(frozen=True)
class Outcome:
    """What to do with one text about one milestone: a move to make, and a move to ask a person about."""

    move: Match | None = None
    review: tuple[Match, Decision] | None = None


def settle(matches: Sequence[Match], *, binding: bool, official: bool,
           corroborated: Callable[[str], bool]) -> Outcome:
    """The highest status that is certain after the policy is made; the highest status above it that is not
    is raised for review ("MAS issues guidelines" over a lead about a consultation paper: the consultation
    moves, the adoption is asked). ``corroborated(status)`` says whether an independent report is pending."""
    decided = [(m, decide(m.status, m.confidence, m.reason, binding=binding, official=official,
                          corroborated=m.confidence == CERTAIN and corroborated(m.status), described=m.described))
               for m in matches]
    rank = lambda m: -1 if m.status == lifecycle.WITHDRAWN else lifecycle.rank(m.status)  # noqa: E731
    certain = [m for m, d in decided if d.confidence == CERTAIN]
    move = max(certain, key=rank, default=None)
    doubtful = [(m, d) for m, d in decided if d.confidence != CERTAIN and (move is None or rank(m) > rank(move))]
    review = max(doubtful, key=lambda md: rank(md[0]), default=None)
    if move is not None:
        move = Match(move.status, CERTAIN, move.excerpt, move.offset, move.signal_index)
    return Outcome(move, review)


def independent(url_a: str | None, source_a: str | None, url_b: str | None, source_b: str | None) -> bool:
    """Two reports are independent when they come from different sources on different sites."""
    return source_a != source_b and _host(url_a) != _host(url_b)


def _host(url: str | None) -> str:
    if not url:
        return ""
    host = url.split("://", 1)[-1].split("/", 1)[0].lower()
    return host[4:] if host.startswith("www.") else host
