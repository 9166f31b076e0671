"""Expected-date news: "postponed to the first quarter of 2027" proposes a new fuzzy date for review.

A delay or target phrase ("postponed", "ditunda", "diundur", "เลื่อน", "lùi", "expected") followed closely
by a period ("Q1 2027", "semester pertama 2027", "ปี 2570", "quý I/2027", "end of 2027") gives a
:class:`~monitor.fuzzydate.FuzzyDate` that keeps the precision written. Vague periods map to the window
that contains them, chosen so that reminders come early rather than late:
"early 2027" -> 2027-Q1, "mid-2027" -> 2027-H1, "late / end of 2027" -> 2027-Q4, "next year" -> year + 1.
Whether the text is about a given milestone is the caller's check (its signals' ``all`` patterns).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from monitor.language.dates import BUDDHIST_ERA_OFFSET, MONTHS, THAI_MONTHS, find_dates
from monitor.fuzzydate import PRECISIONS, FuzzyDate
from monitor.language.normalise import excerpt, normalise, normalise_with_offsets

WINDOW = 80  # characters after the trigger in which the new period must start

_TRIGGER = re.compile(
    r"\b(?:postpone[sd]?|delay(?:s|ed)?|defer(?:s|red)?|push(?:es|ed)? back|put off|moved? (?:to|back)"
    r"|reschedul(?:es|ed)|slip(?:s|ped)?|expected|targeted|targets?|scheduled|slated|set for|due (?:in|by)"
    r"|aims? for|ditunda|diundur|mundur|molor|ditargetkan|dijadwalkan|diperkirakan|direncanakan"
    r"|ditangguhkan|dianjak(?:kan)?|dijangka|dijadual(?:kan)?|disasarkan"
    r"|lùi|hoãn|dời|chậm|dự kiến|lui|hoan|doi|du kien)\b|เลื่อน|คาดว่า|ขยายเวลา"
)
_FROM = re.compile(r"(?:\bfrom|\bdari|\bdaripada|\btừ|\btu|จาก)\s*$")
_ORDINALS = {
    "first": 1, "1st": 1, "pertama": 1, "i": 1, "1": 1, "แรก": 1, "ที่ 1": 1,
    "second": 2, "2nd": 2, "kedua": 2, "ii": 2, "2": 2, "ที่ 2": 2, "hai": 2,
    "third": 3, "3rd": 3, "ketiga": 3, "iii": 3, "3": 3, "ที่ 3": 3, "ba": 3,
    "fourth": 4, "4th": 4, "keempat": 4, "iv": 4, "4": 4, "ที่ 4": 4, "tư": 4, "cuối": 4,
}
_ORD = "|".join(sorted((re.escape(k) for k in _ORDINALS), key=len, reverse=True))
_YEAR = (r"(?:(?:the\s+)?(?:year\s+|tahun\s+|năm\s+|nam\s+|ปี\s*|พ\.ศ\.\s*)?(?P<y>\d{4})(?!\d)"
         r"|(?P<next>next year|tahun depan|tahun hadapan|ปีหน้า|năm sau|năm tới|nam sau|nam toi))")
_OF = r"(?:\s+of|\s+tahun|\s+năm|\s+nam|\s*(?:ของ)?\s*ปี|\s*/|\s*,)?\s*"
_LATIN_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_THAI_MONTH = "|".join(sorted(map(re.escape, THAI_MONTHS), key=len, reverse=True))
_PERIODS = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("quarter", rf"(?P<p>q[1-4]|[1-4]q|(?:{_ORD})\s+quarter|(?:kuartal|triwulan|suku(?:\s+tahun)?|quý|quy)"
                    rf"\s+(?:ke-?\s*)?(?:{_ORD})|ไตรมาส\s*(?:{_ORD})){_OF}{_YEAR}"),
        ("half", rf"(?P<p>h[12]|[12]h|(?:{_ORD})\s+half|semester\s+(?:{_ORD})|(?:separuh|paruh)\s+(?:{_ORD})"
                 rf"|ครึ่ง(?:ปี)?\s*(?:แรก|หลัง)|n[uử]a\s+(?:đầu|cuối|dau|cuoi)|6\s+th[aá]ng\s+(?:đầu|cuối|dau|cuoi))"
                 rf"{_OF}{_YEAR}"),
        ("vague", rf"(?P<p>early|mid|middle of|late|the end of|end of|end|awal|pertengahan|akhir|ต้น|กลาง|ปลาย"
                  rf"|สิ้น|đầu|giữa|cuối)[\s-]*(?:of\s+)?{_YEAR}"),
        ("month", rf"(?P<p>(?<![^\W\d_])(?:{_LATIN_MONTH})(?![^\W\d_])\.?|{_THAI_MONTH}"
                  rf"|th[aá]ng\s+(?:1[0-2]|0?[1-9])){_OF}{_YEAR}"),
        ("year", _YEAR),
    )
)
_VAGUE = {"early": "Q1", "awal": "Q1", "ต้น": "Q1", "đầu": "Q1", "mid": "H1", "middle of": "H1",
          "pertengahan": "H1", "กลาง": "H1", "giữa": "H1"}  # the rest (late, end, akhir, ...) -> Q4
_SECOND_HALF = re.compile(r"2|second|kedua|\bii\b|หลัง|cuối|cuoi")


@dataclass(frozen=True)
class ExpectedChange:
    """A proposed new expected date and the evidence for it."""

    date: FuzzyDate
    excerpt: str
    offset: int  # where the delay or target phrase starts in the original text
    status: str | None = None  # the status then expected ("takes effect on ..." -> in_force); None: unchanged


def _ordinal(token: str) -> int:
    for word, value in sorted(_ORDINALS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?:^|\s|-|ไตรมาส){re.escape(word)}(?:\s|$)", token):
            return value
    raise ValueError(f"no ordinal in {token!r}")


def _month(token: str) -> int:
    """A month's number from its name: 'dec', 'กันยายน', or a Thai abbreviation with or without its last dot
    ('ก.ย.', 'ก.ย': the period's token is stripped of a trailing dot, which ended 'มีผลตั้งแต่ 12 ก.ย. 2568' in a
    KeyError)."""
    return MONTHS.get(token) or THAI_MONTHS.get(token) or THAI_MONTHS[token + "."]


def _fuzzy(kind: str, m: re.Match[str], reference: date) -> FuzzyDate:
    year = reference.year + 1 if m.group("next") else int(m.group("y"))
    year = year - BUDDHIST_ERA_OFFSET if year > 2400 else year
    token = m.groupdict().get("p", "").lower().rstrip(".")
    if kind == "quarter":
        short = re.fullmatch(r"q([1-4])|([1-4])q", token)
        quarter = int(short.group(1) or short.group(2)) if short else _ordinal(token)
        return FuzzyDate.parse(f"{year}-Q{quarter}")
    if kind == "half":
        return FuzzyDate.parse(f"{year}-H{2 if _SECOND_HALF.search(token) else 1}")
    if kind == "vague":
        return FuzzyDate.parse(f"{year}-{_VAGUE.get(token, 'Q4')}")
    if kind == "month":
        number = re.search(r"\d+", token)
        month = int(number.group()) if number else _month(token)
        return FuzzyDate.parse(f"{year}-{month:02d}")
    return FuzzyDate.parse(str(year))


def find_expected_change(text: str, *, reference: date) -> ExpectedChange | None:
    """The first new expected date that a delay or target phrase in ``text`` announces, or None.

    Within WINDOW characters after the phrase, the earliest period wins (the most precise one when several
    start together); a period after "from"/"dari"/"จาก"/"từ" is the old date, and one that has already
    ended on ``reference`` is no expectation.
    """
    normalised, offsets = normalise_with_offsets(text)
    for trigger in _TRIGGER.finditer(normalised):
        lo, hi = trigger.end(), min(len(normalised), trigger.end() + WINDOW)
        origin, o_lo, o_hi = offsets[trigger.start()], offsets[lo], offsets[hi]
        candidates = [
            (offsets[m.start()], offsets[m.end() - 1] + 1, _fuzzy(kind, m, reference))
            for kind, pattern in _PERIODS for m in pattern.finditer(normalised, lo, hi)
        ]
        candidates += [
            (o_lo + d.start, o_lo + d.end, FuzzyDate.of_day(d.day))
            for d in find_dates(text[o_lo:o_hi], reference=reference) if d.year_given
        ]
        candidates.sort(key=lambda c: (c[0], -PRECISIONS.index(c[2].precision)))
        for start, end, proposed in candidates:
            if _FROM.search(normalise(text[o_lo:start])) or proposed.last < reference:
                continue
            return ExpectedChange(proposed, excerpt(text, origin, end), origin)
    return None


PERIOD_GAP = 12  # characters after an event word in which its future period may start ("terbit awal 2026")


# A month without its year: "which takes effect in March" written in January is this March, ahead.
_BARE_MONTH = re.compile(
    rf"(?:\b(?:in|pada|bulan)\s+|ใน(?:เดือน)?\s*|เดือน\s*)(?P<p>(?<![^\W\d_])(?:{_LATIN_MONTH})(?![^\W\d_])|{_THAI_MONTH})"
    rf"(?!\.?\s*\d|\.?{_OF}{_YEAR})", re.IGNORECASE)
NEAR_MONTHS = 6  # a year-less month up to this many months ahead is the coming one, else the past one


def _coming_month(m: re.Match[str], reference: date) -> FuzzyDate | None:
    month = _month(m.group("p").lower())
    ahead = (month - reference.month) % 12
    if not 0 < ahead <= NEAR_MONTHS:
        return None
    return FuzzyDate.parse(f"{reference.year + (month < reference.month)}-{month:02d}")


def period_after(text: str, end: int, *, reference: date, past: bool = False) -> FuzzyDate | None:
    """A period starting right after an event word that begins after ``reference``: "Terbit Awal 2026"
    (issued early 2026) published in October 2025 announces, it does not report; so does "takes effect in March"
    written in January, unless the verb is a past form ("took effect in March")."""
    normalised, offsets = normalise_with_offsets(text[end:end + PERIOD_GAP + 40])
    bare = None if past else _BARE_MONTH.match(normalised.lstrip(), 0)
    if bare and len(normalised) - len(normalised.lstrip()) + bare.start() <= PERIOD_GAP:
        return _coming_month(bare, reference)
    for kind, pattern in _PERIODS:
        if kind == "year":
            continue  # a bare year after an event word is too often its past ("signed in 2025")
        m = pattern.search(normalised)
        if m and offsets[m.start()] <= PERIOD_GAP and not _FROM.search(normalised[:m.start()]):
            proposed = _fuzzy(kind, m, reference)
            return proposed if proposed.first > reference else None
    return None
