"""Text normalisation before signal matching, so one pattern matches a page however it was typed.

Regulators and the press write the same words with different case, Unicode forms (Vietnamese is often
decomposed), non-breaking or zero-width spaces, Thai or other ASEAN digits, and Vietnamese with or without
its accents. :func:`normalise_with_offsets` also maps every output character back to the original text, so a
match found in normalised text can be quoted from the page as it was (:func:`excerpt`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

EXCERPT_CHARS = 200
PARAGRAPH = "\u2029"  # between an item's title and its text: whitespace when matching, " · " in an excerpt

# Thai, Lao, Myanmar and Khmer digits (and every other Unicode decimal digit) read as ASCII digits.
_DIGITS = {
    cp: str(unicodedata.decimal(chr(cp)))
    for cp in range(0x80, 0x20000)
    if unicodedata.category(chr(cp)) == "Nd"
}
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")
# Typographic apostrophes and dashes read as ASCII ones (one character each, so offsets stay valid): the press
# writes "Vietnam’s" and "No. 2024 – 04" where patterns and aliases say "vietnam's", "2024-04".
_PUNCTUATION = {ord(c): "'" for c in "\u2018\u2019\u201b\u2032"} | {
    ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015"}
_MAPPED = _DIGITS | _PUNCTUATION
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Removed outright: they are invisible and, in Thai, sit inside words that patterns spell without them.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

# Latin letters whose diacritic is not a combining mark, so NFD alone does not remove it.
_BASE_LETTERS = str.maketrans("đðłøıħŧĐÐŁØĦŦ", "ddloihtDDLOHT")

# One base character plus the Latin combining marks that NFC may fuse into it. Thai vowel and tone marks
# are not in these ranges, so folding never strips them.
_LATIN_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_SEGMENT = re.compile(f".[{_LATIN_MARKS}]*", re.DOTALL)
_MARK = re.compile(f"[{_LATIN_MARKS}]")
_WORD = re.compile(r"\S+")


def thai_digits_to_ascii(text: str) -> str:
    """Replace Thai digits ๐-๙ by 0-9 (length-preserving, so offsets stay valid)."""
    return text.translate(_THAI_DIGITS)


def ascii_digits(text: str) -> str:
    """Replace every Unicode decimal digit (Thai, Lao, Khmer, Myanmar, ...) by its ASCII digit; keeps length."""
    return text.translate(_DIGITS) if _NON_ASCII_DIGIT.search(text) else text


def fold_diacritics(text: str) -> str:
    """Strip Latin diacritics (``Trí tuệ`` -> ``Tri tue``, ``đ`` -> ``d``) and leave other scripts alone."""
    return _MARK.sub("", unicodedata.normalize("NFD", text)).translate(_BASE_LETTERS)


@lru_cache(maxsize=4096)
def _normalise_segment(segment: str, fold: bool) -> str:
    """One base character with its marks: NFC, case-folded, digits to ASCII, optionally accent-free."""
    if segment in _INVISIBLE:
        return ""
    out = unicodedata.normalize("NFC", segment).casefold()
    if fold:
        out = fold_diacritics(out)
    return unicodedata.normalize("NFC", out).translate(_MAPPED)


@lru_cache(maxsize=16384)
def _fast_path(token: str, fold: bool) -> str | None:
    """The whole word at once when every character maps to exactly one character (nearly always)."""
    if token.isascii():
        return token.lower()
    if not _INVISIBLE.isdisjoint(token) or not unicodedata.is_normalized("NFC", token):
        return None
    piece = token.casefold().translate(_MAPPED)
    if fold:
        piece = fold_diacritics(piece)
    return piece if len(piece) == len(token) else None


def normalise_with_offsets(text: str, *, fold_diacritics: bool = False) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index of the original character it came from.

    The list has one extra entry, ``len(text)``, so ``offsets[end]`` maps a match's end as well.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for word in _WORD.finditer(text):
        start, token = word.start(), word.group()
        piece = _fast_path(token, fold_diacritics)
        if piece is not None:
            piece_offsets = list(range(start, word.end()))
        else:
            parts = []
            piece_offsets = []
            for m in _SEGMENT.finditer(token):
                out = _normalise_segment(m.group(), fold_diacritics)
                parts.append(out)
                piece_offsets.extend([start + m.start()] * len(out))
            piece = "".join(parts)
        if not piece:
            continue
        if chars:
            chars.append(" ")
            offsets.append(start - 1)
        chars.append(piece)
        offsets.extend(piece_offsets)
    offsets.append(len(text))
    return "".join(chars), offsets


def normalise(text: str, *, fold_diacritics: bool = False) -> str:
    """NFC, case-folded, whitespace collapsed (NBSP, U+2028, ...), invisible characters removed, digits ASCII,
    curly apostrophes and dashes ASCII.

    With ``fold_diacritics`` Latin accents are removed too, so ``Luật Trí tuệ nhân tạo`` and
    ``Luat Tri tue nhan tao`` normalise alike.
    """
    return normalise_with_offsets(text, fold_diacritics=fold_diacritics)[0]


def excerpt(text: str, start: int, end: int, width: int = EXCERPT_CHARS) -> str:
    """About ``width`` characters of ``text`` around ``start:end``, cut at spaces, whitespace collapsed; a
    PARAGRAPH (a title's end) shows as " · ", so a title and the text after it never read as one sentence."""
    margin = max(0, (width - (end - start)) // 2)
    lo, hi = max(0, start - margin), min(len(text), end + margin)
    if lo > 0 and " " in text[lo:start]:
        lo = text.index(" ", lo) + 1
    if hi < len(text) and " " in text[end:hi]:
        hi = text.rindex(" ", end, hi)
    body = " · ".join(" ".join(part.split()) for part in text[lo:hi].split(PARAGRAPH) if part.strip())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")
