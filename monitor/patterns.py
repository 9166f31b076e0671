"""User-supplied regexes (a source's ``ignore``, a milestone's signal patterns): the one way to compile and run them.

A pattern is written by a person and runs over text written by strangers. On Python's ``re`` a pattern such as
``(a+)+$`` backtracks for ever on a page built for it, while the check holds the database's write lock. So every
user pattern is compiled here, on RE2 (google-re2): its time is linear in the text, whatever the pattern.

Patterns keep Python's syntax and meaning. They are first validated by ``re`` (its error messages), then
translated for RE2: ``\\w \\W \\d \\D \\s \\S`` keep their Unicode meaning, ``\\Z``, ``\\uXXXX``, ``\\N{...}``
and ``{,n}`` are spelled the RE2 way. What RE2 cannot run without backtracking is refused with the reason,
at config load: lookarounds, backreferences, atomic groups, possessive quantifiers, conditionals, verbose
mode, and ``\\b`` next to a non-ASCII letter (RE2's ``\\b`` is an ASCII word boundary: ``ký\\b`` would never
mark the end of the word).

Linear is not instant: a pattern matching at every other character of a 10 MB page yields five million
matches. Calls made inside :func:`time_limit` are therefore bounded: past the limit the next match raises
:class:`PatternTimeout` naming the pattern, which the check records as a health event of the source.
"""
from __future__ import annotations

import re
import time
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import re2

__all__ = ["Pattern", "PatternError", "PatternTimeout", "compile_pattern", "shown", "time_limit"]

# Python's Unicode \w (str.isalnum() or "_") and \s (str.isspace()), as RE2 class contents.
_WORD = r"\p{L}\p{N}_"
_SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_CLASS_ESCAPES = {"w": _WORD, "s": _SPACE}
_QUANTIFIER = re.compile(r"\{(\d*)(,(\d*))?\}")
_OCTAL = re.compile(r"0[0-7]{0,2}|[0-7]{3}")  # outside a class, \1 to \99 are backreferences
_CLASS_OCTAL = re.compile(r"[0-7]{1,3}")
_REFUSED_GROUPS = (
    ("?=", "a lookahead (?=...)"), ("?!", "a negative lookahead (?!...)"), ("?<=", "a lookbehind (?<=...)"),
    ("?<!", "a negative lookbehind (?<!...)"), ("?>", "an atomic group (?>...)"), ("?(", "a conditional (?(...)"),
    ("?P=", "a backreference (?P=name)"),
)
_WHY = "RE2, the linear-time engine regwatch runs patterns on, has no such construct"


def shown(pattern: str) -> str:
    """A regex as it is written in TOML's literal strings: backslashes single, not doubled by repr()."""
    return f"'{pattern}'" if "'" not in pattern else f'"{pattern}"'


class PatternError(ValueError):
    """A pattern that is not valid, or that RE2 cannot run; the message says which construct and why."""


class PatternTimeout(Exception):
    """A pattern ran past the time limit of a :func:`time_limit` block (picklable: raised in parsing processes)."""

    def __init__(self, pattern: str, seconds: float) -> None:
        super().__init__(pattern, seconds)
        self.pattern, self.seconds = pattern, seconds

    def __str__(self) -> str:
        return f"pattern {shown(self.pattern)} ran past the {self.seconds:g}s limit ([fetch] pattern_timeout)"


@dataclass
class _Limit:
    """Time spent inside pattern calls in one :func:`time_limit` block, in all and per pattern."""

    seconds: float
    spent: float = 0.0
    per_pattern: dict[str, float] = field(default_factory=dict)

    def charge(self, pattern: str, elapsed: float) -> None:
        self.spent += elapsed
        self.per_pattern[pattern] = self.per_pattern.get(pattern, 0.0) + elapsed
        if self.spent > self.seconds:  # name the pattern that took most of it, not the one that came last
            raise PatternTimeout(max(self.per_pattern, key=self.per_pattern.__getitem__), self.seconds)


_limit: ContextVar[_Limit | None] = ContextVar("regwatch_pattern_limit", default=None)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Bound the time the pattern calls made inside may take together: past ``seconds`` PatternTimeout.

    Only time inside pattern calls counts (not the caller's own work between them), so the pattern named is
    the one that was slow. RE2 cannot be interrupted inside one call, but one call is linear in the text;
    the limit is checked after every call and between matches, where many matches (the slow case left)
    spend their time."""
    token = _limit.set(_Limit(seconds))
    try:
        yield
    finally:
        _limit.reset(token)


class Pattern:
    """A compiled user pattern: ``search``, ``finditer`` and ``remove``, each charged to the time limit."""

    __slots__ = ("text", "_regex")

    def __init__(self, text: str, regex: Any) -> None:
        self.text = text  # as given to compile_pattern, for messages
        self._regex = regex

    def __repr__(self) -> str:
        return f"Pattern({self.text!r})"

    def _charge(self, started: float) -> None:
        limit = _limit.get()
        if limit is not None:
            limit.charge(self.text, time.perf_counter() - started)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        """The first match in ``text[pos:endpos]`` (offsets of the whole text), or None."""
        started = time.perf_counter()
        found = self._regex.search(text, pos, endpos)
        self._charge(started)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """Every non-overlapping match, left to right."""
        matches = self._regex.finditer(text, pos, endpos)
        while True:
            started = time.perf_counter()
            found = next(matches, None)
            self._charge(started)
            if found is None:
                return
            yield found

    def remove(self, text: str) -> str:
        """``text`` without any of its matches (an ``ignore`` pattern)."""
        if self.search(text) is None:  # the usual case: one linear scan, no match objects
            return text
        pieces, end = [], 0
        for found in self.finditer(text):
            pieces.append(text[end:found.start()])
            end = found.end()
        pieces.append(text[end:])
        return "".join(pieces)


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, *, ignore_case: bool = False) -> Pattern:
    """``pattern`` (Python syntax) compiled for RE2; PatternError says what cannot be used and why."""
    try:
        with warnings.catch_warnings():  # "possible nested set": a literal "[" to Python, and so to RE2 here
            warnings.simplefilter("ignore", FutureWarning)
            re.compile(pattern)
    except re.error as exc:
        raise PatternError(f"{shown(pattern)} is not a valid regex ({exc})") from None
    options = re2.Options()
    options.log_errors = False  # the error is raised, not printed on stderr
    options.case_sensitive = not ignore_case
    try:
        regex = re2.compile(_Translator(pattern).run(), options)
    except re2.error as exc:
        reason = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PatternError(f"{shown(pattern)} cannot be used on RE2, the linear-time engine regwatch runs patterns on: "
                           f"{reason}") from None
    return Pattern(pattern, regex)


class _Translator:
    """Python regex syntax to RE2 syntax with the same meaning, or PatternError for what RE2 lacks."""

    def __init__(self, pattern: str) -> None:
        self.pattern, self.i, self.out = pattern, 0, []
        self.in_class = False
        self.class_start = 0  # index in the pattern just after "[" or "[^" (a "]" there is a literal)
        self.quantified = False  # the last thing written was a quantifier (a "+" after it is possessive)

    def refuse(self, what: str, why: str = _WHY) -> PatternError:
        return PatternError(f"{shown(self.pattern)} uses {what}, which cannot be used: {why}")

    def run(self) -> str:
        p = self.pattern
        while self.i < len(p):
            c = p[self.i]
            quantified, self.quantified = self.quantified, False
            if c == "\\":
                self._escape()
            elif self.in_class:
                self._class_char(c)
            elif c == "[":
                self._open_class()
            elif c == "(":
                self._group()
            elif c in "*+?":
                if quantified and c == "+":
                    raise self.refuse("a possessive quantifier (*+, ++, ?+)")
                self.out.append(c)
                self.quantified = not (quantified and c == "?")  # "*?" is lazy: nothing may follow
                self.i += 1
            elif c == "{":
                self._brace()
            else:
                self.out.append(c)
                self.i += 1
        return "".join(self.out)

    def _open_class(self) -> None:
        p, self.in_class = self.pattern, True
        self.i += 1
        self.out.append("[")
        if self.i < len(p) and p[self.i] == "^":
            self.out.append("^")
            self.i += 1
        self.class_start = self.i

    def _class_char(self, c: str) -> None:
        if c == "]" and self.i != self.class_start:
            self.in_class = False
        self.out.append(r"\[" if c == "[" else r"\]" if c == "]" and self.in_class else c)
        self.i += 1

    def _brace(self) -> None:
        found = _QUANTIFIER.match(self.pattern, self.i)
        if found is None or (not found.group(1) and not found.group(2)):
            self.out.append(r"\{")  # a literal brace, as Python reads it
            self.i += 1
            return
        low, comma, high = found.group(1) or "0", found.group(2) or "", found.group(3) or ""
        self.out.append("{" + low + ("," + high if comma else "") + "}")
        self.i = found.end()
        self.quantified = True

    def _group(self) -> None:
        p = self.pattern
        for prefix, what in _REFUSED_GROUPS:
            if p.startswith(prefix, self.i + 1):
                raise self.refuse(what)
        if p.startswith("?#", self.i + 1):  # a comment: dropped
            self.i = p.index(")", self.i) + 1
            return
        flags = re.match(r"\?([aiLmsux]*)(?:-([imsx]*))?([:)])", p[self.i + 1:])
        if flags and (flags.group(1) or flags.group(2)):
            on, off, end = flags.group(1), flags.group(2) or "", flags.group(3)
            if "x" in on + off:
                raise self.refuse("verbose mode (?x)", "write the pattern on one line, without comments")
            if "a" in on or "L" in on:
                raise self.refuse("the ASCII or locale flag (?a) / (?L)", "patterns match Unicode text")
            on = on.replace("u", "")  # Unicode matching is the default
            body = on + ("-" + off if off else "")
            self.out.append(f"(?{body}{end}" if body else "(?:" if end == ":" else "")  # "(?u)" alone: nothing
            self.i += 1 + flags.end()
            return
        opening = "(?" if p.startswith("?", self.i + 1) else "("  # (?:...) and (?P<name>...) as they are
        self.out.append(opening)
        self.i += len(opening)

    def _escape(self) -> None:
        p = self.pattern
        c = p[self.i + 1]
        self.i += 2
        if c in "wsWS":
            body = _CLASS_ESCAPES[c.lower()]
            if c.isupper() and self.in_class:
                raise self.refuse(f"\\{c} inside [...]", "RE2 cannot negate inside a class; write [^...] instead")
            self.out.append(body if self.in_class else f"[{'^' if c.isupper() else ''}{body}]")
        elif c in "dD":
            self.out.append(r"\p{Nd}" if c == "d" else r"\P{Nd}")
        elif c == "b" and self.in_class:
            self.out.append(r"\x08")  # backspace, as in Python
        elif c in "bB":
            self._boundary(c)
        elif c == "Z":
            self.out.append(r"\z")
        elif c in "uU":
            width = 4 if c == "u" else 8
            self.out.append(r"\x{" + p[self.i:self.i + width] + "}")
            self.i += width
        elif c == "N":
            close = p.index("}", self.i)
            self.out.append(r"\x{%x}" % ord(unicodedata.lookup(p[self.i + 1:close])))
            self.i = close + 1
        elif c.isdigit():
            self._number(c)
        elif c.isascii():
            self.out.append("\\" + c)
        else:
            self.out.append(c)  # an escaped non-ASCII character is that character

    def _boundary(self, c: str) -> None:
        p, at = self.pattern, self.i - 2
        before = p[at - 1] if at > 0 else ""
        after = p[self.i] if self.i < len(p) else ""
        for neighbour in (before, after):
            if neighbour and not neighbour.isascii() and neighbour.isalnum():
                raise self.refuse(f"\\{c} next to {neighbour!r}", "\\b is an ASCII word boundary on RE2, so it "
                                  "does not mark the edge of this word; write (?:^|\\s) or (?:\\s|$) instead")
        self.out.append("\\" + c)

    def _number(self, first: str) -> None:
        octal = (_CLASS_OCTAL if self.in_class else _OCTAL).match(self.pattern, self.i - 1)
        if octal is None:
            raise self.refuse(f"a backreference (\\{first})")
        self.out.append(r"\x{%x}" % int(octal.group(), 8))
        self.i = octal.end()
