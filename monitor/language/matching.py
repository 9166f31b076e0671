"""A milestone against a text: its names with the shared vocabulary, plus any regex signals it still has.

Every status of the vocabulary becomes one rule per milestone: the milestone's names are the subject, the
status's words (verbs and nouns, five languages) the events, every other instrument kind the competition.
Regex ``signals`` of older configs are added as rules of their own, so both forms keep working together.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from monitor.language.engine import Document, Finding, Rule, best
from monitor.language.names import Names, Subject, implied_kinds
from monitor.language.normalise import ascii_digits, fold_diacritics
from monitor.language.sentences import partner
from monitor.language.signals import Signal, rule as signal_rule
from monitor.language.vocabulary import Vocabulary, folded, jurisdiction_words, shipped
from monitor.patterns import Pattern, compile_pattern


@dataclass(frozen=True, kw_only=True)
class Target:
    """What the matcher needs to know of one milestone."""

    id: str
    jurisdiction: str
    names: Names | None = None
    signals: tuple[Signal, ...] = ()


@dataclass(frozen=True)
class _NamedSubject:
    """:class:`~monitor.language.names.Subject` seen through a document (mentions cached per document)."""

    subject: Subject

    def _mentions(self, doc: Document) -> list[tuple[int, int]]:
        key = id(self.subject)
        if key not in doc.cache:
            implied = doc.jurisdiction is not None and doc.jurisdiction == self.subject.jurisdiction
            text, offsets = doc.variant(False)
            doc.cache[key] = self.subject.mentions(text, jurisdiction_implied=implied, original=(doc.text, offsets))
        return doc.cache[key]

    def _in(self, doc: Document, sentence: int) -> list[tuple[int, int]]:
        if not 0 <= sentence < len(doc.sentences):
            return []
        lo, hi = doc.normalised_range(False, *doc.sentences[sentence])
        return [m for m in self._mentions(doc) if lo <= m[0] < hi]

    def present(self, doc: Document) -> bool:
        return bool(self._mentions(doc))

    def near(self, doc: Document, sentence: int) -> bool:
        """Named in the event's sentence, or the event is in the lead and the name in the headline (or back)."""
        other = partner(sentence)
        return bool(self._in(doc, sentence)) or (other is not None and bool(self._in(doc, other)))

    def spans(self, doc: Document, sentence: int) -> list[tuple[int, int]]:
        return self._in(doc, sentence)

    def anchored(self, doc: Document) -> bool:
        return self.subject.anchored(doc.variant(False)[0], self._mentions(doc))

    def described(self, doc: Document, sentence: int) -> bool:
        """Named near the event only by kind and topic ("a governance framework ... for AI agents"), by no alias."""
        other = partner(sentence)
        mentions = self._in(doc, sentence) or (self._in(doc, other) if other is not None else [])
        text = doc.variant(False)[0]
        return bool(mentions) and not any(self.subject.by_alias(text, m) for m in mentions)


def _compile(words: tuple[str, ...], user: frozenset[str]) -> tuple[re.Pattern[str] | Pattern, ...]:
    """The shipped words on Python's ``re``, the words a config added on RE2 (:mod:`monitor.patterns`)."""
    def body(part: list[str]) -> str:
        return "|".join(f"(?:{ascii_digits(unicodedata.normalize('NFC', w))})" for w in part)
    shipped_words, user_words = [w for w in words if w not in user], [w for w in words if w in user]
    return ((re.compile(body(shipped_words), re.IGNORECASE),) if shipped_words else ()) + (
        (compile_pattern(body(user_words), ignore_case=True),) if user_words else ())


@lru_cache(maxsize=512)
def rules(target: Target, vocabulary: Vocabulary, fold: bool = False) -> tuple[Rule, ...]:
    """The rules of one milestone: from its names (one per status of the vocabulary), then its signals;
    ``fold`` for accent-free words and hedges."""
    found: list[Rule] = []
    if target.names is not None and not target.names.empty:
        names = implied_kinds(target.names, vocabulary)
        subject = Subject(names, target.jurisdiction, vocabulary)
        named = _NamedSubject(subject)
        legislative = bool(set(names.kinds) & set(vocabulary.legislative))
        for status, words in vocabulary.statuses.items():
            events = _compile(words if legislative else (*words, *vocabulary.published.get(status, ())),
                              vocabulary.user)
            if not events:
                continue
            rule = Rule(status=status, subject=named, events=events, competing=subject.competing,
                        competing_acts=subject.competing_acts, own_kind=subject.own_kind,
                        not_after=_compile(vocabulary.not_after.get(status, ()), vocabulary.user),
                        not_before=_compile(vocabulary.not_before.get(status, ()), vocabulary.user),
                        distant=False, ongoing=status in vocabulary.ongoing, fold=fold, index=len(found))
            found.append(rule)
            if vocabulary.review.get(status):  # "ASEAN seals DEFA": signed, or only the talks' end
                found.append(replace(rule, events=_compile(vocabulary.review[status], vocabulary.user), certain=False,
                                     index=len(found)))
        passage = vocabulary.passage
        if legislative and passage.get("words"):  # a chamber's vote on the bill, in adoption words
            chambers = passage.get("chambers", ())
            awaits = "law" in names.kinds and target.jurisdiction in passage.get("jurisdictions", ())
            if awaits:  # a bill of such a country: any text on the country
                chambers = (*chambers, *jurisdiction_words(vocabulary, target.jurisdiction))
            found.append(Rule(status="approval", subject=named, events=_compile(passage["words"], vocabulary.user),
                              competing=subject.competing, own_kind=subject.own_kind, distant=False, fold=fold,
                              chambers=_compile(chambers, vocabulary.user), awaits=awaits,
                              final=_compile(passage.get("final", ()), vocabulary.user), index=len(found)))
        for status, words in vocabulary.numbered.items():
            if words:
                found.append(Rule(status=status, subject=named, events=_compile(words, vocabulary.user),
                                  not_before=_compile(vocabulary.not_before.get(status, ()), vocabulary.user),
                                  attached=True, distant=False, fold=fold, index=len(found)))
    offset = len(found)
    found += [signal_rule(s, offset + i) for i, s in enumerate(target.signals)]
    return tuple(found)


def match(target: Target, text: str, *, current_status: str, published: date | None = None,
          source_jurisdiction: str | None = None, vocabulary: Vocabulary | None = None) -> Finding:
    """What ``text`` (published on ``published``, by a source of ``source_jurisdiction``) says about
    ``target``: the best forward move, and an expected future event."""
    doc = Document(text, published=published, jurisdiction=source_jurisdiction)
    vocabulary = vocabulary or shipped()
    finding = best(rules(target, vocabulary), doc, current_status=current_status)
    if finding.match is None and finding.expected is None and target.names is not None and _accentless(text):
        finding = best(rules(_folded(target), folded(vocabulary), True), doc, current_status=current_status)
    return finding


def _accentless(text: str) -> bool:
    """No Latin accent anywhere: Vietnamese typed without its marks reads only against folded words (a text
    with accents keeps the exact words, so "Luat" in accented text is never taken for "Luật")."""
    nfc = unicodedata.normalize("NFC", text)
    return fold_diacritics(nfc) == unicodedata.normalize("NFC", fold_diacritics(nfc)) == nfc


@lru_cache(maxsize=512)
def _folded(target: Target) -> Target:
    """``target`` with accent-free names and no signal patterns (those already ran on the text as it is)."""
    names = target.names
    assert names is not None
    aliases = {lang: tuple(fold_diacritics(a) for a in words) for lang, words in names.aliases.items()}
    return Target(id=target.id, jurisdiction=target.jurisdiction,
                  names=Names(aliases=aliases, kinds=names.kinds, topics=names.topics))


def mentions(target: Target, text: str, *, source_jurisdiction: str | None = None,
             vocabulary: Vocabulary | None = None) -> bool:
    """The text names the milestone (by a name, or by every ``all`` pattern of one of its signals)."""
    doc = Document(text, jurisdiction=source_jurisdiction)
    named = target.names is not None and not target.names.empty
    return any(r.subject.present(doc) for r in rules(target, vocabulary or shipped())[:1] if named) or any(
        s.all and signal_rule(s, 0).subject.present(doc) for s in target.signals)
