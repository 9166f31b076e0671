"""Bytes to text for pages that lie about, or omit, their character set.

Regulator sites often send no charset (Thai pages in windows-874), a server-default ``iso-8859-1`` that
is not what the page holds, or a ``<meta>`` that disagrees with the header. A wrong guess turns every
character into mojibake, which would look like a change of the whole page, so the order is:

1. a byte-order mark (it cannot be wrong);
2. UTF-8, strict or with a few stray bytes (a CMS paste from Word): text in another charset is
   practically never valid UTF-8 by accident, while UTF-8 pages under a wrong single-byte label are
   common (the ``Home âť …`` breadcrumbs seen on asean.org);
3. the HTTP header charset, if the bytes decode cleanly with it;
4. ``<meta charset>`` / ``http-equiv`` / ``<?xml encoding?>`` in the first 2 KB, if it decodes cleanly;
5. charset-normalizer's best guess, except that a latin-1-family label from step 3 or 4 (a hint only:
   latin-1 decodes any bytes at all) is kept unless the guess yields mostly another script;
6. windows-1252 (what browsers read a latin-1 label as), else latin-1, which decodes anything.

The result is normalised to Unicode NFC, so that ``NĐ-CP`` typed two ways compares equal.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that decode (nearly) any bytes: a server default more often than a statement about the page.
_WEAK = frozenset({"iso8859-1", "cp1252", "ascii"})  # codecs.lookup names
# Web labels Python lacks or reads too narrowly (WHATWG Encoding Standard): every Thai label means windows-874.
_ALIASES = {"windows-874": "cp874", "dos-874": "cp874", "tis-620": "cp874", "tis620": "cp874",
            "iso-8859-11": "cp874", "iso8859-11": "cp874", "gb2312": "gbk", "x-gbk": "gbk"}
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_DOC_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+?encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_ASCII = bytes(range(0x80))
SNIFF_BYTES = 2048
# UTF-8 with at most this share of undecodable non-ASCII bytes is UTF-8 with a few stray bytes.
STRAY_UTF8_RATIO = 0.01


def decode(body: bytes, content_type: str | None) -> str:
    """The text of ``body``, decoded with the charset it most plausibly uses, in NFC."""
    return nfc(_decode(body, content_type))


def _decode(body: bytes, content_type: str | None) -> str:
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(encoding, "replace")
    utf8 = _strict(body, "utf-8")
    if utf8 is not None:
        return utf8
    if _mostly_utf8(body):
        return body.decode("utf-8", "replace")
    weak_label = False
    for label in (_header_charset(content_type), _document_charset(body)):
        codec = _codec(label)
        if codec is None:
            continue
        if codec in _WEAK:
            weak_label = True
            continue
        declared = _strict(body, codec)
        if declared is not None:
            return declared
    guess = _guess(body)
    if guess is not None:
        guessed = body.decode(guess, "replace")
        # A latin-1 label loses only to a guess in another script (Thai, Cyrillic, ...): guesses like
        # cp1250 or cp1257 for Latin text differ from it in a few accents, and then the label is likelier.
        if not weak_label or _mostly_other_script(guessed):
            return guessed
    # WHATWG: an iso-8859-1 or ascii label means windows-1252, whose 5 unused bytes still need a fallback.
    return _strict(body, "cp1252") or body.decode("latin-1")


def _header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _document_charset(body: bytes) -> str | None:
    match = _DOC_CHARSET.search(body[:SNIFF_BYTES])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def _codec(label: str | None) -> str | None:
    """The Python codec name for a charset label, or None for an unknown label."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        return codecs.lookup(_ALIASES.get(label, label)).name
    except LookupError:
        return None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(body: bytes) -> bool:
    non_ascii = len(body.translate(None, _ASCII))  # deletes the ASCII bytes, counts the rest
    errors = body.decode("utf-8", "replace").count("\ufffd")
    return non_ascii > 0 and errors / non_ascii <= STRAY_UTF8_RATIO


def _guess(body: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: only pages without a usable label need it

    best = from_bytes(body).best()
    return _codec(best.encoding) if best is not None else None


def _mostly_other_script(text: str) -> bool:
    """Whether most non-ASCII letters of ``text`` are outside the Latin script."""
    letters = [char for char in text if char > "\x7f" and char.isalpha()]
    other = sum(1 for char in letters if char > "\u024f" and not "\u1e00" <= char <= "\u1eff")
    return other * 2 > len(letters)


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (cheap when it already is, as almost all text is)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
