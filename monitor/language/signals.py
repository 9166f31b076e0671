"""Regex signals (a milestone's ``[[milestones.signals]]`` tables): the explicit form beside ``names``.

A signal names the status its evidence leads to and three lists of regexes matched against normalised text
(:mod:`monitor.language.normalise`): every ``all`` pattern, at least one ``any`` pattern (the event word), no
``none``. It is matched by the same engine as names (:mod:`monitor.language.engine`): hedges, sentences and
dates apply alike.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from monitor import lifecycle
from monitor.language.engine import CERTAIN, PLAUSIBLE, Document, Match, Rule, best
from monitor.language.expected import ExpectedChange, find_expected_change
from monitor.language.normalise import ascii_digits, fold_diacritics
from monitor.patterns import Pattern, compile_pattern

__all__ = ["CERTAIN", "PLAUSIBLE", "ExpectedChange", "Match", "Signal", "compile_signal_pattern", "find_expected_change",
           "match_signals"]


@lru_cache(maxsize=2048)
def compile_signal_pattern(pattern: str, fold: bool) -> Pattern:
    """A catalog pattern as matched (monitor.patterns: RE2, case-insensitive): NFC, ASCII digits, accents
    stripped when the signal folds them. Raises PatternError (a ValueError) naming what cannot be used."""
    text = ascii_digits(unicodedata.normalize("NFC", pattern))
    if fold:
        text = unicodedata.normalize("NFC", fold_diacritics(text))
    return compile_pattern(text, ignore_case=True)


def _patterns(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True, kw_only=True)
class Signal:
    """Evidence that a milestone reached ``status``; lists may be given as lists (from TOML)."""

    status: str
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    fold_diacritics: bool = False  # match Vietnamese (or any Latin script) with or without accents
    certain: bool = True  # False: even a clean match only proposes the move for review

    def __post_init__(self) -> None:
        for name in ("all", "any", "none"):
            object.__setattr__(self, name, _patterns(getattr(self, name)))
        if self.status not in lifecycle.STATUSES:
            raise ValueError(f"signal status {self.status!r} is not one of {', '.join(lifecycle.STATUSES)}")
        if not self.all and not self.any:
            raise ValueError("a signal needs at least one 'all' or 'any' pattern")
        for pattern in (*self.all, *self.any, *self.none):
            compile_signal_pattern(pattern, self.fold_diacritics)

    def compiled(self, kind: str) -> tuple[Pattern, ...]:
        """The compiled ``all``, ``any`` or ``none`` patterns."""
        return tuple(compile_signal_pattern(p, self.fold_diacritics) for p in getattr(self, kind))


@dataclass(frozen=True)
class _PatternSubject:
    """A signal's ``all`` patterns as the subject: each must match the text; the event's sentence must name
    one, and every one must match there, in a neighbouring sentence or in the headline."""

    signal: Signal

    def present(self, doc: Document) -> bool:
        text = doc.variant(self.signal.fold_diacritics)[0]
        return all(p.search(text) for p in self.signal.compiled("all"))

    def near(self, doc: Document, sentence: int) -> bool:
        fold, spans = self.signal.fold_diacritics, doc.sentences
        text = doc.variant(fold)[0]
        own = doc.normalised_range(fold, *spans[sentence])
        around = doc.normalised_range(fold, spans[max(0, sentence - 1)][0], spans[min(len(spans) - 1, sentence + 1)][1])
        headline = doc.normalised_range(fold, *spans[0])
        patterns = self.signal.compiled("all")
        return not patterns or (
            any(p.search(text, *own) for p in patterns)
            and all(p.search(text, *around) or p.search(text, *headline) for p in patterns)
        )

    def described(self, doc: Document, sentence: int) -> bool:
        return False  # a signal's patterns say exactly what they name

    def anchored(self, doc: Document) -> bool:
        return self.present(doc)  # its patterns name it exactly

    def spans(self, doc: Document, sentence: int) -> list[tuple[int, int]]:
        text = doc.variant(self.signal.fold_diacritics)[0]
        lo, hi = doc.normalised_range(self.signal.fold_diacritics, *doc.sentences[sentence])
        return [m.span() for p in self.signal.compiled("all") for m in p.finditer(text, lo, hi)]


def rule(signal: Signal, index: int) -> Rule:
    """A signal as an engine rule (its ``any`` patterns are the events, else its ``all`` patterns)."""
    return Rule(status=signal.status, subject=_PatternSubject(signal),
                events=signal.compiled("any") or signal.compiled("all"), none=signal.compiled("none"),
                fold=signal.fold_diacritics, certain=signal.certain, index=index)


def match_signals(signals: Sequence[Signal], text: str, *, current_status: str,
                  published: date | None = None) -> Match | None:
    """The best forward move ``text`` supports for a milestone at ``current_status``, or None (see
    :func:`monitor.language.engine.best`)."""
    doc = Document(text, published=published)
    return best([rule(s, i) for i, s in enumerate(signals)], doc, current_status=current_status).match
