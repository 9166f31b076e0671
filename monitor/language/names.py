"""How a milestone is named: aliases per language, and the structured parts that name it in paraphrase.

``names = { en = ["Digital Economy Framework Agreement", "DEFA"], id = [...] }`` are literal aliases (case and
spacing free, never regexes, so a user's alias cannot hang the matcher). ``kind`` and ``topic`` (keys of the
shared vocabulary, :mod:`monitor.language.vocabulary`) add the paraphrases: a kind word close to a topic word
("a law regulating artificial intelligence", "the bloc's first region-wide digital economy agreement") names
the milestone when its jurisdiction is named too (or the source is of that jurisdiction). A name right next
to ANOTHER jurisdiction ("Korea's AI Basic Act", "Luật AI của EU") is another instrument, and so is a kind word
that ends an English title of other words ("a Cyber Crime Bill to regulate the misuse of AI").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property

from monitor.language.normalise import fold_diacritics, normalise
from monitor.language.sentences import sentence_spans
from monitor.language.vocabulary import LANGUAGES, NATIONAL_LANGUAGE, Vocabulary, foreign_words, jurisdiction_words

KIND_TO_TOPIC = 45  # characters between a kind word and its topic ("law on the use of artificial intelligence")
TOPIC_TO_KIND = 20  # and the other way round ("AI governance bill")
JURISDICTION_REACH = 35  # characters before a name in which another jurisdiction claims it ("Korea's ... Act")
# A description (a kind and a topic, no name of its own) is the instrument of the jurisdiction last named before it in its
# sentence: "Vietnam's National Assembly began drafting its first AI law, Malaysian officials noted" is Vietnam's law, while
# "Malaysia's digital ministry, which studied Vietnam's new AI law closely, said it has begun drafting its own AI bill" is
# Malaysia's, since a clause set off by commas, parentheses or Thai "ซึ่ง" (which) describes another subject.
_INSERTION = re.compile(r",[^,;.]{1,80}?,|\([^()]*\)|\sซึ่ง\S*(?=\s)")
OWNER_REACH = 200  # characters before a description read for its jurisdiction

Span = tuple[int, int]
# Words that join two things rather than name one: "the Data Privacy Act's application to AI" is not an AI act.
# After a name, a jurisdiction counts only when attached to it: "the AI law of Vietnam", "Luật AI của EU".
_ATTACHED_AFTER = re.compile(r"\s*(?:'s\s+)?(?:of|in|from|của|tại|ở|di|dari|ของ|ใน)?\s*(?:the\s+)?")
_VEHICLE_JOIN = r"ban hành|về|(?:on|of|promulgating|issuing|approving)(?: the)?|tentang|mengenai|ว่าด้วย|เรื่อง"
_ISSUING = r"ban hành|promulgating|issuing|approving"
VEHICLE_REACH = 70  # characters before a name in which its vehicle's words are read
# A relative clause says what the instrument (or the last word of its title) also touches, not its subject: "a law on
# digital transformation that also covers artificial intelligence", "Perpres tentang transformasi digital yang juga
# mengatur kecerdasan artifisial" are other instruments. (A clause right after the kind word that governs the topic
# names it: _GOVERNING.)
_RELATIVE = r"\b(?:that|which|yang|mà)\b| ที่|ซึ่ง"
# Thai: a relative clause after a space ("พ.ร.บ. การรักษาความมั่นคงปลอดภัยไซเบอร์ ที่นำ AI มาใช้": a cybersecurity act
# that uses AI) or "ซึ่ง" (which) says what the instrument touches, not its subject.
_JOINS = rf"\b(?:to|and|with|but|while|dan|dengan|serta|và|với|dalam|terhadap)\b|และ|กับ|{_RELATIVE}"
# An acronym in parentheses is part of a title: "Peraturan Presiden (Perpres) tentang ...", "Rancangan Undang-Undang (RUU) ...".
_ACRONYM = r"\([^()\s]{1,12}\)"
# An instrument that implements a law is named by that law, however long the title between them runs ("Nghị
# định quy định chi tiết một số điều và biện pháp thi hành Luật Trí tuệ nhân tạo", "the decree detailing the AI
# Law", "Peraturan Pemerintah tentang Pelaksanaan Undang-Undang ... Pelindungan Data Pribadi").
_IMPLEMENTING = (r"(?:(?:quy định|hướng dẫn) chi tiết|hướng dẫn(?: thi hành)?|thi hành|implementing|detailing|guiding"
                 r"|(?:tentang |mengenai )?pelaksanaan|pelaksana)\b")
_IMPLEMENTING = f"(?:{_IMPLEMENTING}|{fold_diacritics(_IMPLEMENTING)})"  # Vietnamese typed without accents
# The year and number cited after an act's name: "Akta Perlindungan Data Peribadi 2010 (Akta 709)", "Republic
# Act No. 12345" is before it (_NUMBER); "Artificial Intelligence Act 2026 (Act 870)".
_CITATION = re.compile(r"(?:\s+(?:19|20)\d\d)?\s*\((?:akta|act)\s+a?\d{1,4}\)")
# An instrument's title after its connective may join words ("พระราชบัญญัติว่าด้วยการส่งเสริมและกำกับดูแล
# ปัญญาประดิษฐ์", "Peraturan Presiden tentang Tata Kelola dan Etika Kecerdasan Artifisial"): the national
# connectives only, since English "on" also links two things ("a law on data, and AI rules"). The Indonesian press
# also writes "terkait" and "soal" ("dua rancangan Peraturan Presiden (Perpres) terkait kecerdasan buatan", sinata.id
# 2025; "rancangan perpres soal AI", redaksipos.com 2026-02-08).
_TITLED = r"(?:tentang|mengenai|terkait(?: dengan)?|soal|ว่าด้วย|về)"
TITLE_REACH = 60
# A relative clause saying what the instrument governs names its topic however long it runs: "a governance framework
# that seeks to guide organisations to safely deploy and use increasingly smart and autonomous AI agents"
# (techgoondu.com/2026/01/23/singapore-debuts-agentic-ai-governance-framework-to-manage-growing-risks), "a law that
# regulates the use of AI", "peraturan yang mengatur penggunaan kecerdasan artifisial"; and so does its purpose: "an
# Artificial Intelligence (AI) bill to regulate the fast-evolving technology" (thesun.my digital-ministry-drafting-ai-bill-
# to-combat-deepfake-videos, 2025-07-26), "a Bill to regulate the use of AI", "rancangan undang-undang untuk mengatur AI",
# "RUU yang mengawal selia kecerdasan buatan" (Malay: that regulates).
_GOVERNING = (r"(?:\s+(?:(?:that|which|yang)\s+(?:(?:seeks?|aims?|is meant|is designed|intends?|bertujuan|berupaya)\s+"
              r"(?:to|untuk)\s+|(?:would|will)\s+)?|(?:to|for|untuk|bagi)\s+)"
              # ("proposed guidelines that would require financial institutions to put in place AI risk management")
              r"(?:guid|govern|regulat|oversee|requir|mengatur|memandu|mengawal selia|mentadbir)\w*\b"
              # ... or helps its users with it ("released a new framework on Thursday to help organisations deploy AI agents")
              r"|(?:\s+on\s+\w+day)?\s+(?:to|for)\s+help(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:deploy|use|manag|adopt|navigat|govern)\w*\b)")
GOVERNING_REACH = 90
IMPLEMENTING_REACH = 90  # characters of the title between those words and the law's topic
# An instrument's number right after its kind word belongs to the name: "Peraturan Presiden Nomor 12 Tahun 2026
# tentang ... Kecerdasan Artifisial", "Nghị định 142/2026/NĐ-CP quy định ... trí tuệ nhân tạo", "Law No.
# 134/2025/QH15 on Artificial Intelligence".
_NUMBER = r"(?:\s*(?:nomor|no\.?|number|số)?\s*\d+(?:[/.-][\w.-]+)*(?:\s+(?:tahun|of)\s+(?:19|20)\d\d)?)"


# An instrument of the milestone's kind named again with a demonstrative refers back to the milestone named before it
# ("Perpres tersebut saat ini menunggu penandatanganan", beritapusat.co.id 2026-02-08; "RUU tersebut masih dalam
# tahap harmonisasi", gatra.com news-436656; "dự luật này", "ร่าง พ.ร.บ. ดังกล่าว", "this bill") when no other one of
# that kind is named in between.
_ANAPHOR_AFTER = re.compile(r"\s*(?:(?:tersebut|ini|itu|này|đó|nói trên)(?![^\W_])|ดังกล่าว|ฉบับนี้)")
_ANAPHOR_BEFORE = re.compile(r"\b(?:this|these|the said)\s+(?:(?:new|draft|proposed)\s+)?$")
# The bare kind word after "the" too ("He said the Bill is being drafted"), unless words after it say which instrument it
# is ("the bill on cybercrime", "the law (amended)").
_DEFINITE = re.compile(r"\bthe\s+(?:(?:new|draft|proposed)\s+)?$")
_SPECIFIED = re.compile(r"\s*(?:\(|(?:on|of|for|to|about|against|amending|regulating|governing)\b)")
ANAPHOR_REACH = 25  # characters before a kind word in which "this", "the said" may start
# A generic word for an instrument with a demonstrative ("aturan itu", "regulasi tersebut", "văn bản này", "the regulation")
# is the one named in its own or the next sentence before it ("Komdigi merampungkan Perpres tentang kecerdasan artifisial
# bulan lalu. Presiden Prabowo telah meneken aturan tersebut"), or, when that name points back too, in the next sentence
# after it ("Presiden Prabowo telah meneken aturan itu pada Senin. Perpres tentang kecerdasan artifisial tersebut
# mengatur ..."), with no other instrument named between.
_REFERENCE = re.compile(r"\b(?:aturan|peraturan|regulasi|beleid|ketentuan|văn bản|regulation|rules|measure)(?![^\W_])")
_ON_A_DAY = re.compile(r"\s*on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)")  # "signed the regulation on Monday"
_VERB_USE = re.compile(r"\b(?:will|would|to|can|could|may|might|must|should|shall|not)\s+$")  # "will act as": a verb


# An English title of other words ends in the kind word: "a Cyber Crime Bill to regulate the misuse of AI", "an Online Safety
# Bill covering AI deepfakes" name those bills ("the government is also drafting a new Cyber Crime Bill", freemalaysiatoday.com
# 2026/02/09 ai-governance-bill-to-be-tabled-in-parliament-this-year), not one described by its topic. The capitalised words
# right before a capitalised kind word are such a title when a lower-case word, an article or a possessive opens them (a
# headline in title case says nothing) and one of them is neither a modifier nor a jurisdiction.
_CAPITALISED_RUN = re.compile(r"((?:[^\W\d_a-z][\w'-]*\s+){1,5})$")
_TITLE_OPENER = re.compile(r"(?:\b[a-z][\w-]*|'s)\s*$")
_ARTICLE = re.compile(r"(?:the|a|an|its|their)$", re.IGNORECASE)
_MODIFIER = re.compile(r"(?:new|draft|proposed|planned|first|national|comprehensive|dedicated|landmark|omnibus|standalone"
                       r"|separate|specific|overarching|government|federal|sweeping|single)$", re.IGNORECASE)
NAMED_TITLE_REACH = 80  # characters before the kind word read for its title
# After the kind word, the first word that is neither small nor an acronym: capitalised, the text is a headline in title
# case ("Malaysia's Ministry Prepares Bill to Regulate AI"), where capitals name nothing.
_NEXT_WORD = re.compile(r"\W*(?:(?:to|on|for|of|the|a|an|and|in|[^\W\d_a-z]{2,6})\b\W*)*([^\W\d_])")

_INDEFINITE = re.compile(r"\b(?:a|an|another|any|its own|their own)\s+(?:[\w-]+\s+){0,2}$")  # "a new comprehensive"
_NUMBER_MARK = re.compile(r"(?:no|nos|nr|number|nomor|số|bil)\.?")
_OPTIONAL_MARK = r"(?:(?:no|nos|nr|number|nomor|số|bil)\.?\s*)?"


@dataclass(frozen=True, kw_only=True)
class Names:
    """A milestone's names as the config gives them."""

    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language -> literal aliases
    kinds: tuple[str, ...] = ()  # vocabulary kinds, e.g. ("law",)
    topics: tuple[str, ...] = ()  # vocabulary topics, e.g. ("ai",)

    def __post_init__(self) -> None:
        for lang in self.aliases:
            if lang not in LANGUAGES:
                raise ValueError(f"names: unknown language {lang!r} (accepted: {', '.join(LANGUAGES)})")

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.aliases.items())), self.kinds, self.topics))

    @property
    def empty(self) -> bool:
        return not any(self.aliases.values()) and not (self.kinds and self.topics)


# An English title puts its kind word last, before any complement ("Digital Economy Framework Agreement", "Guidelines on
# AI Risk Management"); the national languages put it first ("Perjanjian Rangka Kerja ...", "ความตกลงกรอบ...").
_COMPLEMENT_START = re.compile(r"\s(?:on|of|for|to|about|under|implementing|regarding|governing|regulating)\s")


def implied_kinds(names: Names, vocabulary: Vocabulary) -> Names:
    """``names`` with the kinds its own aliases say, when the config declares none: "RUU Keselamatan Dalam Talian" is a
    bill and "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล" an act, so a chamber's vote on them is that chamber's stage ("Maka RUU
    Keselamatan Dalam Talian diluluskan," katanya di Dewan Rakyat) and "launched" adopts neither."""
    if names.kinds:
        return names
    heads = (_head_kind(normalise(alias), lang, vocabulary) for lang, aliases in names.aliases.items() for alias in aliases)
    kinds = tuple(dict.fromkeys(k for k in heads if k))
    return replace(names, kinds=kinds) if kinds else names


def _head_kind(alias: str, lang: str, vocabulary: Vocabulary) -> str | None:
    """The kind of the instrument word heading ``alias`` (normalised): the last one before a complement in English, the
    first elsewhere; of two at one place, the longer ("กฎหมายลูก", a regulation, over "กฎหมาย")."""
    limit = _COMPLEMENT_START.search(alias) if lang == "en" else None
    found = [(m.start(), m.end() - m.start(), kind) for kind, words in vocabulary.kinds.items() for word in words
             for m in re.finditer(word, alias) if limit is None or m.start() < limit.start()]
    if not found:
        return None
    return (max(found) if lang == "en" else min(found, key=lambda f: (f[0], -f[1])))[2]


def _alternation(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def alias_pattern(alias: str) -> str:
    """A literal alias as a regex: its normalised words, any spacing or dash between them (or an acronym in
    parentheses), whole words."""
    words = normalise(alias).replace("-", " ").split()
    # "Artificial Intelligence (AI) Risk"; an abbreviation's period is optional ("No. 2024-04", "No 2024 - 04"), and
    # so is the "No." before a number ("Decree 142/2026/ND-CP" is "Decree No. 142/2026/ND-CP")
    words = [w for i, w in enumerate(words) if not (_NUMBER_MARK.fullmatch(w) and words[i + 1:i + 2]
                                                       and words[i + 1][0].isdigit())]
    # ... and a word may close the parentheses it is written in after its long form: "RUU Keselamatan Dalam Talian" is
    # named by "Rang Undang-Undang (RUU) Keselamatan Dalam Talian" (freemalaysiatoday.com 2024/12/11), "RUU PDP" by
    # "Rancangan Undang-Undang (RUU) PDP"
    # Thai writes its abbreviations with dots or without, spaced or not ("พ.ร.บ.สถานบันเทิง", "ร่าง พรบ. สถานบันเทิง")
    body = r"\)?(?:\s*\([^()\s]{1,12}\))?[\s\-]*".join(
        (_OPTIONAL_MARK if w[0].isdigit() else "")
        + (re.escape(w).replace(r"\.", r"\.?\s?") if _thai(w) else
           re.escape(w[:-1]) + r"\.?" if len(w) > 1 and w.endswith(".") else re.escape(w)) for w in words)
    # Thai runs its words together ("ครม. มีมติเห็นชอบร่างพระราชบัญญัติ...", "มีการพิจารณาร่าง..."): a Thai name has no
    # word boundary on either side
    left = r"(?<![^\W_])" if words and re.match(r"\w", words[0]) and not _thai(words[0][0]) else ""
    right = r"(?![^\W_])" if words and re.search(r"\w$", words[-1]) and not _thai(words[-1][-1]) else ""
    return f"{left}{body}{right}"


# An amendment named as a user writes it, and the amended act inside: the press names one amendment many ways ("Luật sửa
# đổi, bổ sung một số điều của Luật Sở hữu trí tuệ", "Luật Sở hữu trí tuệ (sửa đổi)", "Luật sửa đổi Luật Sở hữu trí tuệ";
# "the Law amending and supplementing a number of articles of the Law on Intellectual Property", "the Law on amendments
# and supplements to several articles of the Law on Intellectual Property", "the revised Law on ..."), so each form of
# one is a form of all. Left side of each pair: the alias (normalised); right: every form, around the amended act.
_EN_AMENDING = (r"(?:law|act|bill)\s+(?:amending|on\s+(?:the\s+)?amendments?(?:\s+and\s+supplements?)?\s+to)"
                r"(?:\s+and\s+supplementing)?(?:\s+(?:a\s+number\s+of|several|some|certain)\s+articles\s+of)?(?:\s+the)?\s+")
_AMENDMENTS = {
    "vi": ((r"luật sửa đổi,? (?:bổ sung )?(?:một số điều (?:của )?)?(?P<act>luật .+)", r"(?P<act>luật .+?) \(?sửa đổi\)?"),
           (r"luật\s+sửa\s+đổi,?\s+(?:bổ\s+sung\s+)?(?:một\s+số\s+điều\s+(?:của\s+)?)?{act}", r"{act}\s*\(?sửa\s+đổi\)?")),
    "en": ((_EN_AMENDING.replace(r"\s+", " ") + "(?P<act>.+)", r"(?:amended|revised) (?P<act>.+)",
            r"(?P<act>.+?) \(?(?:amended|amendment|revised)\)?", r"amendments? to (?:the )?(?P<act>.+)"),
           (_EN_AMENDING + "{act}", r"(?:amended|revised)\s+{act}", r"{act}\s*\(?(?:amended|amendment|revised)\)?",
            r"amendments?\s+to\s+(?:the\s+)?{act}")),
    "id": ((r"(?:(?:ruu|rancangan undang-undang) (?:tentang )?)?perubahan (?:(?:pertama|kedua|ketiga|keempat) )?atas (?P<act>.+)",
            r"revisi (?P<act>.+)"),
           (r"perubahan\s+(?:(?:pertama|kedua|ketiga|keempat)\s+)?atas\s+{act}", r"revisi\s+{act}")),
    "ms": ((r"(?P<act>.+?) \(?pindaan\)?", r"pindaan (?:kepada |terhadap )?(?P<act>.+)"),
           (r"{act}\s*\(?pindaan\)?", r"pindaan\s+(?:kepada\s+|terhadap\s+)?{act}")),
}


def amendment_forms(alias: str, lang: str) -> tuple[str, ...]:
    """The regexes of every form of the amendment ``alias`` names in ``lang``, or none when it names no amendment."""
    act = _amended_act(alias, lang)
    return tuple(form.format(act=alias_pattern(act)) for form in _AMENDMENTS[lang][1]) if act else ()


def amending(alias: str, lang: str) -> tuple[str, ...]:
    """The regexes of the amendments of the act ``alias`` names (none when it names an amendment itself): "Luật Trí tuệ
    nhân tạo sửa đổi được thông qua" passes an amendment, and the law it amends does not move."""
    if lang not in _AMENDMENTS or _amended_act(alias, lang):
        return ()
    return tuple(form.format(act=alias_pattern(alias)) for form in _AMENDMENTS[lang][1])


def _amended_act(alias: str, lang: str) -> str | None:
    text = normalise(alias)
    return next((m.group("act") for shape in _AMENDMENTS.get(lang, ((), ()))[0] if (m := re.fullmatch(shape, text))),
                None)


def _thai(word: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in word)


@dataclass(frozen=True)
class Subject:
    """A milestone's names compiled against a vocabulary: finds where a normalised text names it."""

    names: Names
    jurisdiction: str
    vocabulary: Vocabulary

    @cached_property
    def _amendments(self) -> re.Pattern[str] | None:
        forms = [f for lang, values in self.names.aliases.items() for a in values if a.strip() for f in amending(a, lang)]
        return re.compile(_alternation(tuple(forms))) if forms else None

    @cached_property
    def _alias(self) -> re.Pattern[str] | None:
        aliases = [form for lang, values in self.names.aliases.items() for a in values if a.strip()
                   for form in (alias_pattern(a), *amendment_forms(a, lang))]
        return re.compile(_alternation(tuple(sorted(aliases, key=len, reverse=True)))) if aliases else None

    def _paraphrase(self, kinds: tuple[str, ...], native: str = "") -> re.Pattern[str] | None:
        """A kind word close to a topic word, in either order; for a ``native`` paraphrase (in that language), not a
        topic word that only another national language uses ("Perlindungan Data Peribadi" is Malay, not Indonesian)."""
        theirs = {w for lang in NATIONAL_LANGUAGE.values() if native and lang != native for t in self.names.topics
                  for w in self.vocabulary.topics_in.get(lang, {}).get(t, ())}
        ours = {w for t in self.names.topics for w in self.vocabulary.topics_in.get(native, {}).get(t, ())}
        topics = tuple(w for t in self.names.topics for w in self.vocabulary.topics.get(t, ())
                       if w not in theirs or w in ours)
        if not kinds or not topics:
            return None
        k, t = _alternation(kinds), _alternation(topics)
        # "and" joins two nouns of one title when "of" follows ("a guide on the governance and ethics of AI")
        gap = rf"(?:{_ACRONYM}|\band\s+[\w-]+\s+(?=of\b)|(?!{_JOINS}|{self._crossing})[^.;,:\n()])"
        implementing = rf"(?:{k}){_NUMBER}?\s+(?:the\s+)?{_IMPLEMENTING}[^.;:\n()]{{0,{IMPLEMENTING_REACH}}}?(?:{t})"
        # a title never runs into its own kind word again: "Perpres tentang Makan Bergizi Gratis, sementara Perpres AI"
        titled = (rf"(?:{k}){_NUMBER}?\s*(?:{_ACRONYM}\s*)?{_TITLED}(?:(?!{k}|{_RELATIVE})[^.;:\n()]){{0,{TITLE_REACH}}}?"
                  rf"(?:{t})")
        governing = rf"(?:{k}){_GOVERNING}[^.;:\n()]{{0,{GOVERNING_REACH}}}?(?:{t})"
        return re.compile(rf"{implementing}|{titled}|{governing}|(?:{k}){_NUMBER}?{gap}{{0,{KIND_TO_TOPIC}}}?(?:{t})"
                          rf"|(?:{t}){gap}{{0,{TOPIC_TO_KIND}}}?(?:{k})")

    @cached_property
    def _crossing(self) -> str:
        """Words of a legal act of another kind: a paraphrase never runs across one ("pedoman sementara sebelum
        Perpres AI" is the Perpres's name, not AI guidelines), while a title word of a lesser kind may sit inside
        ("Perpres tentang Peta Jalan Kecerdasan Artifisial")."""
        kinds = (set(self.vocabulary.legislative) | set(self.vocabulary.vehicles)) - set(self.names.kinds)
        words = tuple(w for k in sorted(kinds) for w in self.vocabulary.kinds.get(k, ()))
        return _alternation(words) if words else "(?!)"

    @cached_property
    def _structured(self) -> re.Pattern[str] | None:
        return self._paraphrase(tuple(w for k in self.names.kinds for w in self.vocabulary.kinds.get(k, ())))

    @cached_property
    def _native(self) -> re.Pattern[str] | None:
        """The paraphrase in the country's own words ("Peraturan Presiden ... Kecerdasan Artifisial",
        "ร่างพระราชบัญญัติ...ปัญญาประดิษฐ์"): the language names the jurisdiction."""
        language = NATIONAL_LANGUAGE.get(self.jurisdiction, "")
        words = self.vocabulary.kinds_in.get(language, {})
        return self._paraphrase(tuple(w for k in self.names.kinds for w in words.get(k, ())), language)

    @cached_property
    def _own(self) -> re.Pattern[str] | None:
        words = jurisdiction_words(self.vocabulary, self.jurisdiction)
        return re.compile(_alternation(words)) if words else None

    @cached_property
    def _foreign(self) -> re.Pattern[str] | None:
        words = foreign_words(self.vocabulary, self.jurisdiction)
        return re.compile(_alternation(words)) if words else None

    @cached_property
    def competing(self) -> re.Pattern[str] | None:
        """Words of every instrument kind: outside a name of this milestone, they name another instrument
        (of another kind, or another one of the same kind: "signed a free trade agreement; the DEFA ...")."""
        words = tuple(w for values in self.vocabulary.kinds.values() for w in values)
        return re.compile(_alternation(words)) if words else None

    @cached_property
    def competing_acts(self) -> re.Pattern[str] | None:
        """:attr:`competing` without documents (reports, submissions): they carry a stage rather than take it."""
        words = tuple(w for kind, values in self.vocabulary.kinds.items() if kind != "document" for w in values)
        return re.compile(_alternation(words)) if words else None

    def anchored(self, text: str, mentions: list[Span]) -> bool:
        """One of ``mentions`` holds an alias, or the text names the milestone's jurisdiction."""
        return any(self.by_alias(text, m) for m in mentions) or bool(self._own and self._own.search(text))

    def mentions(self, text: str, *, jurisdiction_implied: bool,
                 original: tuple[str, list[int]] | None = None) -> list[Span]:
        """Spans of ``text`` (normalised) that name the milestone, in order. With the ``original`` text (and the offset
        there of every normalised character), a paraphrase whose kind word ends an English title of other words is
        that other instrument."""
        implied = jurisdiction_implied or bool(self._own and self._own.search(text))
        amended = [m.span() for m in self._amendments.finditer(text)] if self._amendments else []
        found = [m.span() for m in self._alias.finditer(text) if (implied or not self._indefinite(text, m.span()))
                 and not any(s <= m.start() and m.end() <= e for s, e in amended)] if self._alias else []
        for pattern in (self._native, self._structured if implied else None):
            for m in pattern.finditer(text) if pattern is not None else ():
                if original and self._titled(text, m.start(), *original) or any(
                        s <= m.start() and m.end() <= e for s, e in amended):
                    continue
                within = next((i for i, (s, e) in enumerate(found) if s <= m.start() < e), None)
                if within is None:
                    found.append(m.span())
                elif m.end() > found[within][1]:  # the title runs on past the name's number, over the law it details:
                    found[within] = (found[within][0], m.end())  # "Nghị định 142/2026/NĐ-CP quy định chi tiết Luật ..."
        starts = [0] if original is None else sorted(
            bisect_left(original[1], s) for s, _ in sentence_spans(original[0]))
        names = sorted(self._with_kind(text, span, starts) for span in found if not self._claimed_elsewhere(text, span)
                       and not (self._description(text, span) and self._owned_elsewhere(text, span, starts)))
        return sorted(names + self._anaphors(text, names) + self._references(text, names, starts))

    def by_alias(self, text: str, span: Span) -> bool:
        """The mention at ``span`` contains one of the milestone's own names, not only a description of it."""
        return self._alias is not None and self._alias.search(text, *span) is not None

    def _anaphors(self, text: str, names: list[Span]) -> list[Span]:
        """Kind words with a demonstrative ("Perpres tersebut", "this bill") or a bare "the" ("the Bill") after a name, with
        no other instrument of the kind named since (a plural, "on top of existing laws", or a verb, "will act as",
        names none)."""
        if not names or self.own_kind is None:
            return []
        found = []
        kind_words = [m for m in self.own_kind.finditer(text, names[0][1])
                      if not any(s <= m.start() < e for s, e in names)]
        for i, m in enumerate(kind_words):
            if not self._points_back(text, m.start(), m.end()):
                continue
            after = _ANAPHOR_AFTER.match(text, m.end())
            last = max(e for s, e in names if e <= m.start())
            if not any(last <= k.start() and not self._generic(text, k) for k in kind_words[:i]):
                found.append((m.start(), after.end() if after else m.end()))
        return found

    def _references(self, text: str, names: list[Span], starts: list[int]) -> list[Span]:
        """Generic words for an instrument that refer to a name in an adjacent sentence (see _REFERENCE)."""
        def sentence(at: int) -> int:
            return bisect_right(starts, at) - 1

        def unrivalled(lo: int, hi: int) -> bool:  # no other instrument named between
            return self.competing is None or not any(
                not any(s <= m.start() < e for s, e in names) for m in self.competing.finditer(text, lo, hi))

        found = []
        for m in _REFERENCE.finditer(text):
            if any(s <= m.start() < e for s, e in names) or not self._points_back(text, m.start(), m.end()):
                continue
            after = _ANAPHOR_AFTER.match(text, m.end())
            span = (m.start(), after.end() if after else m.end())
            before = [n for n in names if n[1] <= m.start()]
            later = [n for n in names if n[0] >= span[1]]
            if before and sentence(m.start()) - sentence(before[-1][0]) <= 1 and unrivalled(before[-1][1], m.start()):
                found.append(span)
            elif later and sentence(later[0][0]) == sentence(m.start()) + 1 and unrivalled(span[1], later[0][0]) \
                    and self._points_back(text, *later[0]):
                found.append(span)
        return found

    @staticmethod
    def _points_back(text: str, start: int, end: int) -> bool:
        """A demonstrative after the words ("tersebut", "itu") or before them ("this", "the said"), or a bare "the" with
        nothing after them that says which instrument it is (a day may follow: "the regulation on Monday")."""
        before = text[max(0, start - ANAPHOR_REACH):start]
        return bool(_ANAPHOR_AFTER.match(text, end) or _ANAPHOR_BEFORE.search(before) or (
            _DEFINITE.search(before) and (not _SPECIFIED.match(text, end) or _ON_A_DAY.match(text, end))))

    def _generic(self, text: str, word: re.Match[str]) -> bool:
        """A kind word that names no instrument: an English plural ("existing laws") or a verb ("will act as")."""
        plural = text[word.end() - 1] == "s" and self.own_kind.fullmatch(text[word.start():word.end() - 1])
        return bool(plural or _VERB_USE.search(text, max(0, word.start() - 8), word.start()))

    def _indefinite(self, text: str, span: Span) -> bool:
        """An alias that is only its kind and topic ("Law on Artificial Intelligence") after an indefinite article
        names no act in particular: "Italy's parliament ... passed a new law on artificial intelligence" needs the
        jurisdiction named, as the paraphrase does. (In the national language it is the country's own.)"""
        if self._structured is None or not self._structured.fullmatch(text, *span):
            return False
        native = self._native is not None and self._native.fullmatch(text, *span)
        return not native and bool(_INDEFINITE.search(text, max(0, span[0] - 40), span[0]))

    @cached_property
    def _english_kind(self) -> re.Pattern[str] | None:
        words = tuple(w for k in self.names.kinds for w in self.vocabulary.kinds_in.get("en", {}).get(k, ()))
        return re.compile(_alternation(words)) if words else None

    def _titled(self, text: str, start: int, original: str, offsets: list[int]) -> bool:
        """The English kind word at ``start`` (normalised) ends a title of other words (see _CAPITALISED_RUN)."""
        kind = self._english_kind.match(text, start) if self._english_kind is not None else None
        if kind is None or not original[offsets[start]].isupper():
            return False
        after = _NEXT_WORD.match(original, offsets[kind.end() - 1] + 1)
        if after and after.group(1).isupper():
            return False
        before = original[max(0, offsets[start] - NAMED_TITLE_REACH):offsets[start]]
        run = _CAPITALISED_RUN.search(before)
        if run is None:
            return False
        words = run.group(1).split()
        # "The Online Safety Bill", "Malaysia's Cyber Crime Bill": the title follows the article or the possessive
        cut = max((i + 1 for i, w in enumerate(words) if _ARTICLE.fullmatch(w) or w.endswith(("'s", "\u2019s"))),
                  default=0)
        if not (cut or _TITLE_OPENER.search(before, 0, run.start(1))):
            return False

        def jurisdiction(word: str) -> bool:
            return any(p is not None and p.search(normalise(word)) for p in (self._own, self._foreign))
        return any(not _MODIFIER.fullmatch(w) and not jurisdiction(w) for w in words[cut:])

    @cached_property
    def own_kind(self) -> re.Pattern[str] | None:
        words = tuple(w for k in self.names.kinds for w in self.vocabulary.kinds.get(k, ()))
        return re.compile(_alternation(words)) if words else None

    @cached_property
    def _vehicle(self) -> re.Pattern[str] | None:
        """A vehicle's word (a decision, a decree) right before the name, maybe with "on" or "promulgating"
        between, or its issuer and then "promulgating": the act that carries it ("Quyết định (ban hành) danh mục ...",
        "the Decree on the list of ...", "Quyết định của Thủ tướng Chính phủ ban hành Danh mục ...")."""
        words = tuple(w for kind in self.vocabulary.vehicles for w in self.vocabulary.kinds.get(kind, ()))
        issuer = rf"\s+(?:của|of|by)\s+[^.;,:()]{{1,30}}?\s+(?:{_ISSUING})"
        return re.compile(rf"(?:{_alternation(words)})(?:\s*(?:{_VEHICLE_JOIN})|{issuer})?\s*$") if words else None

    def _with_kind(self, text: str, span: Span, starts: list[int]) -> Span:
        """A name with the instrument word right beside it ("Hiệp định DEFA", "the DEFA pact") is one name, in its own
        sentence (a headline "RUU AI" over a lead "RUU itu dibentangkan ..." is two)."""
        start, end = span
        i = bisect_right(starts, start)
        lo, hi = starts[i - 1] if i else 0, starts[i] if i < len(starts) else len(text)
        if self._vehicle is not None:
            before = self._vehicle.search(text, max(0, start - VEHICLE_REACH), start)
            if before:
                start = before.start()
        if self.own_kind is not None:
            before = [m for m in self.own_kind.finditer(text, max(lo, start - 30), start) if start - m.end() <= 1]
            if before:  # the kind word first, as the national languages put it: "Hiệp định DEFA", "ความตกลง DEFA"
                start = min(start, before[-1].start())
            after = self.own_kind.match(text, min(hi, end + 1), min(hi, end + 30))
            if after and after.start() - end <= 2:
                end = after.end()
        cited = _CITATION.match(text, end)
        return start, cited.end() if cited else end

    def _description(self, text: str, span: Span) -> bool:
        """The mention is only a kind and a topic ("its first AI law", or an alias such as "RUU AI"), no name of its own."""
        return any(p is not None and p.fullmatch(text, *span) for p in (self._structured, self._native))

    def _owned_elsewhere(self, text: str, span: Span, starts: list[int]) -> bool:
        """The jurisdiction named last before the description in its sentence, outside an inserted clause, is another
        one (see _INSERTION)."""
        lo = max(starts[max(0, bisect_right(starts, span[0]) - 1)], span[0] - OWNER_REACH)
        window = _INSERTION.sub(lambda m: " " * len(m.group()), text[lo:span[0]])
        last = [(m.end(), pattern is self._own) for pattern in (self._own, self._foreign) if pattern is not None
                for m in pattern.finditer(window)]
        return bool(last) and not max(last)[1]

    def _claimed_elsewhere(self, text: str, span: Span) -> bool:
        """Another jurisdiction is named right next to the name, closer than this milestone's own."""
        if self._foreign is None:
            return False
        lo, hi = max(0, span[0] - JURISDICTION_REACH - 30), min(len(text), span[1] + JURISDICTION_REACH)

        def nearest(pattern: re.Pattern[str] | None) -> int | None:
            if pattern is None:
                return None
            gaps = []
            for m in pattern.finditer(text, lo, hi):
                if span[0] <= m.start() and m.end() <= span[1]:
                    gaps.append(0) if pattern is self._own else None
                elif m.end() <= span[0]:  # "Korea's AI Basic Act", "the EU's AI Act"
                    gaps.append(span[0] - m.end()) if span[0] - m.end() <= JURISDICTION_REACH else None
                elif _ATTACHED_AFTER.fullmatch(text, span[1], m.start()):  # "the AI law of Vietnam", "Luật AI của EU"
                    gaps.append(m.start() - span[1])
            return min(gaps, default=None)

        foreign, own = nearest(self._foreign), nearest(self._own)
        return foreign is not None and (own is None or foreign < own)
