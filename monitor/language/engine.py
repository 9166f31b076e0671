"""The matching engine: does a text report that a milestone reached a status, and how sure is that?

A :class:`Rule` is a status, a subject (what names the milestone) and event words. Per occurrence of an event
word, meant to hold on unseen text:
1. only the word's own sentence can hedge it (:mod:`monitor.language.hedges`): future, plans, negation,
   conditions, purpose ("to sign"), delays and cancellations after it ("postponed", "called off"), on verbs
   and on nouns ("the signing ceremony is expected to take place");
2. the subject must be named in the same sentence, or in the headline of a lead sentence (or the other way);
3. an instrument of another kind named closer to the event than the subject ("the Cabinet approved the ASEAN
   statement on AI", "the initiative permit for the Perpres") takes the event for itself, and so does a clause
   of its own ("ASEAN and China signed ACFTA 3.0; the DEFA is due next");
4. a date after the publication attached to the event ("takes effect on 1 March 2026", "to be signed on
   5 December") makes it an expectation, never a move; the publication day itself is today, so "will be fully
   implemented starting October 17" on 17 October reports it, for a status that comes by the calendar (in force)
   or lasts (approval: "on November 27 is set to discuss the draft law"), never for an act ("set to sign"); a
   start date already past reports in force too ("will take effect on 17 October" read on 20 October); a start
   date without its year is the nearest such day ("will take effect on March 1" on 20 February is this 1 March), the
   past one after a past form or "since" ("took effect on March 1", "in force since March 1" read in December); a
   weekday is the nearer such day to the publication unless a qualifier, a future or a past form says which ("RUU AI
   dibentang Rabu" read on a Monday is expected, read on a Thursday reported; "to be inked on Friday" is ahead);
5. certain: an unhedged event in a sentence naming the subject; plausible: unhedged but away from the
   subject, named only as a noun, dated only "this week" (month, year) with a bare verb ("Perpres AI Terbit Pekan
   Ini": out, or coming out), or hedged everywhere while a completed form appears; otherwise nothing. A match
   says whether the subject was only described (kind and topic), for the certainty policy
   (:mod:`monitor.language.certainty`).
A headline's bare event word is read as its lead reads the same word ("RUU lompat parti dibentang Rabu" over "... akan
dibentang ... pada Rabu dan Khamis ini" is a plan). A later sentence that names the subject as still short of the
status takes the move back ("Prabowo Teken Perpres AI" over "... Perpres AI hingga kini masih menunggu tanda tangan
Presiden"). An event word inside a longer phrase of another status is that status's ("Paripurna DPR mengesahkan RUU
PDP" is approval, not the adoption "mengesahkan" alone says). A passage rule (``chambers``) reads a bill's adoption
verbs as a chamber's vote in a text that names a chamber whose vote awaits a further act ("RUU PDP resmi disahkan" in
a text on the DPR's plenary is approval), unless the final act's actor stands next to them ("Presiden mengesahkan").
An ``attached`` rule's event is part of the subject's own name: an instrument's number in its title ("Peraturan
Presiden Nomor 12 Tahun 2026 tentang ... Kecerdasan Artifisial") says it was issued.
Never silence: where no rule matches at any status and no future event is expected, an unhedged event word of a later
status that the subject's name could not be tied to with confidence (another instrument's word or clause between,
the name a sentence before) is still a review (:func:`_unconfirmed`), under every guard that does not need that tie.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import accumulate
from typing import Protocol

from monitor import lifecycle
from monitor.fuzzydate import FuzzyDate
from monitor.language.dates import date_at, extract_event_date, this_period_at
from monitor.language.expected import ExpectedChange, period_after
from monitor.language.hedges import COMPLETED, Hedge, discussed, hedge, past_form, reported, second_hand
from monitor.language.normalise import excerpt, normalise, normalise_with_offsets
from monitor.language.sentences import partner, sentence_at, sentence_spans
from monitor.patterns import Pattern

CERTAIN = "certain"
PLAUSIBLE = "plausible"
MAX_OCCURRENCES = 20  # event-word occurrences examined per rule: a page rarely needs more
NOT_AFTER_REACH = 30  # characters after an event word in which "the draft", "a consultation" count
LIST_GAP = 90  # at most this much text between two instruments listed together
FINAL_BEFORE, FINAL_AFTER = 60, 25  # how close the final act's actor stands to a chamber's passage word
MEETING_WORK = ("drafting", "consultation")  # steps a workshop does: a workshop titled with one is that step
APPOSITION_REACH = 120  # an instrument word in apposition follows its name this closely (a few words)
# The end of the text between two instruments listed as objects of one event: a separator, then at most an
# article and two words ("passed the IP Law; the High Technology Law (amended); and the AI Law",
# "sáu luật mới có hiệu lực, bao gồm: Luật ...", "công bố 13 luật, trong đó có Luật ..."), but not "...agreement in Kuala Lumpur; talks on the DEFA".
# A subordinator after the separator begins another clause, not a list item: "Japan passed its AI Act in May, as
# Thailand's AI law remains under discussion", "meneken Perpres tentang ..., sementara Perpres AI masih dibahas"; so
# does a contrast ("the EU consulted on its AI Act, unlike Thailand's AI law").
_LISTED = re.compile(
    r"(?:[,;:]|\b(?:and|as well as|alongside|along with|dan|serta|và|cùng|including|termasuk|bao gồm|gồm|trong đó có|such as)\b"
    r"|และ)\s*(?:(?:and|dan|và|serta)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:as|while|whereas|but|yet|although|though|because|since|when|after|before|even|meanwhile|sementara"
    r"|sedangkan|manakala|padahal|tetapi|namun|unlike|except|instead|rather|not|kecuali|berbeda|bukan|không|khác)\b)"
    r"[\w()-]+\s+)?$")
# A plural kind word or a counted one right before the event is the group the name belongs to when the name is
# listed after "including": "Six laws took effect in March, including the Law on Investment and the AI Law".
_COLLECTIVE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|new)\s+(?:\w+\s+)?$")
_ONE_OF = re.compile(r"\s*,?\s*(?:(?:is|was|là|adalah|merupakan|menjadi)\s+)?(?:one of|among|một trong(?: số)?(?: những| các)?"
                     r"|salah satu(?: dari)?|di antara|antara)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}")
_INCLUDING = re.compile(r"\b(?:including|such as|among them|namely|termasuk|di antaranya|gồm|trong đó có)\b")
# An instrument word in apposition to the name describes it: "Luật AI - khung pháp lý toàn diện", "the DEFA, a
# framework for ...", and so does one it is said to be ("พ.ร.บ. ปัญญาประดิษฐ์ เป็นกฎหมายที่มีผลบังคับใช้แล้ว": is a law in
# force; "RUU AI merupakan rang undang-undang yang ...").
_COPULA = r"\b(?:is|was|becomes|became|adalah|ialah|merupakan|menjadi|là|trở thành)\b|เป็น"
# (or another name of it: "กฎหมายสมรสเท่าเทียมหรือ พระราชบัญญัติ ... (ฉบับที่ 24) พ.ศ. 2567 มีผลใช้บังคับ", Thai PBS 2025-01-23;
# "UU PDP atau Undang-Undang Nomor 27 Tahun 2022")
_APPOSITION = re.compile(rf"\s*(?:\([^()]{{1,12}}\))?\s*(?:[-–—,:]|{_COPULA}|\b(?:or|atau|hoặc|also known as|yakni|yaitu|iaitu)\b|หรือ)\s*"
                         r"(?:(?:the|a|an|its|một|sebuah|suatu)\s+)?(?:[\w-]+\s+){0,2}")
# ... and the subject's own kind after a copula, further on in the sentence, is what the subject became: "พระราชบัญญัติ ...
# ประกาศในราชกิจจานุเบกษา และเป็นกฎหมายที่มีผลบังคับใช้ตั้งแต่วันนี้" (and is a law in force from today).
_PREDICATE = re.compile(rf"(?:{_COPULA})\s*(?:(?:the|a|an|its|một|sebuah|suatu)\s+)?$")
# Between an instrument and a name right after it, what makes the name its complement: the event is the head's
# ("izin prakarsa (penyusunan) Rancangan Perpres AI", "the initiative permit for the draft Perpres", "aturan turunan UU
# PDP", "Peraturan Pemerintah tentang pelaksanaan UU PDP"), the head's number first ("Nghị định 142/2026/NĐ-CP quy định chi
# tiết Luật Trí tuệ nhân tạo có hiệu lực" is the decree's start, not the law's); an owner or "proposed" may stand between
# ("the consultation paper on MAS's proposed Guidelines ... was released" is the paper's release).
_HEAD_OF = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:(?:nomor|no\.?|số)?\s*\d+(?:[/.-][\w.-]+)*\s+)?(?:\([^()]{1,24}\)\s*)?"
    r"(?:(?:for|of|on|to|under|implementing|detailing|guiding|the|a|an|draft|proposed|usulan|[\w.]+['’]s?|untuk|bagi|atas|tentang|mengenai"
    r"|terkait|pelaksana(?:an)?|turunan|penyusunan|pembentukan|pembahasan|rancangan|draf|di bawah"
    # Vietnamese implementing acts: "Nghị định quy định chi tiết (một số điều của) Luật ...", "Thông tư hướng dẫn thi hành Luật ..."
    r"|quy định chi tiết|hướng dẫn|thi hành|một số điều(?: và biện pháp)?|triển khai|của)\s+){0,4}")
# A break between two clauses of a sentence: a contrast ("..., while", "..., manakala", "..., sementara"), or a semicolon
# that does not go on with a list of instruments ("...; langkah seterusnya ialah Akta AI").
_CONTRAST = re.compile(r"[,;]\s*(?:while|whereas|but|meanwhile|however|sementara|sedangkan|manakala|padahal|tetapi|namun"
                       r"|walaupun|trong khi|còn|nhưng)\b")
_JOINED_CLAUSE = re.compile(r";|,\s*(?=(?:and|dan|và|serta)\b)")  # then a list item, or a clause of its own
_LIST_ITEM = re.compile(r"\s*(?:(?:and|dan|và|serta)\s+)?(?:(?:the|a|an)\s+)?(?:[\w()-]+\s+)?")  # "; and the AI Law"
# A name in parentheses right after an instrument word (or the last words of its title) is that title's short form:
# "the ASEAN Digital Economic Framework Agreement ("DEFA")", however the title before it is spelt.
_SHORT_FORM = re.compile(r"(?:\s+[\w-]+){0,3}\s*\(\s*[\"“”'‘’]?\s*")
# A name's defined term in the parentheses after it: "the Personal Data Protection (Amendment) Act 2020 (“Amendment Act”)
# was gazetted" (a law-firm note, 2020-12-17), "(the “Act”)"
_DEFINED_TERM = re.compile(r"\s*\(\s*(?:the\s+)?[\"“”'‘’]\s*(?:[\w-]+\s+){0,3}")
# The subject's own kind word opening its title: "Rancangan Undang-Undang tentang Perubahan Kedua atas Undang-Undang
# Nomor 12 Tahun 2011" (the bill's full title, dpr.go.id), "the Bill on ...", "Dự án Luật về ..."
_OWN_TITLE = re.compile(r"\s+(?:tentang|mengenai|berkenaan dengan|on|về|ว่าด้วย)\s+")
# An instrument named as a complement of another ("articles of the Law on IP") is not a separate object.
# An adjective of a name, not of the event: "the proposed AI Governance Bill", "the planned AI law", "usulan RUU AI".
_ATTRIBUTIVE = re.compile(r"\b(proposed|planned|pending|upcoming|forthcoming|potential|prospective|usulan)\s+$", re.IGNORECASE)

_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\u0085]")

_COMPLEMENT = re.compile(r"(?:\bof(?: the)?|\bcủa|\btentang|\bmengenai|\bvề|ว่าด้วย|ของ)\s*$")


@dataclass
class Document:
    """One text, normalised once per variant and split into sentences, shared by every rule."""

    text: str
    published: date | None = None  # the item's publication (or the check day): no event happens after it
    jurisdiction: str | None = None  # the source's jurisdiction, which a paraphrased name may leave unsaid
    _variants: dict[bool, tuple[str, list[int]]] = field(default_factory=dict)
    cache: dict = field(default_factory=dict)  # per-subject results

    def variant(self, fold: bool) -> tuple[str, list[int]]:
        if fold not in self._variants:
            self._variants[fold] = normalise_with_offsets(self.text, fold_diacritics=fold)
        return self._variants[fold]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text) or [(0, len(self.text))]

    def found(self, pattern: re.Pattern[str] | Pattern, fold: bool) -> list[tuple[int, int]]:
        """Normalised spans of ``pattern``'s non-empty matches, found once: every rule of a milestone and the
        competing statuses read the same event words."""
        key = ("found", id(pattern), fold)
        if key not in self.cache:
            self.cache[key] = [m.span() for m in pattern.finditer(self.variant(fold)[0]) if m.end() > m.start()]
        return self.cache[key]

    def original(self, fold: bool, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a normalised span."""
        offsets = self.variant(fold)[1]
        return offsets[start], offsets[max(start, end - 1)] + 1

    def normalised_range(self, fold: bool, start: int, end: int) -> tuple[int, int]:
        """Normalised (pos, endpos) covering the original range ``start:end``."""
        offsets = self.variant(fold)[1]
        return bisect_left(offsets, start, 0, len(offsets) - 1), bisect_left(offsets, end, 0, len(offsets) - 1)


class Subject(Protocol):
    """What names a milestone in a document."""

    def present(self, doc: Document) -> bool: ...

    def near(self, doc: Document, sentence: int) -> bool: ...

    def spans(self, doc: Document, sentence: int) -> list[tuple[int, int]]:
        """Normalised spans (of the rule's variant) naming the subject in that sentence."""
        ...

    def described(self, doc: Document, sentence: int) -> bool:
        """Named for the event only by a description (a kind and a topic), by none of its own names."""
        ...

    def anchored(self, doc: Document) -> bool:
        """Named by one of its own names, or described with its jurisdiction named in the text: enough for an
        unconfirmed review (:func:`_unconfirmed`)."""
        ...


@dataclass(frozen=True)
class Match:
    """The best rule that matched: the status it leads to and the evidence."""

    status: str
    confidence: str  # "certain" moves the milestone; "plausible" asks a person
    excerpt: str  # about 200 characters of the original text around the event word, whitespace collapsed
    offset: int  # where the event word starts in the original text (for the event's date)
    signal_index: int
    reason: str = ""  # why it is only plausible, for the reviewer
    described: bool = False  # the subject is only described there (kind and topic): which instrument is inferred


@dataclass(frozen=True, kw_only=True)
class Rule:
    """Evidence that a milestone reached ``status``: the subject and the event words (compiled)."""

    status: str
    subject: Subject
    events: tuple[re.Pattern[str] | Pattern, ...]  # a config's own words run on RE2 (monitor.patterns)
    none: tuple[re.Pattern[str], ...] = ()
    fold: bool = False
    certain: bool = True
    competing: re.Pattern[str] | None = None  # instrument words outside the subject's names
    competing_acts: re.Pattern[str] | None = None  # ... but documents (reports, submissions): they carry a stage
    own_kind: re.Pattern[str] | None = None  # the subject's own kind: only those are listed with it
    not_after: tuple[re.Pattern[str] | Pattern, ...] = ()  # "the draft", "a consultation" right after the event
    not_before: tuple[re.Pattern[str] | Pattern, ...] = ()  # "a summary of the" right before it
    distant: bool = True  # an event away from the subject is still worth a review
    ongoing: bool = False  # work in progress is the news ("đang lấy ý kiến"), not a hedge
    attached: bool = False  # the event is part of a name of the subject: an instrument's number in its title
    chambers: tuple[re.Pattern[str] | Pattern, ...] = ()  # a chamber's passage: only where the text names one
    awaits: bool = False  # ... a legislature whose every vote awaits another act (Indonesia's DPR: the President)
    final: tuple[re.Pattern[str] | Pattern, ...] = ()  # ... and not right next to the final act ("Presiden")
    index: int = 0


@dataclass(frozen=True)
class Finding:
    """What a text says about one milestone: a move (or its proposal), every status it supports (best first,
    for the certainty policy to choose from) and an expected future event."""

    match: Match | None = None
    expected: ExpectedChange | None = None
    matches: tuple[Match, ...] = ()


def _about_other(doc: Document, rule: Rule, sentence: int, verb: tuple[int, int]) -> bool:
    """An instrument of another kind (or another of the same kind) takes the event word for itself: it sits
    closer to the word than any name of the subject, and is not listed with that name ("passed the IP Law, the
    High Technology Law and the AI Law"); the subject named only in the headline or lead loses to any."""
    if rule.competing is None:
        return False
    text = doc.variant(rule.fold)[0]
    lo, hi = doc.normalised_range(rule.fold, *doc.sentences[sentence])
    v_lo, v_hi = doc.normalised_range(rule.fold, *verb)
    names = rule.subject.spans(doc, sentence)

    def gap(span: tuple[int, int]) -> int:
        return max(span[0] - v_hi, v_lo - span[1], 0)

    starts = sorted(names)
    reach = list(accumulate((e for _, e in starts), max))  # the furthest end of the names starting so far
    ends = sorted(e for _, e in names)
    firsts = [s for s, _ in starts]

    def inside_name(m: re.Match[str]) -> bool:
        i = bisect_right(starts, (m.start(), len(text)))
        return i > 0 and reach[i - 1] >= m.end()

    def in_apposition(m: re.Match[str]) -> bool:  # only a name ending just before can be in apposition
        near = ends[bisect_left(ends, m.start() - APPOSITION_REACH):bisect_right(ends, m.start())]
        return any(_APPOSITION.fullmatch(text, e, m.start()) or _DEFINED_TERM.fullmatch(text, e, m.start())
                   for e in near)

    def after(m: re.Match[str], shape: re.Pattern[str]) -> bool:  # a name starts a few words after the instrument word
        near = firsts[bisect_left(firsts, m.end()):bisect_right(firsts, m.end() + APPOSITION_REACH)]
        return any(shape.fullmatch(text, m.end(), s) for s in near)

    def own_title(m: re.Match[str]) -> bool:
        return rule.own_kind is not None and bool(rule.own_kind.fullmatch(text, *m.span())) and after(m, _OWN_TITLE)

    key = ("competing", id(rule.competing), rule.fold, lo, hi)  # one sentence, many event words
    if key not in doc.cache:
        doc.cache[key] = list(rule.competing.finditer(text, lo, hi))
    def predicate(m: re.Match[str]) -> bool:  # the subject's own kind, said of it after a copula
        return (rule.own_kind is not None and bool(rule.own_kind.fullmatch(text, *m.span()))
                and bool(_PREDICATE.search(text, max(lo, m.start() - 20), m.start())))

    others = [m.span() for m in doc.cache[key]
              if not inside_name(m) and not v_lo <= m.start() < v_hi
              and not _COMPLEMENT.search(text, max(lo, m.start() - 10), m.start()) and not in_apposition(m)
              and not after(m, _SHORT_FORM) and not own_title(m) and not predicate(m)]
    own = min(names, key=gap, default=None)
    if own is None:  # named only in the headline or lead: unless that sentence lists the members of a group here
        paired = partner(sentence)
        listed = paired is not None and any(
            _INCLUDING.search(text, doc.normalised_range(rule.fold, *doc.sentences[paired])[0], s)
            for s, _ in rule.subject.spans(doc, paired))
        return any(not (listed and rule.own_kind is not None and rule.own_kind.fullmatch(text, *o)
                        and _plural(text, o, lo)) for o in others)
    if any(o[1] <= own[0] and _HEAD_OF.fullmatch(text, o[1], own[0]) for o in others):
        return True
    if _apart(text, own, (v_lo, v_hi), rule.competing) and any(
            not _apart(text, o, (v_lo, v_hi), rule.competing) for o in others):
        return True  # "Akta X berkuat kuasa pada 1 Januari, manakala RUU AI masih dirangka": X's clause, X's event
    after = own[0] >= v_hi
    # walk from the name towards the event word: each instrument on the way must be one of the same kind,
    # listed with the next one
    chain = sorted((o for o in others if gap(o) < gap(own) and (o[0] >= v_hi) == after), key=gap, reverse=True)
    previous = own
    for other in chain:
        first, second = sorted((other, previous))
        between = text[first[1]:second[0]]
        same_kind = rule.own_kind is not None and rule.own_kind.fullmatch(text, *other)
        if same_kind and _group(text, other, own, lo):
            break  # "three draft laws, namely the Law on Investment, ..., and the Law on AI": the list's own group
        if len(between) > LIST_GAP or not same_kind or not _LISTED.search(between):
            return True
        previous = other
    return any(gap(o) < gap(own) for o in others
               if (o[0] >= v_hi) != after and gap(o) <= 2 and not _group(text, o, own, lo))


def _group(text: str, other: tuple[int, int], own: tuple[int, int], lo: int) -> bool:
    """``other`` is a plural or counted group that the name is listed in after "including", "namely", "gồm": "Six
    laws took effect in March, including the AI Law", "three draft laws, namely ..., and the Law on AI"; or that the
    name is said to be one of ("Luật Trí tuệ nhân tạo là một trong sáu luật bắt đầu áp dụng từ hôm nay", soha.vn
    2026-03-01; "the AI Law is among the six laws taking effect today")."""
    if other[0] >= own[1]:
        return bool(_ONE_OF.fullmatch(text, own[1], other[0]))
    return _plural(text, other, lo) and bool(_INCLUDING.search(text, other[1], own[0]))


def _plural(text: str, other: tuple[int, int], lo: int) -> bool:
    """A plural kind word or a counted one: "laws", "13 luật", "several bills"."""
    return text[other[1] - 1] == "s" or bool(_COLLECTIVE.search(text, max(lo, other[0] - 20), other[0]))


# Clauses of one sentence: "ASEAN and China signed ACFTA 3.0; the DEFA is due to be signed next", "Thailand is drafting a
# cybersecurity bill, and its AI law is under study", "Quốc hội thông qua Luật Dữ liệu và Luật Trí tuệ nhân tạo sẽ được
# xem xét sau", "..., sementara RUU AI masih ...".
_CLAUSE_BREAK = re.compile(r";|,?\s\b(?:but|while|whereas|and|sementara|sedangkan|manakala|tetapi|namun|dan|serta"
                           r"|nhưng|trong khi|và)\b|\sส่วน|ขณะที่|แต่|และ")
# The name opens a clause of its own when a predicate follows it ("the DEFA is due", "the AI law remains", "Luật AI
# sẽ được xem xét", "RUU AI masih dirangka", "ร่าง พ.ร.บ. ... ยังอยู่ระหว่าง").
_SCHEDULE = (r"(?:will|bakal|akan|menyusul|dijangka|dijadual(?:kan)?|dirancang|dijadwalkan|direncanakan|ditargetkan"
             r"|diperkirakan|sẽ|dự kiến)\b|จะ")
_OWN_PREDICATE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:is|are|was|were|has|have|had|would|remains?|awaits?"
                            r"|continues?|still|stays?|faces?|needs?|goes|went"
                            r"|masih|belum|sedang|tengah|kini|tetap|juga|pula|đang|vẫn|còn|chưa|cũng)\b|ยัง|ก็"
                            # ... or a schedule of its own ("RUU AI dijangka dibentang tahun depan")
                            rf"|{_SCHEDULE})")
# After a bare comma only a schedule opens a clause: "Prabowo teken Perpres hilirisasi, Perpres AI menyusul".
_SCHEDULED = re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?(?:{_SCHEDULE})")


def _other_clause(doc: Document, rule: Rule, sentence: int, verb: tuple[int, int]) -> bool:
    """Every name of the subject in the event's sentence sits in another clause, one with its own predicate:
    the event is that clause's neighbour's, not the subject's."""
    text = doc.variant(rule.fold)[0]
    lo, hi = doc.normalised_range(rule.fold, *doc.sentences[sentence])
    v_lo, v_hi = doc.normalised_range(rule.fold, *verb)
    names = rule.subject.spans(doc, sentence)
    def apart(s: int, e: int) -> bool:
        gap = sorted((v_hi, s) if s >= v_hi else (e, v_lo))
        return bool(_CLAUSE_BREAK.search(text, *gap) and _OWN_PREDICATE.match(text, e, hi)
                    or s >= v_hi and "," in text[gap[0]:gap[1]] and _SCHEDULED.match(text, e, hi))
    return bool(names) and all(apart(s, e) for s, e in names)


def _unattributed(doc: Document, rule: Rule, sentence: int) -> str:
    """The text with a hedge word that only describes a name of the subject blanked out: "the proposed AI Governance
    Bill is still at an early drafting stage" is drafting news, however "proposed" hedges a verb."""
    text = doc.text
    for lo, _ in sorted(doc.original(rule.fold, *span) for span in rule.subject.spans(doc, sentence)):
        m = _ATTRIBUTIVE.search(text, max(0, lo - 40), lo)
        if m:
            text = text[:m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1):]
    return text


def _in_name(doc: Document, rule: Rule, sentence: int, event: tuple[int, int]) -> bool:
    """The event overlaps a name of the subject ("Perpres Nomor 12 Tahun 2026 tentang ... Kecerdasan Artifisial"),
    not another instrument's number in the same sentence."""
    names = (doc.original(False, *span) for span in rule.subject.spans(doc, sentence))
    return any(lo < event[1] and event[0] < hi for lo, hi in names)


def _apart(text: str, span: tuple[int, int], verb: tuple[int, int], competing: re.Pattern[str]) -> bool:
    """A clause break lies between ``span`` and the event word: a contrast, or a semicolon or ", and" not followed
    closely by another instrument (a list of them: "passed the IP Law; the High Technology Law; and the AI Law",
    but "Akta AI Kesatuan Eropah mula berkuat kuasa, dan Malaysia sedang merangka RUU AI" is two clauses)."""
    lo, hi = (span[1], verb[0]) if span[1] <= verb[0] else (verb[1], span[0])
    if _CONTRAST.search(text, lo, hi):
        return True
    for joint in _JOINED_CLAUSE.finditer(text[lo:hi]):
        after = lo + joint.end()
        listed = competing.search(text, after, after + 30)
        if listed is None or not _LIST_ITEM.fullmatch(text, after, listed.start()):
            return True
    return False


def _consumed(doc: Document, rule: Rule, span: tuple[int, int]) -> bool:
    """The event word lies inside a longer phrase of another status ("DPR ... mengesahkan" is the parliament's
    stage, approval, not the adoption its verb alone would say), or holds a chamber's passage of the bill
    (:func:`_passage`: "RUU PDP resmi disahkan" in a text on the DPR's plenary), or, where the legislature's vote always
    awaits another act (``Rule.awaits``), holds one ("Lawmakers pass privacy bill" over an Indonesian lead)."""
    if rule.competing is None:  # regex signals say exactly what they mean
        return False
    for status, spans in doc.cache.get("events", {}).items():
        if status != rule.status and any(s <= span[0] and span[1] <= e and e - s > span[1] - span[0]
                                         for s, e in spans):
            return True
    def inside(s: int, e: int) -> bool:  # where every vote awaits another act, any phrase holding it is that vote
        return s < span[1] and span[0] < e if doc.cache.get("awaits") else s <= span[0] and span[1] <= e
    return any(status != rule.status and any(inside(s, e) for s, e in spans)
               for status, spans in doc.cache.get("passage", {}).items())


def _passage(doc: Document, rule: Rule) -> list[tuple[int, int]]:
    """Normalised spans of a passage rule's words that report a chamber's vote: the text names the chamber, and
    the final act's actor is not right before the word in its sentence nor right after it."""
    text = doc.variant(rule.fold)[0]
    if not any(p.search(text) for p in rule.chambers):
        return []

    def final(span: tuple[int, int]) -> bool:
        start = doc.original(rule.fold, *span)[0]
        lo = doc.normalised_range(rule.fold, *doc.sentences[sentence_at(doc.sentences, start)])[0]
        return any(p.search(text, max(lo, span[0] - FINAL_BEFORE), span[0])
                   or p.search(text, span[1], span[1] + FINAL_AFTER) for p in rule.final)

    return [span for p in rule.events for span in doc.found(p, rule.fold) if not final(span)]


def _not_final(doc: Document, rule: Rule, verb: tuple[int, int]) -> Hedge | None:
    """"Released the draft guidelines", "launched a public consultation", "the summary of the hearing": the
    event is not this status."""
    text = doc.variant(rule.fold)[0]
    v_lo, v_hi = doc.normalised_range(rule.fold, *verb)
    for pattern in rule.not_before:
        m = pattern.search(text, max(0, v_lo - NOT_AFTER_REACH), v_lo)
        if m:
            return Hedge(m.group(), "before", denial=True)
    after = min(len(text), v_hi + 1)
    for pattern in rule.not_after:  # right after the word: the leftmost match starts there if any does
        m = pattern.search(text, after, min(len(text), v_hi + NOT_AFTER_REACH))
        if m and m.start() == after:
            return Hedge(m.group(), "after", denial=True)  # not this status, whatever tense
    return None


def _completed_event(doc: Document, verbs: list[tuple[int, int]]) -> str | None:
    """A completed form of the event word itself ("has been signed", "telah ditandatangani", "đã ký")."""
    for start, end in doc.sentences:
        if not any(start <= v < end for v, _ in verbs):
            continue
        sentence, offsets = normalise_with_offsets(doc.text[start:end])
        for found in COMPLETED.finditer(sentence):
            lo, hi = start + offsets[found.start()], start + offsets[found.end() - 1] + 1
            if any(v < hi and lo < w for v, w in verbs):
                return found.group()
    return None


def _as_lead_reads(doc: Document, occurrences: list[tuple], hedges: list[Hedge | None],
                   verb: tuple[int, int]) -> Hedge | None:
    """A headline's bare event word is read as its lead reads the same word: a headline drops the auxiliary the lead
    keeps ("RUU lompat parti dibentang Rabu" over "Rang undang-undang (RUU) ... akan dibentang serta digulung di Dewan
    Rakyat pada Rabu dan Khamis ini", selak-selak.com 2022/07/25). Only when every occurrence of that word in the lead
    about the subject is hedged."""
    word = normalise(doc.text[slice(*verb)])
    same = [found for (start, end, sentence, near, _), found in zip(occurrences, hedges)
            if sentence == 1 and near and _same_word(word, normalise(doc.text[start:end]))]
    if same and all(same):
        return replace(same[0], where="in the lead of")
    return None


def _lead_expects(occurrences: list[tuple], hedges: list[Hedge | None]) -> bool:
    """The lead names the subject with this status's words only hedged, in other words than the headline's: "Kabinet lulus
    RUU AI" over "Kerajaan dijangka membentangkan RUU ... selepas mendapat kelulusan Kabinet". The headline may be right,
    or may overstate: a person decides."""
    lead = [found for (_, _, sentence, near, _), found in zip(occurrences, hedges) if sentence == 1 and near]
    return bool(lead) and all(lead)


def _headline(doc: Document) -> bool:
    """The first sentence is a headline: a line of its own, without the full stop a lead's first sentence ends with
    ("Southeast Asian nations have reached a critical milestone in negotiations ...." is not one)."""
    if len(doc.sentences) < 2:
        return False
    (start, end), (lead, _) = doc.sentences[:2]
    return not doc.text[start:end].rstrip().endswith((".", "!")) and bool(_LINE_BREAK.search(doc.text, end, lead))


def _same_word(a: str, b: str) -> bool:
    """One form of the same event word: "dibentang" and "dibentangkan", "sign" and "signed"."""
    return a.startswith(b) or b.startswith(a)


def evaluate(doc: Document, rule: Rule) -> Finding:
    """What ``doc`` says about ``rule``: see the module docstring."""
    text = doc.variant(rule.fold)[0]
    if not rule.subject.present(doc) or any(p.search(text) for p in rule.none):
        return Finding()
    found = _passage(doc, rule) if rule.chambers else [span for p in rule.events for span in doc.found(p, rule.fold)]
    verbs = sorted({doc.original(rule.fold, *span) for span in found
                    if not _consumed(doc, rule, span)})[:MAX_OCCURRENCES]
    review = not rule.certain or rule.status == lifecycle.WITHDRAWN
    unconfirmed = distant = heard = doubted = None
    hearsay = ""  # the words that make the report second-hand
    denied = denial = False
    first_hedge: Hedge | None = None
    expected: ExpectedChange | None = None
    occurrences = []
    claimed: list[tuple[int, int]] = []  # occurrences another instrument takes for itself
    for start, end in verbs:
        sentence = sentence_at(doc.sentences, start)
        if rule.attached and not _in_name(doc, rule, sentence, (start, end)):
            continue
        near = rule.subject.near(doc, sentence)
        if near and _about_other(doc, rule, sentence, (start, end)):
            claimed.append((start, end))
            continue
        if near and _other_clause(doc, rule, sentence, (start, end)):
            continue
        past = past_form(doc.text, doc.sentences[sentence], start, end, rule.fold)
        day = doc.published and date_at(doc.text, doc.sentences[sentence], start, end, doc.published,
                                        ahead=rule.status == "in_force", past=past)
        future = FuzzyDate.of_day(day) if day and day > doc.published else (doc.published and period_after(
            doc.text[:doc.sentences[sentence][1]], end, reference=doc.published, past=past))
        if future and near and expected is None:
            expected = ExpectedChange(future, excerpt(doc.text, start, end), start,
                                      status=rule.status)
        if not future:
            occurrences.append((start, end, sentence, near, _come(rule, day, doc.published)))
    if expected is not None:  # "DEFA enters into force" over "... enters into force on 1 January 2027"
        return Finding(None, expected)
    hedges = [hedge(_unattributed(doc, rule, sentence), doc.sentences[sentence], start, end, ongoing_ok=rule.ongoing,
                    today=come, fold=rule.fold, titled_ok=rule.status in MEETING_WORK)
              or _not_final(doc, rule, (start, end)) or second_hand(doc.text, doc.sentences[sentence], start, end, rule.fold)
              for start, end, sentence, near, come in occurrences]
    for (start, end, sentence, near, come), found in zip(occurrences, hedges):
        headline = found is None and near and sentence == 0 and _headline(doc)
        if headline:
            found = _as_lead_reads(doc, occurrences, hedges, (start, end))
        if near and (found is None or found.hearsay):
            if not reported(doc.text, doc.sentences[sentence], start, end, rule.fold, rule.ongoing):
                if not discussed(doc.text, doc.sentences[sentence], end, rule.fold):
                    unconfirmed = unconfirmed or (start, end)
                continue
            if found is not None:  # "Reuters reported that ...": a review, the first certain occurrence still wins
                heard, hearsay = heard or (start, end), hearsay or found.words
                continue
            if headline and _lead_expects(occurrences, hedges):
                doubted = doubted or (start, end)
                continue
            period = this_period_at(doc.text, doc.sentences[sentence], start, end,
                                    past=past_form(doc.text, doc.sentences[sentence], start, end, rule.fold))
            confidence, reason = ((PLAUSIBLE, "this signal always asks for review") if review else
                                  (PLAUSIBLE, f"{period!r} may be before or after the publication") if period else
                                  (CERTAIN, ""))
            return Finding(Match(rule.status, confidence, excerpt(doc.text, start, end), start, rule.index, reason,
                                 rule.subject.described(doc, sentence)), expected)
        if found is None:
            distant = distant or ((start, end) if rule.distant else None)
        else:
            first_hedge = first_hedge or found
            denied = denied or near
            denial = denial or found.denial
    for span, reason in ((heard, f"reported at second hand ({hearsay!r}), not by its own source"),
                         (doubted, "the headline reports it, but its lead only expects this step"),
                         (unconfirmed, "the event is only named (a noun), not reported as done"),
                         (None if denied else distant, "the subject is not named next to the event word")):
        if span:
            return Finding(Match(rule.status, PLAUSIBLE, excerpt(doc.text, *span), span[0], rule.index, reason),
                           expected)
    # not the occurrences another instrument takes: "Luật Dữ liệu đã có hiệu lực ..., còn Luật AI sẽ có hiệu lực"
    own = [verb for verb in verbs if verb not in claimed]
    completed = None if denial or first_hedge is None or not own else _completed_event(doc, own)
    if completed is None:
        return Finding(None, expected)
    start, end = own[0]
    reason = f"hedged ({first_hedge.words!r} {first_hedge.where} the event) but also reports {completed!r}"
    return Finding(Match(rule.status, PLAUSIBLE, excerpt(doc.text, start, end), start, rule.index, reason), expected)


def _event_spans(doc: Document, rules: Sequence[Rule]) -> None:
    """Where each status's event words match (names rules only: the shared vocabulary), and its words that report a
    chamber's passage (:func:`_passage`), for :func:`_consumed`."""
    events: dict[str, list[tuple[int, int]]] = {}
    passage: dict[str, list[tuple[int, int]]] = {}
    for r in rules:
        if r.chambers:
            passage.setdefault(r.status, []).extend(_passage(doc, r))
        elif r.competing is not None:
            events.setdefault(r.status, []).extend(span for p in r.events for span in doc.found(p, r.fold))
    doc.cache["events"], doc.cache["passage"] = events, passage
    doc.cache["awaits"] = any(r.awaits for r in rules)


# A later sentence that names the subject as still short of a step: "masih", "belum", "still", "not yet" within a few words
# after a name, then a step of the vocabulary ("Perpres AI hingga kini belum diterbitkan dan masih menunggu harmonisasi",
# "RUU ... itu masih dalam peringkat penggubalan") or, short of an act, work still going on ("Perpres tentang kecerdasan
# artifisial tersebut masih dibahas"); not a sentence about an earlier time ("Sebelumnya, Perpres itu masih dibahas").
_STILL = re.compile(r"\b(?:masih|belum|still|not yet|yet to|vẫn|chưa)\b|ยัง")
_NOT_YET = re.compile(r"(?:belum|not yet|yet to|chưa|ยังไม่)")
_PENDING_WORK = re.compile(r"\b(?:dibahas|dibincangkan|dikaji|diproses|dirumuskan|digodok|difinalisasi|dimuktamadkan|menunggu"
                           r"|dalam (?:proses|tahap|peringkat|pembahasan|kajian)|di peringkat|di meja|being \w+"
                           r"|under (?:review|discussion|consideration)|awaiting|pending|đang)\b")
_EARLIER = re.compile(r"\b(?:sebelumnya|sempat|dahulu|dulu|previously|earlier|trước đó)\b|ก่อนหน้า")
STILL_REACH = 30  # characters between a name and the "still" whose subject it is
PENDING_REACH = 40  # ... and between that word and the step still to come


def _still_short(doc: Document, rules: Sequence[Rule], match: Match) -> bool:
    """A sentence after the match's says the subject is still short of its status: an earlier step still to come or going
    on (a step it names of a lower status, or of the same one not yet taken), or, short of an act (adopted, in force),
    work still going on. The earlier claim overstates: a headline the lead corrects ("Prabowo Teken Perpres AI" over
    "... Perpres AI hingga kini masih menunggu tanda tangan Presiden"), or "aturan itu" read as the instrument of the
    next sentence ("Presiden Prabowo telah meneken aturan itu pada Senin. Perpres tentang kecerdasan artifisial
    tersebut masih dibahas")."""
    rule = rules[match.signal_index]
    if rule.competing is None or match.status not in lifecycle.ORDER:
        return False
    text = doc.variant(rule.fold)[0]
    steps = [(span[0], status) for status, spans in doc.cache["events"].items() for span in spans] + [
        (span[0], "approval") for spans in doc.cache["passage"].values() for span in spans]
    ongoing = {r.status for r in rules if r.ongoing}
    for sentence in range(sentence_at(doc.sentences, match.offset) + 1, len(doc.sentences)):
        lo, hi = doc.normalised_range(rule.fold, *doc.sentences[sentence])
        if _EARLIER.search(text, lo, hi):
            continue
        for _, end in rule.subject.spans(doc, sentence):
            still = _STILL.search(text, end, min(hi, end + STILL_REACH))
            if still is None:
                continue
            reach = min(hi, still.end() + PENDING_REACH)
            after = [status for start, status in steps if still.end() <= start < reach]
            if after:
                gap = lifecycle.rank(min(after, key=lifecycle.rank)) - lifecycle.rank(match.status)
                if gap < 0 or gap == 0 and _NOT_YET.match(text, still.start()):
                    return True
            elif match.status not in ongoing and _PENDING_WORK.search(text, still.end(), reach):
                return True
    return False


BACKGROUND_DAYS = 45  # an event dated longer than this before the publication is background, not news
ANAPHOR_REACH = 40  # characters before an event in which another instrument's word takes it (an unconfirmed review)
OBJECT_REACH = 30  # ... and after it: "issued its first AI Strategy"
_TITLE_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?"
                          r"(?:on|of|for|tentang|mengenai|terkait|soal|berkaitan|về|ว่าด้วย)\b")


def _unconfirmed(rules: Sequence[Rule], doc: Document, current_status: str) -> Match | None:
    """The highest later status whose event word looks like a move the rules could not confirm, as a review.

    Real reports tie the event to the instrument in more ways than the rules know ("RUU tersebut masih dalam tahap
    harmonisasi", the name a sentence before; "Quốc hội nghe trình bày Tờ trình và Báo cáo thẩm tra về dự án Luật",
    a document's word between), so an unhedged, reported event word is a review when the subject is anchored (its
    own name, or its jurisdiction named) and named in that sentence, its headline or lead, or the sentence before;
    unless another instrument's word stands right before or after it (its subject or object), a clause of its own
    holds the name, the status is hedged elsewhere in the text (the headline overstates), it is dated as
    background, or a later sentence says the subject is still short of it."""
    found: list[Match] = []
    for rule in rules:
        if (rule.competing is None or rule.chambers or rule.attached or rule.status == lifecycle.WITHDRAWN
                or not _reachable(current_status, rule.status) or not rule.subject.anchored(doc)):
            continue
        occurrences = [(span, start, end, _day(doc, rule, start, end))
                       for span, (start, end) in ((span, doc.original(rule.fold, *span)) for p in rule.events
                                                  for span in doc.found(p, rule.fold) if not _consumed(doc, rule, span))
                       ][:MAX_OCCURRENCES]
        if any(_hedged(doc, rule, start, end, day) for _, start, end, day in occurrences):
            continue  # "ASEAN Leaders sign the DEFA" over "Leaders are set to sign the DEFA"
        for span, start, end, day in occurrences:
            if not _reported(doc, rule, start, end, day) or _untied(doc, rule, span, (start, end)):
                continue
            match = Match(rule.status, PLAUSIBLE, excerpt(doc.text, start, end), start, rule.index,
                          f"looks like a move to {rule.status} ({doc.text[start:end]!r}), but the rules could not tie "
                          "the event to this instrument: read the excerpt")
            if not _still_short(doc, rules, match):
                found.append(match)
                break
    return max(found, key=_rank, default=None)


def _day(doc: Document, rule: Rule, start: int, end: int) -> date | None:
    """The day attached to the event word, if any."""
    bounds = doc.sentences[sentence_at(doc.sentences, start)]
    past = past_form(doc.text, bounds, start, end, rule.fold)
    return doc.published and date_at(doc.text, bounds, start, end, doc.published, ahead=rule.status == "in_force",
                                     past=past)


def _come(rule: Rule, day: date | None, published: date | None) -> bool:
    """The event's day has come: the publication day for what comes by the calendar (in force) or lasts, or for in
    force any day before it ("akan mulai berlaku pada 17 Oktober 2024", published on 20 October, is in force)."""
    by_calendar = rule.ongoing or rule.status == "in_force"  # a date, not an act, makes it happen
    return bool(day and published) and (day == published and by_calendar
                                         or day < published and rule.status == "in_force")


def _hedged(doc: Document, rule: Rule, start: int, end: int, day: date | None) -> bool:
    return hedge(doc.text, doc.sentences[sentence_at(doc.sentences, start)], start, end, ongoing_ok=rule.ongoing,
                 fold=rule.fold, today=_come(rule, day, doc.published)) is not None


def _reported(doc: Document, rule: Rule, start: int, end: int, day: date | None) -> bool:
    """The (unhedged) event word, attached to ``day``, is reported as done: not dated ahead or as background, not
    only named as a noun, not a summary or a draft of it."""
    when = doc.published and extract_event_date(doc.text, reference=doc.published, near=start)
    return (not (day and day > doc.published) and not (when and (doc.published - when).days > BACKGROUND_DAYS)
            and _not_final(doc, rule, (start, end)) is None
            and reported(doc.text, doc.sentences[sentence_at(doc.sentences, start)], start, end, rule.fold,
                         rule.ongoing))


def _untied(doc: Document, rule: Rule, span: tuple[int, int], verb: tuple[int, int]) -> bool:
    """The event is too far from the subject for a review, or another instrument's word takes it."""
    assert rule.competing is not None
    sentence = sentence_at(doc.sentences, verb[0])
    named = rule.subject.spans(doc, sentence)
    if not (rule.subject.near(doc, sentence) or sentence > 0 and rule.subject.spans(doc, sentence - 1)):
        return True
    text = doc.variant(rule.fold)[0]

    def other(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in named)
    after = rule.competing.search(text, span[1], min(len(text), span[1] + OBJECT_REACH))
    if after and other(after):
        return True  # its object: "issued its first AI Strategy"
    # a report or a submission carries a stage ("nghe Tờ trình và Báo cáo thẩm tra"), while what is launched or
    # published is the report itself ("A report on the framework was launched")
    competing = (rule.competing_acts or rule.competing) if rule.ongoing else rule.competing
    if named:
        return _about_other(doc, replace(rule, competing=competing), sentence, verb) or _other_clause(
            doc, rule, sentence, verb)
    own = rule.own_kind
    return any(other(m) and not (own is not None and own.fullmatch(m.group()) and not _TITLE_AFTER.match(text, m.end()))
               for m in competing.finditer(text, max(0, span[0] - ANAPHOR_REACH), span[0]))  # "the Bill is ..."


def _reachable(current: str, status: str) -> bool:
    if status == lifecycle.WITHDRAWN:
        return current != lifecycle.WITHDRAWN
    return lifecycle.is_forward(current, status)


def _rank(match: Match) -> tuple[bool, int, int]:
    status_rank = -1 if match.status == lifecycle.WITHDRAWN else lifecycle.rank(match.status)
    return match.confidence == CERTAIN, status_rank, -match.signal_index


def best(rules: Sequence[Rule], doc: Document, *, current_status: str) -> Finding:
    """The best forward move ``doc`` supports for a milestone at ``current_status``, and the earliest-listed
    expected future event of a status not reached yet.

    Only statuses after ``current_status`` count (``withdrawn`` from any other status, never certain); a
    certain match wins over a plausible one (what is sure is done, not held back by a doubtful later step),
    then the highest status, then the earlier rule.
    """
    if current_status not in lifecycle.STATUSES:
        raise ValueError(f"unknown status {current_status!r}")
    if not doc.text or not doc.text.strip():
        return Finding()
    _event_spans(doc, rules)
    findings = [evaluate(doc, r) for r in rules if _reachable(current_status, r.status)]
    matches = tuple(sorted((f.match for f in findings if f.match and not _still_short(doc, rules, f.match)),
                           key=_rank, reverse=True))
    match = matches[0] if matches else None
    if match is None and not any(f.expected for f in findings) and not any(
            evaluate(doc, r).match for r in rules if not _reachable(current_status, r.status)):
        match = _unconfirmed(rules, doc, current_status)  # nothing explains the text, not even a step already taken
        matches = (match,) if match else ()
    expected = next((f.expected for f in findings if f.expected and f.expected.status != lifecycle.WITHDRAWN
                     and (match is None or lifecycle.is_forward(match.status, f.expected.status))), None)
    return Finding(match, expected, matches)
