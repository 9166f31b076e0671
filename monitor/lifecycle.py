"""The milestone lifecycle: announced < drafting < consultation < approval < adopted < in_force, plus withdrawn.

A signal may only move a milestone forward along this order; ``withdrawn`` stands outside it and, like any
backward or sideways move, is a person's decision.
"""
from __future__ import annotations

ORDER = ("announced", "drafting", "consultation", "approval", "adopted", "in_force")
WITHDRAWN = "withdrawn"
STATUSES = (*ORDER, WITHDRAWN)


def rank(status: str) -> int:
    """Position in the lifecycle; ``withdrawn`` ranks after everything (nothing moves past it)."""
    return ORDER.index(status) if status in ORDER else len(ORDER)


def is_forward(old: str, new: str) -> bool:
    """True when ``new`` lies strictly after ``old`` on the lifecycle (never out of ``withdrawn``)."""
    return old != WITHDRAWN and new in ORDER and rank(new) > rank(old)


def reached(current: str, target: str) -> bool:
    """True when ``current`` is ``target`` or past it: the expected status has been reached."""
    return current != WITHDRAWN and rank(current) >= rank(target)
