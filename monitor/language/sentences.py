"""Sentences of a published text, so a hedge or a subject is only read in the event's own sentence.

Sentences end at . ! ? (not after abbreviations such as "No." or "พ.ร.บ."), at line breaks (a feed item is
its headline, a line break, then its lead), and at runs of two or more spaces (Thai has no sentence
punctuation). A semicolon does not end one: it separates the items of a list ("passed the X Law; the Y Law;
and the AI Law"). The first sentence of an item is its headline.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:(?:[^\W\d_]\.)*[^\W\d_]|no|nos|nr|dr|mr|mrs|ms|prof|st|sen|rep|gov|gen|hon|jr|sr|inc|ltd|co"
    r"|corp|bhd|tbk|pt|vs|etc|e\.g|i\.e|art|para|sec|ch|vol|pp|bil|hlm|jan|feb|mar|apr|jun|jul|aug|sep|sept"
    r"|oct|nov|dec|okt|agt|des|dis|\S*[\u0e00-\u0e7f])\.$",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[\n\r\u2028\u2029\u0085]+|[ \t\u00a0\u3000]{2,}|(?<=[.!?。])[\"'”’)\]]*\s+")



def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences (start, end) of the original text: ., ! and ? (not after abbreviations such as
    "No." or "พ.ร.บ."), line breaks, and runs of two or more spaces (Thai has no sentence punctuation)."""
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        if "\n" not in m.group() and m.start() > 0 and text[m.start() - 1] == "." \
                and _ABBREVIATION.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "No. 12", "U.S. Senate", "ครม. เห็นชอบ"
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence that contains (or precedes) ``offset``."""
    return max(0, bisect_right([s for s, _ in spans], offset) - 1)


def partner(sentence: int) -> int | None:
    """The lead of the headline (sentence 0), or the headline of the lead (sentence 1): each names the other's subject."""
    return {0: 1, 1: 0}.get(sentence)
