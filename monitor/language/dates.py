"""The date an event happened, read from the item that reports it, in the date forms ASEAN sources use.

A status move is dated by the event ("signed on 5 December"), not by when regwatch noticed it. The press
writes dates day-first, with Malay, Indonesian, Filipino, Thai or Vietnamese month names, Thai digits and
Buddhist-era years (2569 = 2026, or 69), and often without a year ("Senin (26/1)", "6 Dis"). Known forms are
found with regexes (fast enough for every changed item); dateparser is only a fallback for the odd published
field ("2 hari yang lalu").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.utils import parsedate_to_datetime

from monitor.language.normalise import PARAGRAPH, ascii_digits, normalise_with_offsets
from monitor.language.sentences import sentence_at, sentence_spans

BUDDHIST_ERA_OFFSET = 543
FUTURE_SLACK = timedelta(days=3)  # time zones and "today" written the evening before
MAX_YEARS_AHEAD = 5

_LATIN_MONTHS = {
    # English, Indonesian, Malay, Filipino; full names and the abbreviations newsrooms use.
    1: "january jan januari enero",
    2: "february feb februari pebrero",
    3: "march mar maret mac marso",
    4: "april apr abril",
    5: "may mei mayo",
    6: "june jun juni hunyo",
    7: "july jul juli julai hulyo",
    8: "august aug agustus agu agt ags agus ogos ogo agosto",
    9: "september sep sept setyembre",
    10: "october oct oktober okt oktubre",
    11: "november nov nobyembre",
    12: "december dec desember des disember dis disyembre",
}
_THAI_MONTHS = {
    1: "มกราคม ม.ค.", 2: "กุมภาพันธ์ ก.พ.", 3: "มีนาคม มี.ค.", 4: "เมษายน เม.ย.", 5: "พฤษภาคม พ.ค.",
    6: "มิถุนายน มิ.ย.", 7: "กรกฎาคม ก.ค.", 8: "สิงหาคม ส.ค.", 9: "กันยายน ก.ย.", 10: "ตุลาคม ต.ค.",
    11: "พฤศจิกายน พ.ย.", 12: "ธันวาคม ธ.ค.",
}
MONTHS: dict[str, int] = {n: m for m, names in _LATIN_MONTHS.items() for n in names.split()}
THAI_MONTHS: dict[str, int] = {n: m for m, names in _THAI_MONTHS.items() for n in names.split()}


def _thai_alternative(name: str) -> str:
    """``ม.ค.`` also written ``ม.ค``, ``ม. ค.`` or ``มค``."""
    return r"\.?\s?".join(re.escape(part) for part in name.rstrip(".").split(".")) + r"\.?"


def _alternation(names: list[str], thai: bool = False) -> str:
    names = sorted(names, key=len, reverse=True)  # longest first: "maret" before "mar", "มีนาคม" before "มี.ค."
    return "|".join(_thai_alternative(n) if thai else re.escape(n) for n in names)


_MONTH_RE = rf"(?:(?:{_alternation(list(MONTHS))})(?![^\W\d_])\.?|{_alternation(list(THAI_MONTHS), thai=True)})"
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
    r"|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|isnin|khamis|jumaat|ahad"
    r"|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)"
)
_ERA = r"(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|b\.?e\.?)"
_YEAR = r"(?P<y>\d{4}|['’]?\d{2})(?![\d:])"
_NO_NUMBER_BEFORE = r"(?<![\d.,/:-])"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        # 5 December 2026, 16 JANUARY 2025, 4-5 Desember 2026, 3 ธันวาคม พ.ศ. 2569, 9 มิ.ย.68, 6 Dis
        ("name", rf"{_NO_NUMBER_BEFORE}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?\s*(?:of\s+)?"
                 rf"(?P<mon>{_MONTH_RE})(?:,?\s*(?:{_ERA}\s*)?{_YEAR})?"),
        # December 5, 2026; Dec. 5 (any word before a day number; _to_date keeps month names only)
        ("name", r"(?<![^\W\d_])(?P<mon>[a-z]{3,9})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
                 r"(?:,?\s+(?P<y>\d{4})(?!\d))?"),
        # ngày 15 tháng 3 năm 2026, ngày 15 tháng 3
        ("number", r"ngày\s+(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?!\d)(?:\s*(?:năm|,)\s*(?P<y>\d{4})(?!\d))?"),
        # 25/9/2025, 14-11-2025, 01.03.2026, 9/6/68
        ("number", rf"{_NO_NUMBER_BEFORE}(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)"
                   r"(?P<y>\d{4}|\d{2})(?!\d|[/.-]\d)"),
        # 2026-03-01
        ("number", rf"{_NO_NUMBER_BEFORE}(?P<y>20\d\d)(?P<sep>[/-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/-])"),
        # Senin (26/1), (26/1), ngày 15/3, Thứ Ba 10/2, Chiều 10-12, Ngày 15.10: day/month only after a weekday,
        # "ngày", a Vietnamese time of day or "(" (the Vietnamese press writes 10/12, 10-12 and 10.12 alike)
        ("daymonth", r"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?!\d|(?P=sep)\d|/)"),
    )
)
_INTRODUCED = re.compile(
    rf"(?:\bon|\bpada|\btanggal|\btgl\.?|\bsejak|\bsince|เมื่อ|วันที่|ngày|(?<!\w)(?:sáng|chiều|trưa|tối|đêm)(?: nay)?|(?<!\w)hôm(?: nay| qua)?|(?<!\w)(?:kể )?từ"
    r"|(?<!\w)ngay"  # "ngày" typed without its accents
    rf"|{_WEEKDAYS})[\s,(]*$", re.IGNORECASE
)
_OPEN_PAREN = re.compile(r"\(\s*$")
_CLOCK_AFTER = re.compile(r"^[\s,|-]*(?:pukul\s+|jam\s+|at\s+)?\d{1,2}[:.]\d\d(?!\d)")
# A dateline: "KUALA LUMPUR, Dec 3 (Reuters) -", "PUTRAJAYA, 9 Julai 2026 --", "— Hanoi, December 10" closing the text.
# It dates the publication, not the event: "... signed the DEFA on Wednesday" after it was signed on Wednesday.
_DATELINE_BEFORE = re.compile(r"(?:^|[\n—–]|\s-)\s*(?P<place>[^\W\d_]+(?:[ .'-]+[^\W\d_]+){0,3}),\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s|\s*\.?\s*$")
_ANY_DIGIT = re.compile(r"\d")
_THAI_CHARS = re.compile(r"[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class FoundDate:
    """A calendar date found in a text; ``start``/``end`` index the original text."""

    day: date
    start: int
    end: int
    introduced: bool  # after "on", "pada", "เมื่อวันที่", a weekday, ...: the wording of an event's date
    timestamp: bool  # followed by a clock time: a publication stamp more than an event date
    year_given: bool


def _dateline(text: str, start: int, end: int) -> bool:
    """The date of a dateline: a place (capitalised words) and a comma opening a line before it, a dash or the text's
    end after it."""
    place = _DATELINE_BEFORE.search(text, max(0, start - 40), start)
    return (place is not None and all(word[0].isupper() for word in re.split(r"[ .'-]+", place.group("place")) if word)
            and bool(_DATELINE_AFTER.match(text, end)))


def _year(raw: str, *, thai: bool, reference: date | None) -> int:
    """Four-digit Gregorian or Buddhist era; two digits are BE after a Thai month, else the plausible reading."""
    digits = raw.strip("'’")
    year = int(digits)
    if len(digits) == 2:
        gregorian, buddhist = 2000 + year, 2500 + year - BUDDHIST_ERA_OFFSET
        too_late = reference is not None and gregorian > reference.year + MAX_YEARS_AHEAD
        return buddhist if thai or too_late else gregorian
    return year - BUDDHIST_ERA_OFFSET if year > 2400 else year


# After a year-less date, "this coming": "จนถึงวันที่ 9 มิถุนายนนี้" (until this 9 June, ceei.co, 2025), "ngày 1/3 tới".
_UPCOMING = re.compile(r"\s*(?:นี้|tới\b|sắp tới\b)")


def _next_such_day(day: date, reference: date) -> date:
    """The first such day on or after ``reference`` (a year-less date said to be coming)."""
    for year in (reference.year, reference.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue
        if candidate >= reference:
            return candidate
    return day


def _infer_year(month: int, day: int, reference: date) -> date | None:
    """The most recent such day not after ``reference`` (plus slack): news reports what just happened."""
    for year in (reference.year + 1, reference.year, reference.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference + FUTURE_SLACK:
            return candidate
    return None


def _prepare(text: str) -> tuple[str, list[int] | None]:
    """Text with ASCII digits in NFC; an offset map only when NFC changed the length."""
    if text.isascii():
        return text, None
    if unicodedata.is_normalized("NFC", text):
        return ascii_digits(text), None
    return normalise_with_offsets(text)


def find_dates(text: str, *, reference: date | None) -> list[FoundDate]:
    """Every plausible calendar date in ``text``, in order. Without ``reference`` year-less dates are skipped."""
    prepared, offsets = _prepare(text)
    if not _ANY_DIGIT.search(prepared):
        return []
    found: dict[tuple[int, int], FoundDate] = {}
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(prepared):
            day = _to_date(m, kind, reference)
            if day is None:
                continue
            start, end = m.start(), m.end()
            if reference is not None and not m.groupdict().get("y") and _UPCOMING.match(prepared, end):
                day = _next_such_day(day, reference)
            introduced = bool(_INTRODUCED.search(prepared[max(0, start - 25):start])
                              or _INTRODUCED.search(prepared[start:m.start("d")]))
            if kind == "daymonth" and not (introduced or _OPEN_PAREN.search(prepared[max(0, start - 3):start])):
                continue  # a bare "3/4" is a fraction or a score more often than a date
            timestamp = bool(_CLOCK_AFTER.match(prepared[end:end + 16]) or _dateline(prepared, start, end))
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            if any(s <= start < e or start <= s < end for s, e in found):
                continue  # the same date seen by a more specific pattern first
            found[(start, end)] = FoundDate(day, start, end, introduced, timestamp, bool(m.groupdict().get("y")))
    return sorted(found.values(), key=lambda f: f.start)


def _to_date(m: re.Match[str], kind: str, reference: date | None) -> date | None:
    groups = m.groupdict()
    if kind == "name":
        month_text = groups["mon"].lower().rstrip(".")
        thai = bool(_THAI_CHARS.match(month_text))
        month = _thai_month(month_text) if thai else MONTHS.get(month_text, 0)  # "said 12": not a month
        if not month:
            return None
    else:
        thai, month = False, int(groups["m"])
    raw_year = groups.get("y")
    if raw_year and kind == "name" and not thai and len(raw_year) == 2:
        raw_year = None  # "6 Dis 25 peserta": two digits after a Latin month name are rarely a year
    try:
        if raw_year:
            day = date(_year(raw_year, thai=thai, reference=reference), month, int(groups["d"]))
        elif reference is not None and 1 <= month <= 12:
            return _infer_year(month, int(groups["d"]), reference)
        else:
            return None
    except ValueError:
        return None
    too_late = reference is not None and day.year > reference.year + MAX_YEARS_AHEAD
    return day if day.year >= 2000 and not too_late else None


def _thai_month(text: str) -> int:
    compact = re.sub(r"[.\s]", "", text)
    return next((m for name, m in THAI_MONTHS.items() if name.replace(".", "") == compact), 0)


def _vi_weekday(name: str) -> str:
    """A Vietnamese weekday ("thứ Sáu", "thứ 6") only where it is one: after "vào", a time of day, "từ" or "đến", or
    before "tuần ...", "vừa qua", "tới", a date; "thứ" is also the ordinal ("Kỳ họp thứ 5", "lần thứ hai")."""
    before = "|".join(f"(?<={word} )" for word in ("vào", "sáng", "chiều", "trưa", "tối", "đêm", "từ", "đến", "hôm"))
    return rf"(?:{before})thứ\s*(?:{name})(?!\d)|thứ\s*(?:{name})(?!\d)(?=,?\s*(?:ngày\s*)?\(?\d|\s+(?:tuần|vừa qua|tới))"


_WEEKDAY_NUMBERS = {
    0: rf"monday|senin|isnin|{_vi_weekday('hai|2')}|วันจันทร์",
    1: rf"tuesday|selasa|{_vi_weekday('ba|3')}|วันอังคาร",
    2: rf"wednesday|rabu|{_vi_weekday('tư|4')}|วันพุธ",
    3: rf"thursday|kamis|khamis|{_vi_weekday('năm|5')}|วันพฤหัส(?:บดี)?",
    4: rf"friday|jum'?at|jumaat|{_vi_weekday('sáu|6')}|วันศุกร์",
    5: rf"saturday|sabtu|{_vi_weekday('bảy|7')}|วันเสาร์",
    # Indonesian "Minggu" is Sunday, but "minggu ini", "minggu lalu", "dua minggu" are weeks (and always in Malay)
    6: r"sunday|(?<!\d )(?<!dua )(?<!tiga )(?<!beberapa )minggu(?!\s+(?:ini|lalu|lepas|depan|hadapan|ke\b|terakhir"
       r"|berikut|mendatang|sebelum|yang|pertama|kedua|ketiga|keempat))|ahad|chủ\s*nhật|วันอาทิตย์",
}
_TODAY = (r"\b(?:today|this (?:morning|afternoon|evening)|hari ini|pagi (?:ini|tadi)|tadi pagi|siang tadi"
          r"|hôm nay|sáng nay|chiều nay|tối nay)\b|วันนี้|เช้านี้")
# Days counted back: "two days ago", "dua hari lalu", "3 hari yang lalu", "cách đây hai ngày", "hai ngày trước",
# "เมื่อ 2 วันก่อน"; Malay "kelmarin" is the day before yesterday.
_COUNTS = {"a": 1, "one": 1, "satu": 1, "một": 1, "หนึ่ง": 1, "two": 2, "dua": 2, "hai": 2, "สอง": 2,
           "kelmarin": 2, "three": 3, "tiga": 3, "ba": 3, "สาม": 3, "four": 4, "empat": 4, "bốn": 4, "สี่": 4,
           "five": 5, "lima": 5, "năm": 5, "ห้า": 5, "six": 6, "enam": 6, "sáu": 6, "seven": 7, "tujuh": 7, "bảy": 7}
_COUNT = r"\d{1,2}|" + "|".join(sorted((w for w in _COUNTS if w != "kelmarin"), key=len, reverse=True))
_RELATIVE = re.compile(
    rf"(?P<today>{_TODAY})"
    r"|(?P<yesterday>\b(?:yesterday|kemarin|semalam|hôm qua)\b|เมื่อวาน(?:นี้)?)"
    r"|(?P<week>\b(?:last week|(?:pekan|minggu) (?:lalu|lepas)|tuần (?:trước|qua|vừa qua))\b"
    r"|(?:สัปดาห์|อาทิตย์)(?:ที่แล้ว|ก่อน|ที่ผ่านมา))"
    r"|(?P<month>\b(?:last month|bulan (?:lalu|lepas)|tháng (?:trước|qua|vừa qua))\b|เดือน(?:ที่แล้ว|ก่อน|ที่ผ่านมา))"
    rf"|(?P<ago>\b(?P<n>{_COUNT})\s+(?:days?|hari)\s+(?:ago|(?:yang\s+)?lalu|lepas)\b|\bcách đây\s+(?P<n2>{_COUNT})\s+ngày\b"
    rf"|\b(?P<n3>{_COUNT})\s+ngày\s+trước\b(?!\s+khi)|(?P<n4>{_COUNT})\s*วัน(?:ก่อน(?!การ|ที่|จะ)|ที่แล้ว|ที่ผ่านมา)"
    r"|\b(?P<n5>kelmarin)\b)"  # (not "hai ngày trước khi", "2 วันก่อนการประชุม": two days before something)
    r"|(?P<weekday>(?<![a-z])(?:" + "|".join(f"(?P<w{n}>{p})" for n, p in _WEEKDAY_NUMBERS.items()) + r")(?![a-z]))",
    re.IGNORECASE,
)
_ATTACHED_GAP = 60  # characters after an event word in which its future date may start
_NOT_ITS_DATE = re.compile(  # a deadline, or another clause (", and takes effect on ...")
    r"\b(?:until|till|by|deadline|before|no later than|hingga|sampai|paling lambat|sebelum|tenggat|đến|trước|hạn"
    r"|and|which|dan|serta|yang|và|mà|will|akan|sẽ)\b|ถึง|ภายใน|ก่อน|และ|ซึ่ง|โดย|จะ|[,;:(]"
)  # (Thai "ถึง", until, also inside "จนถึง"; a future auxiliary or "โดย", whereby, opens another predicate)


def relative_date(text: str, reference: date, near: int | None = None) -> date | None:
    """"today", "yesterday", "on Friday" (the latest such day not after ``reference``), in five languages; "last week"
    and "last month" as the same day a week or a month before (a day in that week or month: nearer than the
    publication). The first in ``text``, or the closest to the offset ``near`` in its clause ("The DEFA, debated last
    week, was signed on Tuesday")."""
    found = list(_RELATIVE.finditer(text))
    if not found:
        return None
    m = found[0] if near is None else min(found, key=lambda f: _span_cost(text, f.start(), f.end(), near))
    return _relative_day(m, reference)


def _span_cost(text: str, start: int, end: int, near: int) -> int:
    """Characters between ``text[start:end]`` and the offset ``near``, and 1,000 more when a clause mark is between."""
    return abs((near - end) if end <= near else (start - near)) + 1_000 * _apart(text, start, end, near)


def _apart(text: str, start: int, end: int, near: int) -> bool:
    """A comma, semicolon or colon, or a relative pronoun, lies between ``text[start:end]`` and the offset ``near``
    ("signed the DEFA late on Wednesday after a summit that opened on 30 November")."""
    lo, hi = (end, near) if end <= near else (near, start)
    return lo < hi and bool(_CLAUSE_MARK.search(text, lo, hi) or _RELATIVE_PRONOUN.search(text, lo, hi))


_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whose|yang|mà)\b|ซึ่ง", re.IGNORECASE)


def _relative_day(m: re.Match[str], reference: date) -> date:
    """The day a match of ``_RELATIVE`` names, read against ``reference``."""
    if m.group("today"):
        return reference
    if m.group("yesterday"):
        return reference - timedelta(days=1)
    if m.group("week"):
        return reference - timedelta(days=7)
    if m.group("month"):
        first = reference.replace(day=1) - timedelta(days=1)
        return first.replace(day=min(reference.day, first.day))
    if m.group("ago"):
        count = next(c for c in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4"), m.group("n5")) if c)
        return reference - timedelta(days=int(count) if count.isdigit() else _COUNTS[count.lower()])
    weekday = next(n for n in _WEEKDAY_NUMBERS if m.group(f"w{n}"))
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


# "Tomorrow" (and its morning, "sáng mai") and the day after in five languages: an event they date has not happened yet
# ("Luật ... có hiệu lực từ ngày mai", "RUU AI dibentang lusa").
TOMORROW = re.compile(r"(?P<two>\b(?:day after tomorrow|lusa|ngày kia|ngày mốt)\b|มะรืน)"
                      r"|\b(?:tomorrow|besok|esok|ngày mai|ngay mai|(?:sáng|chiều|trưa|tối|đêm) mai)\b|พรุ่งนี้", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?<![a-z])(?:" + "|".join(f"(?P<w{n}>{p})" for n, p in _WEEKDAY_NUMBERS.items()) + r")(?![a-z])",
                      re.IGNORECASE)
# Which such day a weekday is: "Rabu lalu", "last Friday", "thứ Sáu vừa qua", "เมื่อวันอังคาร" the last one; "Rabu depan",
# "next Friday", "thứ Sáu tới", "วันอังคารนี้" (this coming Tuesday) the next one.
_LAST_AFTER = re.compile(r"\s*(?:lalu|lepas|yang lalu|(?:tuần\s+)?(?:trước|vừa qua|qua)|ที่ผ่านมา|ที่แล้ว)", re.IGNORECASE)
_LAST_BEFORE = re.compile(r"(?:\b(?:last|past)|เมื่อ)\s*$", re.IGNORECASE)
_NEXT_AFTER = re.compile(r"\s*(?:depan|hadapan|mendatang|(?:tuần\s+)?(?:tới|sau)|sắp tới|หน้า|ที่จะถึง|นี้)", re.IGNORECASE)
_NEXT_BEFORE = re.compile(r"\b(?:next|(?:this )?coming)\s*$", re.IGNORECASE)
# A weekday of next week: "on Wednesday next week", "Rabu pekan depan", "thứ Tư tuần sau", "วันพุธสัปดาห์หน้า", "next week,
# on Wednesday" (read on a Monday, nine days ahead, not two).
_NEXT_WEEK = r"(?:\bnext week|\b(?:pekan|minggu) (?:depan|hadapan)|\btuần (?:sau|tới)|สัปดาห์หน้า)"
_NEXT_WEEK_AFTER = re.compile(rf"\s*,?\s*{_NEXT_WEEK}", re.IGNORECASE)
_NEXT_WEEK_BEFORE = re.compile(rf"{_NEXT_WEEK}\s*,?\s*(?:(?:on|pada|vào|ใน)\s*)?$", re.IGNORECASE)
# A future marker in the event's clause before it: the weekday is the next one ("will sign the DEFA on Wednesday",
# "akan meneken Perpres AI pada Rabu", "sẽ có hiệu lực từ thứ Hai", "ครม.จะพิจารณา ... ในวันอังคาร").
_WILL = re.compile(r"\b(?:will|shall|going to|to be|scheduled|slated|expected|planned|set (?:to|for)|due (?:to|on)|akan"
                   r"|bakal|dijadwalkan|dijadualkan|dijangka|direncanakan|sẽ|sắp|dự kiến)\b|จะ|เตรียม|มีกำหนด", re.IGNORECASE)
# ... and a past one: "deputies held group discussions on ... on Thursday", "telah dibentangkan", "đã thông qua".
_PAST_WORD = re.compile(r"\b(?:was|were|did|had|took|came|went|became|held|gave|met|won|got|made|began|heard|said|told|saw"
                        r"|sent|led|\w{3,}ed|telah|sudah|đã|vừa|rồi)\b|ได้|แล้ว", re.IGNORECASE)
# What ends the event's clause between a weekday fronted before the word and the word: "Menteri mengatakan pada Rabu
# bahwa ...", "Leaders who met on Friday and ...".
_FRONTED_STOP = re.compile(r"\b(?:that|which|who|and|but|bahwa|bahawa|yang|dan|tetapi|rằng|và|mà|nhưng)\b|ว่า|และ|ซึ่ง|[;:]",
                           re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:]")
_FRONTED_WEEKDAY_GAP = 40  # characters between a weekday fronted before an event word and the word
_DATED_WEEKDAY = 8  # a date starting this close after a weekday is its date ("Selasa (20/9/2022)", "Thursday, October 17")
# "This week", "this month", "this year" date an event either side of the publication: a bare verb with one asks a
# person ("Perpres AI Terbit Pekan Ini", "Diteken Bulan Ini" may be coming out or out); "earlier this week" is past, and
# "this year's chair" names no time of the event.
_THIS_PERIOD = re.compile(r"(?<!earlier )\b(?:this (?:week|month|year)|(?:pekan|minggu|bulan|tahun) ini|tuần này|tháng này"
                          r"|năm nay|tonight|malam ini|tối nay|đêm nay)\b(?!['’]s)|สัปดาห์นี้|เดือนนี้|ปีนี้|คืนนี้",
                          re.IGNORECASE)  # (tonight: "ASEAN signs DEFA tonight" is news of the evening to come or just past)


def _such_day(m: re.Match[str], published: date, reading: str) -> date | None:
    """The weekday ``m`` as a day: the ``last`` one not after ``published``, the one of the ``next week``, the ``next``
    one after it (None when it is
    the publication's own weekday: "will be tabled on Thursday" written on a Thursday may be today or in a week), or the
    ``nearer`` (today when it is the publication's weekday)."""
    weekday = next(n for n in _WEEKDAY_NUMBERS if m.group(f"w{n}"))
    if reading == "next week":
        return published + timedelta(days=7 - published.weekday() + weekday)
    back = (published.weekday() - weekday) % 7
    if reading == "next" and back == 0:
        return None
    if reading == "last" or (reading == "nearer" and back <= 3):
        return published - timedelta(days=back)
    return published + timedelta(days=7 - back)


def _weekday_at(text: str, sentence: tuple[int, int], start: int, end: int, published: date, *, ahead: bool,
                past: bool) -> date | None:
    """The day a weekday attached to the event word names: right after it in its clause ("dibentang Rabu", "signs DEFA
    on Sunday"), or fronted a few words before it ("ASEAN leaders on Sunday signed"); the date written right after it
    when there is one ("Jumat (4/12)"). Which such day: a qualifier says ("lalu", "next", "vừa qua", "นี้"); else a future marker in the event's clause
    makes it the next ("to be inked on Friday": it outranks the participle), a past form or marker there the last
    ("deputies voiced support ... on Friday"), a start (``ahead``: "có hiệu lực từ thứ Hai") the next; else it is the
    nearer to ``published``: headlines use the bare verb for both."""
    after = _WEEKDAY.search(text, end, min(sentence[1], end + _ATTACHED_GAP))
    if after and _NOT_ITS_DATE.search(text, end, after.start()):
        after = None
    lead_start = max(sentence[0], start - _FRONTED_REACH)
    fronted = [m for m in _WEEKDAY.finditer(text, lead_start, start)
               if start - m.end() <= _FRONTED_WEEKDAY_GAP and not _FRONTED_STOP.search(text, m.end(), start)]
    m = after or (fronted[-1] if fronted else None)
    if m is None:
        return None
    clause = _clause_start(text, lead_start, start)
    if _NEXT_WEEK_AFTER.match(text, m.end()) or _NEXT_WEEK_BEFORE.search(text, lead_start, m.start()):
        reading = "next week"
    elif _LAST_AFTER.match(text, m.end()) or _LAST_BEFORE.search(text, lead_start, m.start()):
        reading = "last"
    elif _NEXT_AFTER.match(text, m.end()) or _NEXT_BEFORE.search(text, lead_start, m.start()):
        reading = "next"
    elif _WILL.search(text, clause, max(start, m.start())):
        reading = "next"
    elif past or _PAST_WORD.search(text, clause, max(end, m.start())):
        reading = "last"
    else:
        reading = "next" if ahead else "nearer"
    dated = next((f for f in find_dates(text[m.end():m.end() + 24], reference=published) if f.start <= _DATED_WEEKDAY),
                 None)
    if dated is not None:  # "Jumat (4/12)", "on Friday, December 4": its own date, a year-less one the nearer such day
        return dated.day if reading == "last" else _nearest(dated, published)
    return _such_day(m, published, reading)


def _clause_start(text: str, lo: int, start: int) -> int:
    """Where the event word's clause starts: after the last comma, semicolon or colon before it."""
    return max((c.end() for c in _CLAUSE_MARK.finditer(text, lo, start)), default=lo)


def this_period_at(text: str, sentence: tuple[int, int], start: int, end: int, *, past: bool) -> str | None:
    """"This week" (month, year) dating the event word, right after it in its clause or before it in its sentence, with
    no past form (``past``) or marker in the clause: the event may be either side of the publication ("Perpres AI Terbit
    Pekan Ini"), while "was signed this week" reports it."""
    lead_start = max(sentence[0], start - _FRONTED_REACH)
    after = _THIS_PERIOD.search(text, end, min(sentence[1], end + _ATTACHED_GAP))
    if after and _NOT_ITS_DATE.search(text, end, after.start()):
        after = None
    fronted = [m for m in _THIS_PERIOD.finditer(text, lead_start, start) if not _FRONTED_STOP.search(text, m.end(), start)]
    m = after or (fronted[-1] if fronted else None)
    if m is None or past or _PAST_WORD.search(text, _clause_start(text, lead_start, start), max(end, m.start())):
        return None
    return m.group()


# "Today" as the event's own day: right after the event word ("takes effect today", "có hiệu lực từ hôm nay"); before
# it, it may date the report instead ("Hôm nay, Bộ trưởng cho biết Quốc hội sẽ xem xét ...", the minister said today).
TODAY_AFTER = re.compile(rf"\s*(?:(?:from|starting|as of|mulai|per|kể từ|từ|ตั้งแต่)\s*)?(?:{_TODAY})", re.IGNORECASE)
_FRONTED_REACH = 120  # characters before an event word in which a fronted "from <date>" may start
# A date fronted before the event word as its start: "Từ ngày 1/3/2026, Luật ... có hiệu lực" (vi-008 of the dev
# set, published the day itself; the same words a week earlier announce), "Mulai 1 Januari 2027, ...".
_FROM_BEFORE = re.compile(
    r"(?:(?<!\w)(?:from|starting|effective|as of|mulai|per|kể từ|từ|ke tu ngay|tu ngay)|ตั้งแต่|เริ่ม)\s*(?:ngày|วันที่|tanggal)?\s*$",
    re.IGNORECASE)  # (Vietnamese typed without accents: "tu ngay 1/3")


def _nearest(found: FoundDate, published: date) -> date:
    """A year-less date read as the nearest such day to the publication: "có hiệu lực từ 1/3" written on
    20 February is this 1 March, not last year's (the event-date reading prefers the past)."""
    if found.year_given:
        return found.day
    later = found.day.replace(year=found.day.year + 1) if (found.day.month, found.day.day) != (2, 29) else found.day
    return later if later > published and later - published < published - found.day else found.day


# A date right before a future auxiliary is the day the event is set for: "The National Assembly on November 27 is
# set to discuss ..." (the VNA agenda of the day, en-174 of the dev set), "hari ini akan membahas".
_SET_FOR = re.compile(r"\s*,?\s*(?:(?:is|are) (?:set|scheduled|due|expected) to|will|shall|akan|sẽ|จะ)\s*$", re.IGNORECASE)


_SINCE = re.compile(r"\b(?:since|sejak|semenjak)\b", re.IGNORECASE)  # a start already past: "in force since 1 March"


def date_at(text: str, sentence: tuple[int, int], start: int, end: int, published: date,
            ahead: bool = False, past: bool = False) -> date | None:
    """The day the event word at ``text[start:end]`` is dated to, past or future: a date starting within a few words
    after it, in the same clause, and not a deadline ("until 7 December 2027 to comply"); or one fronted before the
    word as its start ("Từ ngày 1/3/2027, Luật ... có hiệu lực") or as the day it is set for ("on November 27 is set
    to discuss"); or "tomorrow", "lusa" (the day after), a weekday attached to it (:func:`_weekday_at`: "dibentang
    Rabu" read on a Monday is two days ahead), or "today" right after it. With ``ahead`` the event is a start, announced ahead
    however it is worded ("will take effect on March 1" written on 20 February is this 1 March, not last year's); with
    ``past`` (a past form: "took effect on March 1" written in December) or after "since" a year-less date is the past
    one; after a future marker in the word's clause ("dijangka dibentangkan pada 8 Disember") the nearer one."""
    window_end = min(sentence[1], end + _ATTACHED_GAP + 40)
    tomorrow = TOMORROW.search(text, max(sentence[0], start - _FRONTED_REACH), min(sentence[1], end + _ATTACHED_GAP))
    if tomorrow and (tomorrow.start() < start or not _NOT_ITS_DATE.search(text[end:tomorrow.start()])):
        return published + timedelta(days=2 if tomorrow.group("two") else 1)
    weekday = _weekday_at(text, sentence, start, end, published, ahead=ahead, past=past)
    if weekday is not None:
        return weekday
    for found in find_dates(text[end:window_end], reference=published):
        if found.start > _ATTACHED_GAP:
            break
        if _NOT_ITS_DATE.search(text[end:end + found.start]):
            return None
        # a start ("có hiệu lực từ 1/3", "berlaku mulai 1 Januari") is announced ahead: the nearest such day; an
        # act's own day after its verb ("signed on 20 January", "telah diwartakan pada 20 Januari") is past
        if past or _SINCE.search(text, end, end + found.start):
            return found.day
        coming = ahead or _FROM_BEFORE.search(text, start, end + found.start) or _WILL.search(
            text, _clause_start(text, max(sentence[0], start - _FRONTED_REACH), start), start)
        return _nearest(found, published) if coming else found.day
    lead_start = max(sentence[0], start - _FRONTED_REACH)
    lead = text[lead_start:start]
    fronted = [f for f in find_dates(lead, reference=published)
               if _FROM_BEFORE.search(lead[:f.start]) or _SET_FOR.fullmatch(lead, f.end)]
    if fronted:
        return fronted[-1].day if past else _nearest(fronted[-1], published)
    return published if TODAY_AFTER.match(text, end, sentence[1]) else None


def extract_event_date(text: str, *, reference: date, near: int | None = None) -> date | None:
    """The date of the event the text reports, or None; never a date after ``reference`` (the publication).

    With ``near`` (the offset of the event word), in the word's sentence: the closest date (dates worded as an
    event's date, "on", "pada", a weekday, count as closer; one in a fronted "after ..." phrase is an earlier event's);
    then "today", "yesterday", a weekday, "last week"; then a publication stamp ("27 Jan 2026 08:32", a dateline);
    then a month and year ("In November 2025"). A headline without any is dated by its lead the same way; else the
    closest date elsewhere, or the first month and year. Without ``near``, an event-worded date wins over a bare one,
    then the first.
    """
    candidates = [f for f in find_dates(text, reference=reference) if f.day <= reference]
    if near is None:
        if not candidates:
            return None
        return min(candidates, key=lambda f: (not f.introduced) * 10_000 + f.timestamp * 5_000 + f.start).day
    spans = sentence_spans(text) or [(0, len(text))]
    at = sentence_at(spans, near)
    day = _sentence_date(text, spans[at], candidates, near, reference)
    if day is None and at == 0 and len(spans) > 1 and _LINE_BREAK.search(text, spans[0][1], spans[1][0]):
        day = _sentence_date(text, spans[1], candidates, None, reference)  # the headline's lead
    if day is not None:
        return day
    if candidates:
        return min(candidates, key=lambda f: _cost(f, near)).day
    return month_date(text, reference)


_LINE_BREAK = re.compile(rf"[\n{PARAGRAPH}]")  # after a headline


def _cost(found: FoundDate, near: int) -> float:
    """How far ``found`` is from the event word at ``near``: an event-worded date nearer, a stamp farther."""
    distance = 0 if found.start <= near <= found.end else min(abs(found.start - near), abs(found.end - near))
    return max(0, distance - 40 * found.introduced) + 200 * found.timestamp


def _sentence_date(text: str, sentence: tuple[int, int], candidates: list[FoundDate], near: int | None,
                   reference: date) -> date | None:
    """The event's date within ``sentence``, in the order :func:`extract_event_date` gives; without ``near`` (a
    headline's lead: its event word is not known) a full date comes before a relative word, wherever they are."""
    lo, hi = sentence
    clauses, near = near is not None, lo if near is None else near
    own = [f for f in candidates if lo <= f.start < hi]
    dated = min((f for f in own if not f.timestamp and not _earlier_event(text, f, near)),
                key=lambda f: _cost(f, near), default=None)
    relative = min(_RELATIVE.finditer(text, lo, hi), key=lambda m: _span_cost(text, m.start(), m.end(), near),
                   default=None)
    # a date in another clause yields to a relative word in the event word's own ("The Law, which the Assembly passed
    # on 10 December 2025, took effect on Monday")
    if dated is not None and (relative is None or not clauses or not _apart(text, dated.start, dated.end, near)
                              or _apart(text, relative.start(), relative.end(), near)):
        return dated.day
    if relative is not None:
        return _relative_day(relative, reference)
    if own:
        return min(own, key=lambda f: _cost(f, near)).day
    return month_date(text[lo:hi], reference)


# A month and its year without a day: "In November 2025, MAS issued ...", "pada November 2025", "tháng 11/2025",
# "tháng 11 năm 2025", "เดือนพฤศจิกายน 2568" (a day before it makes it a full date, read by find_dates).
_MONTH_YEAR = re.compile(
    rf"(?<![\d.,/:-])(?:(?P<mon>{_MONTH_RE})|tháng\s+(?P<m>1[0-2]|0?[1-9]))[\s,/-]*(?:năm\s+)?(?:{_ERA}\s*)?"
    r"(?P<y>\d{4})(?!\d)", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$|ngày\s*$", re.IGNORECASE)


def month_date(text: str, reference: date) -> date | None:
    """The first month-and-year in ``text`` not after ``reference``, as its first day (the publication's own month as
    the publication): the event's month, when the text gives no day."""
    prepared, _ = _prepare(text)
    for m in _MONTH_YEAR.finditer(prepared):
        if _DAY_BEFORE.search(prepared[max(0, m.start() - 8):m.start()]):
            continue
        if m.group("mon") == "may":
            continue  # the modal: "... may 2026 bring"
        if m.group("mon"):
            name = m.group("mon").lower().rstrip(".")
            month = _thai_month(name) if _THAI_CHARS.match(name) else MONTHS.get(name, 0)
        else:
            month = int(m.group("m"))
        year = _year(m.group("y"), thai=False, reference=reference)
        if not month or year < 2000:
            continue
        first = date(year, month, 1)
        if first <= reference:
            return reference if (year, month) == (reference.year, reference.month) else first
    return None


# A fronted "after ..." phrase dates an earlier event: "After the 10 November hearing, MAS published ...", "Sau phiên
# thảo luận ngày 20/11, chiều 1/12 Quốc hội ...", "Selepas sesi libat urus pada 10 November", "หลังการรับฟัง...เมื่อ".
_AFTER_PHRASE = re.compile(r"(?:\b(?:after|following|sau|selepas|setelah|sesudah|pasca)\b|หลัง)[^,;:]*$", re.IGNORECASE)
_AFTER_REACH = 50  # characters between "after" and the date it fronts


def _earlier_event(text: str, found: FoundDate, near: int) -> bool:
    """``found`` is in an "after ..." phrase before the event word ``near``: another, earlier event's date."""
    return found.end <= near and bool(_AFTER_PHRASE.search(text[max(0, found.start - _AFTER_REACH):found.start]))


def parse_published(value: str | None, *, reference: date | None = None) -> date | None:
    """A feed's or listing's date field: ISO 8601, RFC 822, the local forms above, or (given ``reference``)
    a relative one such as "2 hari yang lalu", read by dateparser."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_dates(value, reference=reference)
    if found:
        return found[0].day
    if reference is None or len(value) > 60:
        return None
    return _relative(value, reference)


def _relative(value: str, reference: date) -> date | None:
    import dateparser  # slow to import and to run: only for what the regexes could not read

    parsed = dateparser.parse(
        value,
        languages=["en", "id", "ms", "th", "vi", "fil"],
        settings={"RELATIVE_BASE": datetime.combine(reference, time(12)), "DATE_ORDER": "DMY",
                  "PREFER_DATES_FROM": "past"},
    )
    if parsed is None or not 2000 <= parsed.year <= reference.year + MAX_YEARS_AHEAD:
        return None
    return parsed.date()
