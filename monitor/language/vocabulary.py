"""The shared vocabulary (statuses, instrument kinds, topics, jurisdictions), shipped as ``vocabulary.toml``.

One vocabulary serves every milestone, so the words for "adopted" or "in force" are written once per language
and a milestone only declares its names. A config's ``[vocabulary]`` table extends the shipped lists
(:func:`extended`); nothing in it can remove a shipped word, so an override never silently blinds the matcher.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

from monitor import lifecycle
from monitor.language.normalise import fold_diacritics
from monitor.patterns import PatternError, compile_pattern

LANGUAGES = ("en", "id", "th", "vi", "ms")
NATIONAL_LANGUAGE = {"ID": "id", "TH": "th", "VN": "vi", "MY": "ms"}  # its instrument words name the country
SECTIONS = ("legislative", "vehicles", "ongoing", "statuses", "passage", "kinds", "topics", "jurisdictions")
PASSAGE_KEYS = ("words", "chambers", "final", "jurisdictions")  # see [passage] in vocabulary.toml
STATUS_EXTRAS = ("not_after", "not_before", "published", "numbered", "review")  # lists of a status beside its languages

Words = tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """Regex lists by name. ``statuses`` and ``not_after`` are by status; the others by kind, topic, code."""

    statuses: Mapping[str, Words]
    not_after: Mapping[str, Words]
    not_before: Mapping[str, Words]
    published: Mapping[str, Words]  # words that reach the status only for a kind that is not legislative
    numbered: Mapping[str, Words]  # an instrument's number in its own title: given only once it is enacted
    review: Mapping[str, Words]  # words that say the status as often as the step before it: a person decides
    legislative: tuple[str, ...]  # kinds adopted only by a legal act
    vehicles: tuple[str, ...]  # kinds that carry another instrument ("the Decision issuing the list")
    ongoing: tuple[str, ...]  # statuses reported while they last
    passage: Mapping[str, Words]  # a chamber's vote in adoption words: "words", "chambers", "final"
    kinds: Mapping[str, Words]
    topics: Mapping[str, Words]
    jurisdictions: Mapping[str, Words]
    kinds_in: Mapping[str, Mapping[str, Words]]  # language -> kind -> words: "Peraturan Presiden" is Indonesian
    topics_in: Mapping[str, Mapping[str, Words]]  # language -> topic -> words: "data peribadi" is Malay
    user: frozenset[str] = frozenset()  # words a config added: the matcher runs them on RE2 (monitor.patterns)

    def __hash__(self) -> int:  # used as a cache key by the matcher
        return hash(tuple((k, tuple(sorted(v.items())) if isinstance(v, Mapping) else v)
                          for k, v in self.__dict__.items() if k not in ("kinds_in", "topics_in")))


def _words(value: Any, where: str) -> Words:
    """A per-language table (or a flat list) of regexes, validated."""
    if isinstance(value, dict):
        unknown = [k for k in value if k not in LANGUAGES and k not in STATUS_EXTRAS]
        if unknown:
            raise ValueError(f"{where}: unknown language {unknown[0]!r} (accepted: {', '.join(LANGUAGES)})")
        items = [w for lang in LANGUAGES for w in value.get(lang, [])]
    else:
        items = value
    if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
        raise ValueError(f"{where}: must be lists of non-empty strings")
    for word in items:
        try:
            re.compile(word)
        except re.error as exc:
            raise ValueError(f"{where}: {word!r} is not a valid regex ({exc})") from None
    return tuple(items)


def _build(raw: Mapping[str, Any]) -> Vocabulary:
    unknown = [k for k in raw if k not in SECTIONS]
    if unknown:
        raise ValueError(f"vocabulary: unknown table {unknown[0]!r} (accepted: {', '.join(SECTIONS)})")
    statuses: dict[str, Words] = {}
    not_after: dict[str, Words] = {}
    not_before: dict[str, Words] = {}
    published: dict[str, Words] = {}
    numbered: dict[str, Words] = {}
    review: dict[str, Words] = {}
    for status, table in raw.get("statuses", {}).items():
        if status not in lifecycle.STATUSES:
            raise ValueError(f"vocabulary.statuses: {status!r} is not one of {', '.join(lifecycle.STATUSES)}")
        statuses[status] = _words(table, f"vocabulary.statuses.{status}")
        for name, target in (("not_after", not_after), ("not_before", not_before), ("published", published),
                             ("numbered", numbered), ("review", review)):
            target[status] = _words(table.get(name, []) if isinstance(table, dict) else [],
                                    f"vocabulary.statuses.{status}.{name}")
    sections = {name: {key: _words(value, f"vocabulary.{name}.{key}") for key, value in raw.get(name, {}).items()}
                for name in ("kinds", "topics", "jurisdictions", "passage")}
    unknown = [k for k in sections["passage"] if k not in PASSAGE_KEYS]
    if unknown:
        raise ValueError(f"vocabulary.passage: unknown list {unknown[0]!r} (accepted: {', '.join(PASSAGE_KEYS)})")
    def by_language(section: str) -> dict[str, MappingProxyType]:
        return {lang: MappingProxyType({key: tuple(table.get(lang, [])) for key, table in raw.get(section, {}).items()
                                        if isinstance(table, dict)}) for lang in LANGUAGES}
    freeze = MappingProxyType
    return Vocabulary(statuses=freeze(statuses), not_after=freeze(not_after), not_before=freeze(not_before),
                      published=freeze(published), numbered=freeze(numbered), review=freeze(review),
                      legislative=_kinds_list(raw.get("legislative", []), sections["kinds"], "legislative"),
                      vehicles=_kinds_list(raw.get("vehicles", []), sections["kinds"], "vehicles"),
                      ongoing=_status_list(raw.get("ongoing", [])), passage=freeze(sections["passage"]),
                      kinds=freeze(sections["kinds"]),
                      topics=freeze(sections["topics"]), jurisdictions=freeze(sections["jurisdictions"]),
                      kinds_in=freeze(by_language("kinds")), topics_in=freeze(by_language("topics")))


def _kinds_list(value: Any, kinds: Mapping[str, Words], key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise ValueError(f"vocabulary.{key}: must be a list of kind names")
    unknown = [k for k in value if k not in kinds]
    if unknown:
        raise ValueError(f"vocabulary.{key}: {unknown[0]!r} is not a kind (known: {', '.join(sorted(kinds))})")
    return tuple(value)


def _status_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(v in lifecycle.STATUSES for v in value):
        raise ValueError(f"vocabulary.ongoing: must be a list of statuses ({', '.join(lifecycle.STATUSES)})")
    return tuple(value)


def _merge(base: dict, extra: Mapping[str, Any], where: str) -> dict:
    """``extra``'s lists appended to ``base``'s, table by table."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict):
            if not isinstance(merged.get(key, {}), dict):
                raise ValueError(f"{where}.{key}: must be a list, not a table")
            merged[key] = _merge(merged.get(key, {}), value, f"{where}.{key}")
        elif isinstance(value, list):
            old = merged.get(key, [])
            merged[key] = [*old, *value] if isinstance(old, list) else value
        else:
            raise ValueError(f"{where}.{key}: must be a list of strings or a table")
    return merged


@lru_cache(maxsize=1)
def _shipped_raw() -> dict:
    return tomllib.loads((resources.files("monitor.language") / "vocabulary.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def shipped() -> Vocabulary:
    """The vocabulary shipped with regwatch."""
    return _build(_shipped_raw())


def extended(overrides: Mapping[str, Any] | None) -> Vocabulary:
    """The shipped vocabulary with a config's ``[vocabulary]`` lists added; ValueError names a bad key."""
    if not overrides:
        return shipped()
    vocabulary = _build(_merge(_shipped_raw(), overrides, "vocabulary"))
    return replace(vocabulary, user=frozenset(_user_words(overrides, "vocabulary")))


def _user_words(table: Mapping[str, Any], where: str) -> list[str]:
    """Every regex of a config's table, each compiled by :mod:`monitor.patterns`: a person's pattern runs on
    RE2 (linear time), and what RE2 lacks (lookarounds, backreferences) is a config error here."""
    found: list[str] = []
    for key, value in table.items():
        if isinstance(value, Mapping):
            found += _user_words(value, f"{where}.{key}")
            continue
        for word in value:
            try:
                compile_pattern(word, ignore_case=True)
            except PatternError as exc:
                raise ValueError(f"{where}.{key}: {word!r}: {exc}") from None
            found.append(word)
    return found


@lru_cache(maxsize=8)
def folded(vocabulary: Vocabulary) -> Vocabulary:
    """The vocabulary with Latin accents stripped from every word, for text typed without them
    ("Quoc hoi thong qua Luat Tri tue nhan tao"); combining marks are never regex syntax, so folding a regex
    keeps it valid. A word that loses accents must then be a whole word: "Úc" folded is "uc", inside "thuc"."""
    def fold(value: Any) -> Any:
        if isinstance(value, str):
            plain = fold_diacritics(value)
            if plain == value or value in vocabulary.user:  # RE2 has no lookaround: a user's word stays bare
                return plain
            return rf"(?<![^\W_])(?:{plain})(?![^\W_])"
        if isinstance(value, (tuple, frozenset)):
            return type(value)(fold(v) for v in value)
        return MappingProxyType({k: fold(v) for k, v in value.items()})
    return Vocabulary(**{k: fold(v) for k, v in vocabulary.__dict__.items()})


def jurisdiction_words(vocabulary: Vocabulary, code: str) -> Words:
    """The names of a jurisdiction (empty for an unknown code)."""
    return vocabulary.jurisdictions.get(code, ())


def foreign_words(vocabulary: Vocabulary, code: str) -> Words:
    """Names of every other jurisdiction: for an ASEAN milestone only those outside ASEAN (member states
    act within it), for a national one ASEAN and the other member states too."""
    others = [w for c, words in vocabulary.jurisdictions.items() if c != code and (code != "ASEAN" or c == "OTHER")
              for w in words]
    return tuple(others)
