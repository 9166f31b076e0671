"""Milestone signals: does a changed item report that a milestone moved, and how sure is that?

A signal names the status its evidence leads to and three lists of regexes matched against normalised text
(:mod:`monitor.textnorm`): every ``all`` pattern, at least one ``any`` pattern (the event verb), no ``none``.
Hedge design (:mod:`monitor.hedging`), per occurrence of the event verb, meant to hold on unseen text:
1. only the verb's own sentence (split on . ! ? ; line breaks, 2+ spaces for Thai) can hedge it;
2. future/plan/negation words before it, modals and conditions in its clause, purpose words right before it
   ("to sign") and delay/future words right after it ("postponed", "ditunda") hedge it, in five languages;
3. a past/perfect marker between such a word and the verb ("was", "telah", "đã", "ได้") cancels the hedge;
4. certain: an unhedged verb in a sentence naming the subject; plausible: unhedged but away from the subject,
   or hedged everywhere while a completed form of the verb ("has been signed") appears; otherwise None.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from monitor import lifecycle
from monitor.language.expected import ExpectedChange, find_expected_change
from monitor.language.hedges import COMPLETED, Hedge, hedge, reported
from monitor.language.sentences import sentence_at, sentence_spans
from monitor.language.normalise import ascii_digits, excerpt, fold_diacritics, normalise_with_offsets

__all__ = ["CERTAIN", "PLAUSIBLE", "ExpectedChange", "Match", "Signal", "find_expected_change", "match_signals"]

CERTAIN = "certain"
PLAUSIBLE = "plausible"
MAX_OCCURRENCES = 20  # event-verb occurrences examined per signal: a page rarely needs more


@lru_cache(maxsize=2048)
def _compile(pattern: str, fold: bool) -> re.Pattern[str]:
    """A catalog pattern as matched: NFC, ASCII digits, accents stripped when the signal folds them."""
    text = ascii_digits(unicodedata.normalize("NFC", pattern))
    if fold:
        text = unicodedata.normalize("NFC", fold_diacritics(text))
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"bad signal pattern {pattern!r}: {exc}") from None


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
            _compile(pattern, self.fold_diacritics)

    def compiled(self, kind: str) -> tuple[re.Pattern[str], ...]:
        """The compiled ``all``, ``any`` or ``none`` patterns."""
        return tuple(_compile(p, self.fold_diacritics) for p in getattr(self, kind))


@dataclass(frozen=True)
class Match:
    """The best signal that matched: the status it leads to and the evidence."""

    status: str
    confidence: str  # "certain" moves the milestone; "plausible" asks a person
    excerpt: str  # about 200 characters of the original text around the event verb, whitespace collapsed
    offset: int  # where the event verb starts in the original text (for the event's date)
    signal_index: int
    reason: str = ""  # why it is only plausible, for the reviewer


@dataclass
class _Document:
    """One text, normalised once per variant and split into sentences, shared by every signal."""

    text: str
    _variants: dict[bool, tuple[str, list[int]]] = field(default_factory=dict)

    def variant(self, fold: bool) -> tuple[str, list[int]]:
        if fold not in self._variants:
            self._variants[fold] = normalise_with_offsets(self.text, fold_diacritics=fold)
        return self._variants[fold]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text) or [(0, len(self.text))]

    def span(self, fold: bool, m: re.Match[str]) -> tuple[int, int]:
        """Original (start, end) of a match in a normalised variant."""
        offsets = self.variant(fold)[1]
        return offsets[m.start()], offsets[max(m.start(), m.end() - 1)] + 1

    def normalised_range(self, fold: bool, start: int, end: int) -> tuple[int, int]:
        """Normalised (pos, endpos) covering the original range ``start:end``."""
        offsets = self.variant(fold)[1]
        return bisect_left(offsets, start, 0, len(offsets) - 1), bisect_left(offsets, end, 0, len(offsets) - 1)


@lru_cache(maxsize=32)
def _document(text: str) -> _Document:
    return _Document(text)


def _subject_near(doc: _Document, signal: Signal, sentence: int) -> bool:
    """The verb's sentence names the subject (an ``all`` pattern), and every ``all`` pattern matches there,
    in a neighbouring sentence or in the first one (the headline)."""
    fold, spans = signal.fold_diacritics, doc.sentences
    text = doc.variant(fold)[0]
    own = doc.normalised_range(fold, *spans[sentence])
    near = doc.normalised_range(fold, spans[max(0, sentence - 1)][0], spans[min(len(spans) - 1, sentence + 1)][1])
    headline = doc.normalised_range(fold, *spans[0])
    patterns = signal.compiled("all")
    return not patterns or (
        any(p.search(text, *own) for p in patterns)
        and all(p.search(text, *near) or p.search(text, *headline) for p in patterns)
    )


def _completed_event(doc: _Document, verbs: list[tuple[int, int]]) -> str | None:
    """A completed form of the event verb itself ("has been signed", "telah ditandatangani", "đã ký")."""
    for start, end in doc.sentences:
        if not any(start <= v < end for v, _ in verbs):
            continue
        sentence, offsets = normalise_with_offsets(doc.text[start:end])
        for found in COMPLETED.finditer(sentence):
            lo, hi = start + offsets[found.start()], start + offsets[found.end() - 1] + 1
            if any(v < hi and lo < w for v, w in verbs):
                return found.group()
    return None


def _evaluate(doc: _Document, signal: Signal, index: int) -> Match | None:
    fold = signal.fold_diacritics
    text = doc.variant(fold)[0]
    if not all(p.search(text) for p in signal.compiled("all")):
        return None
    if any(p.search(text) for p in signal.compiled("none")):
        return None
    verbs = sorted(
        {doc.span(fold, m) for p in signal.compiled("any") or signal.compiled("all")
         for m in p.finditer(text) if m.end() > m.start()}
    )[:MAX_OCCURRENCES]
    if not verbs:
        return None
    review = not signal.certain or signal.status == lifecycle.WITHDRAWN
    unconfirmed: tuple[int, int] | None = None  # unhedged, by the subject, but only named as a noun
    distant: tuple[int, int] | None = None  # an unhedged verb in a sentence that does not name the subject
    denied = False  # a hedged verb in a sentence that does: the subject's own news is that it has not happened
    first_hedge: Hedge | None = None
    denial = False
    for start, end in verbs:
        sentence = sentence_at(doc.sentences, start)
        found = hedge(doc.text, doc.sentences[sentence], start, end)
        near = _subject_near(doc, signal, sentence)
        if found is None and near:
            if not reported(doc.text, doc.sentences[sentence], start, end):
                unconfirmed = unconfirmed or (start, end)
                continue
            confidence, reason = (PLAUSIBLE, "this signal always asks for review") if review else (CERTAIN, "")
            return Match(signal.status, confidence, excerpt(doc.text, start, end), start, index, reason)
        if found is None:
            distant = distant or (start, end)
        else:
            first_hedge = first_hedge or found
            denied = denied or near
            denial = denial or found.denial
    for span, reason in ((unconfirmed, "the event is only named (a noun), not reported as done"),
                         (None if denied else distant, "the subject is not named next to the event verb")):
        if span:
            return Match(signal.status, PLAUSIBLE, excerpt(doc.text, *span), span[0], index, reason)
    completed = None if denial else _completed_event(doc, verbs)
    if completed is None or first_hedge is None:
        return None
    start, end = verbs[0]
    reason = f"hedged ({first_hedge.words!r} {first_hedge.where} the verb) but also reports {completed!r}"
    return Match(signal.status, PLAUSIBLE, excerpt(doc.text, start, end), start, index, reason)


def _reachable(current: str, status: str) -> bool:
    if status == lifecycle.WITHDRAWN:
        return current != lifecycle.WITHDRAWN
    return lifecycle.is_forward(current, status)


def _rank(match: Match) -> tuple[int, bool, int]:
    status_rank = -1 if match.status == lifecycle.WITHDRAWN else lifecycle.rank(match.status)
    return status_rank, match.confidence == CERTAIN, -match.signal_index


def match_signals(signals: Sequence[Signal], text: str, *, current_status: str) -> Match | None:
    """The best forward move ``text`` supports for a milestone at ``current_status``, or None.

    Only statuses after ``current_status`` count (``withdrawn`` from any other status, never certain); the
    highest status wins, then a certain match over a plausible one, then the earlier signal.
    """
    if current_status not in lifecycle.STATUSES:
        raise ValueError(f"unknown status {current_status!r}")
    if not text or not text.strip():
        return None
    doc = _document(text)
    matches = [
        m for i, s in enumerate(signals)
        if _reachable(current_status, s.status) and (m := _evaluate(doc, s, i)) is not None
    ]
    return max(matches, key=_rank, default=None)
