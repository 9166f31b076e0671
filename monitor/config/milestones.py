"""The ``[[milestones]]`` tables (names, signals, expected, history) and the ``[vocabulary]`` they name from."""
from __future__ import annotations

import re
from typing import Any

from monitor.config.reader import Reader
from monitor.language.names import Names, implied_kinds
from monitor.language.signals import Signal
from monitor.language.vocabulary import LANGUAGES, Vocabulary, extended
from monitor.language.vocabulary import shipped as shipped_vocabulary
from monitor.lifecycle import STATUSES
from monitor.settings import JURISDICTIONS, ExpectedConfig, HistoryConfig, MilestoneConfig

# Kinds that bind by their nature: a milestone of one of them that does not say `binding` is binding, so a press report
# of its adoption asks a person as the certainty policy wants ("Luật Đầu tư sửa đổi" added with names alone is a law).
# Guidelines, frameworks and plans may go either way (MAS's guidelines bind, OJK's guidance does not): they say it.
BINDING_KINDS = ("law", "presidential-regulation", "decree", "regulation", "circular", "decision", "agreement", "list")


class MilestoneTables(Reader):
    """Reads the tracked milestones and the words they are named with."""

    def milestone(self, data: dict, index: int, source_ids: set[str], vocabulary: Vocabulary) -> MilestoneConfig:
        table = "milestones"
        label = f'"{data.get("id")}"' if isinstance(data.get("id"), str) else f"#{index + 1}"
        allowed = ("id", "title", "jurisdiction", "instrument", "status", "expected", "binding", "sources",
                   "names", "kind", "topic", "signals", "history")
        self._check_keys(data, allowed, table, index, label)
        milestone_id = self._str(data, "id", table, index, label, required=True)
        if not re.match(r"^[a-z0-9][a-z0-9-]*$", milestone_id):
            raise self.fail(table, index, label, "id", "must be a slug: lower-case letters, digits and dashes")
        status = self._choice(data.get("status"), STATUSES, table, index, label, "status")
        sources = data.get("sources")
        if sources is not None:
            sources = self._list(data, "sources", table, index, label)
            for source_id in sources:
                if source_id not in source_ids:
                    raise self.fail(table, index, label, "sources", f"names unknown source {source_id!r}")
        names = self.names(data, index, label, vocabulary)
        binding = self._bool(data, "binding", False, table, index, label) if "binding" in data else bool(
            names and set(implied_kinds(names, vocabulary).kinds) & set(BINDING_KINDS))
        return MilestoneConfig(
            id=milestone_id, title=self._str(data, "title", table, index, label, required=True),
            jurisdiction=self._choice(data.get("jurisdiction"), JURISDICTIONS, table, index, label, "jurisdiction"),
            status=status, instrument=self._str(data, "instrument", table, index, label, "") or "",
            binding=binding, expected=self.expected(data.get("expected"), index, label), sources=sources,
            names=names,
            signals=tuple(self.signal(s, index, label, number)
                          for number, s in enumerate(self._tables(data, "signals", index, label))),
            history=tuple(self.history(h, index, label) for h in self._tables(data, "history", index, label)))

    def _tables(self, data: dict, key: str, index: int, label: str) -> list[dict]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail("milestones", index, label, key, f"must be [[milestones.{key}]] tables")
        return value

    def expected(self, data: Any, index: int, label: str) -> ExpectedConfig | None:
        if data is None:
            return None
        if not isinstance(data, dict):
            raise self.fail("milestones", index, label, "expected", "must be a table { status = ..., date = ... }")
        self._check_keys(data, ("status", "date"), "milestones", index, label, " in expected")
        status = self._choice(data.get("status"), STATUSES, "milestones", index, label, "expected")
        date = data.get("date")
        return ExpectedConfig(status=status, date=None if date is None else
                              self._fuzzy(date, "milestones", index, label, "expected"))

    def signal(self, data: dict, index: int, label: str, number: int) -> Signal:
        where = ("milestones", (index, "signals", number), f"{label} signal #{number + 1}")
        self._check_keys(data, ("status", "all", "any", "none", "fold_diacritics", "certain"), *where)
        fold = self._bool(data, "fold_diacritics", False, *where)
        all_, any_ = self._regexes(data, "all", *where, fold=fold), self._regexes(data, "any", *where, fold=fold)
        if not all_ and not any_:
            raise self.fail(*where, "all", "a signal needs at least one `all` or `any` regex")
        return Signal(status=self._choice(data.get("status"), STATUSES, *where, "status"), all=all_, any=any_,
                      none=self._regexes(data, "none", *where, fold=fold), fold_diacritics=fold,
                      certain=self._bool(data, "certain", True, *where))

    def names(self, data: dict, index: int, label: str, vocabulary: Vocabulary) -> Names | None:
        """``names = { en = [...], id = [...] }`` plus ``kind`` and ``topic`` (vocabulary keys, or lists of them)."""
        raw = data.get("names")
        if raw is None and "kind" not in data and "topic" not in data:
            return None
        raw = {} if raw is None else raw
        if not isinstance(raw, dict):
            raise self.fail("milestones", index, label, "names", "must be a table { en = [...], id = [...], ... }")
        aliases = {}
        for lang, values in raw.items():
            if lang not in LANGUAGES:
                raise self.fail("milestones", index, label, "names",
                                f"unknown language {lang!r} (accepted: {', '.join(LANGUAGES)})")
            values = [values] if isinstance(values, str) else values
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise self.fail("milestones", index, label, "names", f"{lang}: must be a list of non-empty strings")
            aliases[lang] = tuple(values)
        parts = {}
        for key, known in (("kind", vocabulary.kinds), ("topic", vocabulary.topics)):
            values = self._list(data, key, "milestones", index, label)
            for value in values:
                if value not in known:
                    raise self.fail("milestones", index, label, key,
                                    f"{value!r} is not in the vocabulary (known: {', '.join(sorted(known))})")
            parts[key] = values
        return Names(aliases=aliases, kinds=parts["kind"], topics=parts["topic"])

    def vocabulary(self, data: Any) -> Vocabulary:
        if data is None:
            return shipped_vocabulary()
        if not isinstance(data, dict):
            raise self.fail("vocabulary", None, "", None, "must be a table")
        try:
            return extended(data)
        except ValueError as exc:
            where, _, problem = str(exc).partition(": ")
            raise self.fail("vocabulary", None, "", where.removeprefix("vocabulary."), problem) from None

    def history(self, data: dict, index: int, label: str) -> HistoryConfig:
        where = ("milestones", index, f"{label} history")
        self._check_keys(data, ("status", "date", "url", "note"), *where)
        return HistoryConfig(status=self._choice(data.get("status"), STATUSES, *where, "status"),
                             date=self._fuzzy(data.get("date"), *where, "date"),
                             url=self._str(data, "url", *where), note=self._str(data, "note", *where))
