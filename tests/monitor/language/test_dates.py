"""Event dates in the forms ASEAN regulators and newsrooms write them."""
from __future__ import annotations

from datetime import date

import pytest

from monitor.language.dates import date_at, extract_event_date, find_dates, month_date, parse_published
from tests.monitor.language.catalog import C, P, event_date, outcome

REF = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English
        ("ASEAN Leaders signed the DEFA on 5 December 2025 in Kuala Lumpur.", date(2025, 12, 5)),
        ("KUALA LUMPUR, 5 DECEMBER 2025 - The agreement was signed.", date(2025, 12, 5)),
        ("BANGKOK, 16 JANUARY 2025 – ETDA opened a public hearing.", date(2025, 1, 16)),
        ("The law was passed on December 10, 2025 with 429 votes.", date(2025, 12, 10)),
        ("Signed on the 24th of October 2025 at the 26th AECC.", date(2025, 10, 24)),
        ("Issued 30 Apr. 2026", date(2026, 4, 30)),
        ("The SEOM met on 30-31 May 2026 in Manila.", date(2026, 5, 30)),
        ("Published 2026-03-01", date(2026, 3, 1)),
        # Indonesian
        ("Perpres itu ditandatangani pada tanggal 4 Desember 2025.", date(2025, 12, 4)),
        ("Selasa, 27 Jan 2026 08:32 WIB", date(2026, 1, 27)),
        ("Jumat 14-11-2025,20:28 WIB", date(2025, 11, 14)),
        ("Rapat pleno PAK digelar Rabu (11/2/2026) di Jakarta.", date(2026, 2, 11)),
        ("Menteri menyampaikan hal itu di Jakarta, Senin (26/1).", date(2026, 1, 26)),
        ("konsultasi publik ditutup 29 Agustus 2025", date(2025, 8, 29)),
        ("diundangkan pada 12 Agt 2026", date(2026, 8, 12)),
        # Malay
        ("RUU itu dibentangkan di Dewan Rakyat pada 6 Dis.", date(2025, 12, 6)),
        ("Kenyataan media, 12 Februari 2026", date(2026, 2, 12)),
        ("Mesyuarat Jemaah Menteri pada 4 Mac 2026", date(2026, 3, 4)),
        ("bertarikh 17 Ogos 2026", date(2026, 8, 17)),
        ("PUTRAJAYA, 9 Julai 2026 -- Kabinet bersetuju", date(2026, 7, 9)),
        # Thai
        ("เมื่อวันที่ 3 ธันวาคม 2568 คณะรัฐมนตรีมีมติเห็นชอบ", date(2025, 12, 3)),
        ("ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๘", date(2025, 10, 1)),
        ("ปิดรับฟังความคิดเห็น 9 มิ.ย.68", date(2025, 6, 9)),
        ("ประกาศในราชกิจจานุเบกษา 15 ก.ย. 2569", date(2026, 9, 15)),
        ("วันที่ 3 ธันวาคม พ.ศ. 2568", date(2025, 12, 3)),
        ("ครม. อนุมัติเมื่อ 22 พ.ย. 69", date(2026, 11, 22)),
        ("เผยแพร่ 12 ม.ค. 2569", date(2026, 1, 12)),
        # Vietnamese
        ("Luật có hiệu lực thi hành từ ngày 01/3/2026.", date(2026, 3, 1)),
        ("Hà Nội, ngày 15 tháng 3 năm 2026", date(2026, 3, 15)),
        ("Thứ Ba, 10/02/2026, 14:05 (GMT+7)", date(2026, 2, 10)),
        ("Quyết định được ký ngày 28/02/2026.", date(2026, 2, 28)),
        ("NGÀY 10 THÁNG 12 NĂM 2025", date(2025, 12, 10)),
        # a time of day before a day/month, and "-" or "." between them (vi-002 "Chiều 10/12", vi-039 "Ngày 15.10")
        ("Chiều 10/12, Quốc hội biểu quyết.", date(2025, 12, 10)),
        ("Sáng 25-11, tại phiên họp, Ủy ban cho ý kiến.", date(2026, 11, 25)),
        ("Ngày 14.10, Bộ công bố hồ sơ.", date(2026, 10, 14)),
        ("Hôm qua 25/11, Quốc hội thảo luận.", date(2026, 11, 25)),
        ("Ủy ban thẩm định, chiều 1.2, tại Hà Nội.", date(2026, 2, 1)),
        # Filipino
        ("Inaprubahan noong 20 Mayo 2025", date(2025, 5, 20)),
    ],
)
def test_extract_event_date(text: str, expected: date) -> None:
    assert extract_event_date(text, reference=REF) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No date here at all.",
        "Law No. 134/2025/QH15 and Decree 142/2026/NĐ-CP",
        "Quyết định số 367/QĐ-TTg",
        "Version 1.2.3 of the guide, page 3/4, score 2-1",
        "Luật gồm 10 chương, điều 10-12 quy định về rủi ro.",  # a range, not introduced as a date
        "การประชุมเริ่มเวลา 10.10 น.",  # a clock time
        "It was 12:30 when 45% of 1,200 members agreed.",
        "Perpres Nomor 12 Tahun 2026",
        "Signed on 5 December 1998.",  # implausible: before 2000
        "Target: 31 December 2040.",  # implausible: more than five years ahead
        "on 31 February 2026",
    ],
)
def test_no_event_date(text: str) -> None:
    assert extract_event_date(text, reference=REF) is None



def _future_date_at(text: str, sentence: tuple[int, int], start: int, end: int, published: date) -> date | None:
    """The event's own day (date_at) when it is after the publication: the event is expected, not reported."""
    day = date_at(text, sentence, start, end, published)
    return day if day is not None and day > published else None

def test_year_is_inferred_as_the_most_recent_such_day() -> None:
    assert extract_event_date("Senin (26/1)", reference=date(2026, 1, 27)) == date(2026, 1, 26)
    assert extract_event_date("Senin (29/12)", reference=date(2026, 1, 2)) == date(2025, 12, 29)
    assert extract_event_date("6 Dis", reference=date(2026, 12, 7)) == date(2026, 12, 6)
    # a day or two ahead of the reference is time zones, not last year (but never an event's date)
    assert [f.day for f in find_dates("on 27 November", reference=REF)] == [date(2026, 11, 27)]
    assert extract_event_date("on 27 November", reference=REF) is None
    assert extract_event_date("on 29 February", reference=date(2025, 3, 5)) == date(2024, 2, 29)


def test_a_year_less_date_said_to_be_coming_is_the_next_one() -> None:
    reference = date(2025, 5, 2)
    assert [f.day for f in find_dates("จนถึงวันที่ 9 มิถุนายนนี้", reference=reference)] == [date(2025, 6, 9)]
    assert [f.day for f in find_dates("có hiệu lực từ ngày 1/3 tới", reference=reference)] == [date(2026, 3, 1)]
    assert [f.day for f in find_dates("ngày 10/12 vừa qua", reference=reference)] == [date(2024, 12, 10)]


def test_two_digit_years() -> None:
    assert extract_event_date("9 มิ.ย. 68", reference=REF) == date(2025, 6, 9)
    assert extract_event_date("14/11/25", reference=REF) == date(2025, 11, 14)
    assert extract_event_date("9/6/68", reference=REF) == date(2025, 6, 9)  # 2068 is implausible: BE 2568


def test_the_date_next_to_the_event_verb_wins() -> None:
    text = ("JAKARTA, 27 Jan 2026 08:32 WIB — Presiden Prabowo Subianto menandatangani Perpres Peta Jalan "
            "Kecerdasan Artifisial pada Senin (26/1). Konsultasi publik ditutup 29 Agustus 2025.")
    near = text.index("menandatangani")
    assert extract_event_date(text, reference=date(2026, 1, 27), near=near) == date(2026, 1, 26)
    near = text.index("ditutup")
    assert extract_event_date(text, reference=date(2026, 1, 27), near=near) == date(2025, 8, 29)


def test_without_near_an_event_worded_date_beats_a_dateline() -> None:
    text = "HANOI, 11 December 2025 – The National Assembly passed the Law on AI on 10 December 2025."
    assert extract_event_date(text, reference=REF) == date(2025, 12, 10)


def test_a_date_after_the_publication_is_never_the_event_date() -> None:
    text = "The decree was issued on 30 April 2026 and takes effect on 1 May 2027."
    assert extract_event_date(text, reference=date(2026, 4, 30), near=text.index("takes")) == date(2026, 4, 30)
    assert extract_event_date("It enters into force on 1 May 2027.", reference=REF) is None


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("ASEAN Leaders today signed the DEFA.", date(2026, 12, 3), date(2026, 12, 3)),
    ("Para pemimpin menandatangani DEFA hari ini.", date(2026, 12, 3), date(2026, 12, 3)),
    ("The Cabinet on Friday approved the draft AI bill.", date(2026, 12, 3), date(2026, 11, 27)),
    ("Kabinet meluluskan RUU itu pada hari Jumaat.", date(2026, 12, 4), date(2026, 12, 4)),
    ("Hôm qua, Quốc hội đã thông qua Luật.", date(2025, 12, 11), date(2025, 12, 10)),
    ("ครม. เห็นชอบร่าง พ.ร.บ. เมื่อวันอังคาร", date(2026, 12, 3), date(2026, 12, 1)),
])
def test_today_and_weekdays_resolve_against_the_publication(text: str, published: date, expected: date) -> None:
    verb = next(i for w in ("signed", "menandatangani", "approved", "meluluskan", "thông qua", "เห็นชอบ")
                if (i := text.find(w)) >= 0)
    assert extract_event_date(text, reference=published, near=verb) == expected


def test_a_fronted_start_date_belongs_to_the_event_word() -> None:
    text = "From 1 March 2027, the AI Law takes effect nationwide."
    start = text.index("takes effect")
    assert _future_date_at(text, (0, len(text)), start, start + 12, date(2026, 12, 3)) == date(2027, 3, 1)
    assert _future_date_at(text, (0, len(text)), start, start + 12, date(2027, 3, 2)) is None
    tomorrow = "The AI Law takes effect tomorrow."
    start = tomorrow.index("takes effect")
    assert _future_date_at(tomorrow, (0, len(tomorrow)), start, start + 12, date(2026, 2, 28)) == date(2026, 3, 1)
    other = "On 1 March 2027 the ministry met; the AI Law takes effect nationwide."  # not fronted as its start
    start = other.index("takes effect")
    assert _future_date_at(other, (0, len(other)), start, start + 12, date(2026, 12, 3)) is None


def test_a_future_date_attached_to_the_event_word_is_found_but_not_a_deadline() -> None:
    text = "The law was passed today. It takes effect on 1 March 2026."
    at = text.index("takes effect")
    assert _future_date_at(text, (26, len(text)), at, at + 12, date(2025, 12, 10)) == date(2026, 3, 1)
    text = "MAS today issued its Guidelines on AI Risk Management, giving banks until 7 December 2027 to comply."
    at = text.index("issued")
    assert _future_date_at(text, (0, len(text)), at, at + 6, date(2026, 12, 7)) is None


def test_find_dates_offsets_index_the_original_text() -> None:
    text = "Ha\u0300 Nô\u0323i, nga\u0300y 15 tha\u0301ng 3 năm 2026 — ký 28/02/2026"  # decomposed Vietnamese
    found = find_dates(text, reference=REF)
    assert [f.day for f in found] == [date(2026, 3, 15), date(2026, 2, 28)]
    assert text[found[1].start:found[1].end] == "28/02/2026"
    assert found[0].introduced


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-27", date(2026, 1, 27)),
        ("2026-01-27T08:32:00Z", date(2026, 1, 27)),
        ("2026-01-27T23:30:00-05:00", date(2026, 1, 27)),
        ("Tue, 27 Jan 2026 08:32:00 +0700", date(2026, 1, 27)),
        ("Tue, 27 Jan 2026 08:32:00 GMT", date(2026, 1, 27)),
        ("27/01/2026", date(2026, 1, 27)),
        ("Selasa, 27 Januari 2026 | 08:32 WIB", date(2026, 1, 27)),
        ("๙ มิ.ย. ๒๕๖๘", date(2025, 6, 9)),
        ("Thứ Ba, 10/02/2026 - 14:05", date(2026, 2, 10)),
        ("January 27, 2026", date(2026, 1, 27)),
        (None, None),
        ("", None),
        ("   ", None),
        ("n/a", None),
    ],
)
def test_parse_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


def test_parse_published_relative_needs_a_reference() -> None:
    assert parse_published("2 hari yang lalu", reference=REF) == date(2026, 11, 24)
    assert parse_published("hôm qua", reference=REF) == date(2026, 11, 25)
    assert parse_published("2 hari yang lalu") is None
    assert parse_published("Senin (26/1)", reference=REF) == date(2026, 1, 26)


@pytest.mark.parametrize(("text", "expected"), [
    # a start is announced ahead: the nearest such day, even in the next year
    ("Perpres AI berlaku mulai 1 Januari.", date(2027, 1, 1)),
    ("The DEFA takes effect from 1 January.", date(2027, 1, 1)),
    # an act's own day after its verb reports the past, however near next year's day is
    ("ASEAN signed the DEFA on 20 January.", None),
    ("Akta itu telah diwartakan pada 20 Januari.", None),
])
def test_a_year_less_start_is_the_next_one_and_an_acts_day_the_last(text: str, expected: date | None) -> None:
    published = date(2026, 12, 3)
    words = ("berlaku mulai", "takes effect from", "signed", "diwartakan")
    word = next(w for w in words if w in text)
    start = text.index(word)
    assert _future_date_at(text, (0, len(text)), start, start + len(word), published) == expected


# Own press-style sentences with stated dates in five languages (lane dates, 2026-12-02), moves and neighbours: datelines
# that date the publication ("KUALA LUMPUR, Dec 3 (Reuters) -", "— Hanoi, December 3"), a later deadline or effective date
# in the sentence of a past event, a report's date next to the event's, an earlier event's date in a fronted "after ..."
# phrase, "last week", "pekan lalu", "tuần trước", "สัปดาห์ที่แล้ว", a month without its day, and plans, delays and
# "tonight", and headlines dated by their lead. First run (main at a16fc62) of the first 48: 34/48 right, 1 false certain
# move (the DEFA "first planned for Wednesday, has been delayed"); now all 52 (4 added while fixing), none.
MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3),
                                date(2026, 12, 4), date(2026, 12, 5))
LAST_WEEK = (date(2026, 11, 23), date(2026, 11, 29))
THIS_MONTH = (date(2026, 12, 1), date(2026, 12, 3))
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
OWN = [
    # English
    ("asean-defa", "approval", THU, ("adopted", C), WED,
     "KUALA LUMPUR, Dec 3 (Reuters) - Southeast Asian economic ministers signed the DEFA on Wednesday, officials said."),
    ("asean-defa", "approval", THU, ("adopted", C), LAST_WEEK,
     "ASEAN leaders signed the Digital Economy Framework Agreement last week in Kuala Lumpur, ending years of talks."),
    ("asean-defa", "approval", THU, ("adopted", C), THIS_MONTH,
     "The DEFA, which ASEAN leaders signed earlier this month, is the bloc's first region-wide digital pact."),
    ("asean-defa", "approval", THU, ("adopted", C), TUE, "ASEAN leaders signed the DEFA on Dec. 1 in Kuala Lumpur."),
    ("asean-defa", "approval", THU, ("adopted", C), TUE,
     "The ten members signed the DEFA on 1 December 2026, the ASEAN Secretariat said in a statement on Thursday."),
    ("asean-defa", "approval", THU, ("adopted", C), TUE,
     "The DEFA, debated by ministers last week, was signed by ASEAN leaders on Tuesday."),
    ("my-ai-bill", "drafting", THU, ("approval", C), TUE,
     "Malaysia tabled the AI Governance Bill in the Dewan Rakyat late Tuesday for its first reading."),
    ("vn-ai-law", "approval", THU, ("adopted", C), (WED, THU),
     "Vietnam's National Assembly passed the Law on Artificial Intelligence overnight, state media reported."),
    ("vn-ai-law", "approval", THU, ("adopted", C), TUE,
     "Vietnam's National Assembly on Tuesday passed the Law on Artificial Intelligence with 429 votes. — Hanoi, December 3"),
    ("vn-ai-law", "approval", THU, ("adopted", C), WED,
     "HANOI, Dec 3 (Reuters) - Vietnam's parliament passed the Law on Artificial Intelligence on Wednesday, "
     "a law that takes effect on 1 March 2027."),
    ("sg-mas-ai-guidelines", "consultation", THU, ("adopted", C), TUE,
     "MAS on Tuesday issued its final Guidelines on AI Risk Management, giving financial institutions until "
     "30 June 2027 to comply."),
    ("sg-mas-ai-guidelines", "consultation", THU, ("adopted", C), MON,
     "After the 10 November industry hearing, MAS published the final Guidelines on AI Risk Management on Monday."),
    ("th-ai-law", "drafting", THU, ("approval", C), TUE,
     "Thailand's cabinet on Tuesday approved the draft AI Act, a government spokesman said on Thursday."),
    ("sg-mas-ai-guidelines", "drafting", THU, ("consultation", C), NOVEMBER,
     "In November 2026, MAS issued a consultation paper on its Guidelines on AI Risk Management."),
    ("asean-defa", "approval", THU, ("expected", "adopted", "2026-12-04"), None,
     "ASEAN leaders are expected to sign the DEFA on Friday, two diplomats said."),
    ("asean-defa", "approval", THU, ("expected", "adopted", "2026-12-09"), None,
     "ASEAN economic ministers will sign the DEFA next Wednesday, the Secretariat said."),
    ("asean-defa", "approval", THU, ("expected", "adopted", "2026-12-09"), None,
     "ASEAN ministers will sign the DEFA on Wednesday next week in Jakarta."),
    ("asean-defa", "approval", THU, ("expected", "adopted", "2026-12-08"), None,
     "ASEAN ministers will sign the DEFA on 8 December."),
    ("asean-defa", "approval", THU, None, None, "ASEAN leaders will sign the DEFA tonight at a gala in Kuala Lumpur."),
    ("asean-defa", "approval", THU, None, None,
     "The signing of the DEFA, first planned for Wednesday, has been delayed to next year."),
    # headlines dated by their lead
    ("asean-defa", "approval", THU, ("adopted", C), WED,
     "ASEAN signs landmark digital economy pact\nSoutheast Asian leaders signed the DEFA on Wednesday in Kuala Lumpur."),
    ("sg-mas-ai-guidelines", "drafting", THU, ("consultation", C), NOVEMBER,
     "MAS issues consultation paper on Guidelines on AI Risk Management\nIn November 2026, MAS proposed guidelines for "
     "all financial institutions."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), WED,
     "Prabowo Teken Perpres AI\nJAKARTA - Presiden Prabowo Subianto meneken peraturan itu di Istana, Rabu (2/12/2026)."),
    # Indonesian
    ("id-ai-perpres", "approval", SAT, ("adopted", C), FRI,
     "Presiden Prabowo telah meneken Perpres AI pada Jumat (4/12/2026)."),
    ("id-ai-perpres", "approval", SAT, ("adopted", C), FRI, "Perpres AI telah diteken Presiden Jumat (4/12)."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), WED,
     "Presiden Prabowo Subianto meneken Perpres Kecerdasan Artifisial di Istana Merdeka, Jakarta, Rabu (2/12/2026)."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), LAST_WEEK,
     "Perpres AI sudah diteken Presiden pekan lalu, kata Menkomdigi."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), WED, "Presiden Prabowo meneken Perpres AI kemarin, kata Mensesneg."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), THIS_MONTH, "Perpres AI telah diteken Presiden awal bulan ini."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), MON,
     "Perpres AI yang diteken Presiden pada Senin (30/11) mulai berlaku 1 Januari 2027."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), MON,
     "JAKARTA, KOMPAS.com - Presiden Prabowo meneken Perpres AI pada Senin (30/11/2026), kata Mensesneg di Jakarta, "
     "Rabu (2/12/2026)."),
    ("id-ai-perpres", "approval", THU, ("expected", "adopted", "2026-12-07"), None,
     "Perpres AI dijadwalkan diteken Presiden pada Senin (7/12)."),
    ("id-ai-perpres", "approval", THU, None, None, "Perpres AI belum juga diteken Presiden hingga Rabu (2/12)."),
    # Malay
    ("my-ai-bill", "drafting", THU, ("approval", C), WED,
     "RUU Tadbir Urus Kecerdasan Buatan dibentangkan untuk bacaan kali pertama di Dewan Rakyat semalam."),
    ("my-ai-bill", "drafting", THU, ("approval", C), TUE,
     "RUU Tadbir Urus AI telah dibentangkan di Dewan Rakyat Selasa lalu."),
    ("my-ai-bill", "drafting", THU, ("approval", C), TUE,
     "RUU Tadbir Urus AI dibentangkan di Dewan Rakyat pada 1 Disember."),
    ("my-ai-bill", "drafting", THU, ("approval", C), THU,
     "KUALA LUMPUR, 3 Dis -- RUU Tadbir Urus AI dibentangkan bagi bacaan kali pertama di Dewan Rakyat hari ini."),
    ("my-ai-bill", "drafting", THU, ("expected", "approval", "2026-12-08"), None,
     "RUU Tadbir Urus AI dijangka dibentangkan di Dewan Rakyat pada 8 Disember."),
    ("my-ai-bill", "drafting", THU, None, None, "RUU Tadbir Urus AI akan dibentangkan di Dewan Rakyat malam ini."),
    ("my-ai-bill", "drafting", THU, ("approval", C), TUE,
     "Selepas sesi libat urus pada 10 November, RUU Tadbir Urus AI dibentangkan di Dewan Rakyat pada Selasa."),
    # Vietnamese
    ("vn-ai-law", "approval", THU, ("adopted", C), WED, "Chiều 2/12, Quốc hội biểu quyết thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", THU, ("adopted", C), THU, "Sáng nay (3/12), Quốc hội đã thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", THU, ("adopted", C), WED,
     "Hôm qua, Quốc hội đã thông qua Luật Trí tuệ nhân tạo với 429 đại biểu tán thành."),
    ("vn-ai-law", "approval", THU, ("adopted", C), LAST_WEEK, "Tuần trước, Quốc hội đã thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", THU, ("adopted", C), TUE,
     "Ngày 1/12/2026, Quốc hội thông qua Luật Trí tuệ nhân tạo, có hiệu lực từ ngày 1/3/2027."),
    ("vn-ai-law", "approval", THU, ("adopted", C), TUE,
     "Sau phiên thảo luận ngày 20/11, chiều 1/12 Quốc hội đã biểu quyết thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", THU, None, None, "Tối nay, Quốc hội sẽ biểu quyết thông qua Luật Trí tuệ nhân tạo."),
    # Thai (2569 = 2026)
    ("th-ai-law", "drafting", THU, ("approval", C), TUE,
     "เมื่อวันที่ 1 ธ.ค. 69 คณะรัฐมนตรีมีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "drafting", THU, ("approval", C), WED, "คณะรัฐมนตรีมีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เมื่อวานนี้"),
    ("th-ai-law", "drafting", THU, ("approval", C), LAST_WEEK,
     "คณะรัฐมนตรีมีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เมื่อสัปดาห์ที่แล้ว"),
    ("th-ai-law", "drafting", THU, ("approval", C), TUE,
     "ที่ประชุม ครม. เมื่อวันที่ 1 ธันวาคม 2569 มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ โดยจะมีผลบังคับใช้ 1 ม.ค. 70"),
    ("th-ai-law", "drafting", THU, None, None, "ครม. จะพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์ คืนนี้"),
    ("th-ai-law", "drafting", THU, ("approval", C), TUE,
     "หลังการรับฟังความคิดเห็นเมื่อวันที่ 10 พ.ย. 69 ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เมื่อวันอังคาร"),
]


# A second set, written after the first landed: times of day, counted days ("two days ago", "dua hari lalu", "cách đây
# hai ngày", "เมื่อ 2 วันก่อน", Malay "kelmarin", the day before yesterday), "Hôm 1/12", a date in a relative clause next
# to the event's weekday, a report's day next to the event's, and plans. First run (main at b680a21): 22/30 right, no
# false certain move; now 30/30 (the Reuters report is second-hand: a review), and a headline's lead with "today" and
# its own date written the day before (added after the first run).
SUN = date(2026, 11, 29)
OWN_2 = [
    ("asean-defa", "approval", THU, ("adopted", C), MON, "ASEAN leaders signed the DEFA on Monday night in Kuala Lumpur."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), WED, "Prabowo Signs AI Presidential Regulation\nJAKARTA – President "
     "Prabowo Subianto today, Wednesday (2/12/2026), signed the presidential regulation on artificial intelligence."),
    ("asean-defa", "approval", THU, ("adopted", C), TUE, "ASEAN leaders signed the DEFA two days ago, the Secretariat said."),
    ("asean-defa", "approval", THU, ("adopted", C), MON, "ASEAN leaders signed the DEFA on Nov 30, 2026."),
    ("asean-defa", "approval", THU, ("adopted", C), MON, "ASEAN leaders signed the DEFA on 30th November in Kuala Lumpur."),
    ("asean-defa", "approval", THU, ("adopted", C), WED, "ASEAN leaders signed the DEFA earlier on Wednesday."),
    ("asean-defa", "approval", THU, ("adopted", P), MON,
     "Reuters reported on Wednesday that ASEAN leaders had signed the DEFA on Monday."),
    ("asean-defa", "approval", THU, ("adopted", C), MON,
     "Wednesday's ministerial meeting came after ASEAN leaders signed the DEFA on Monday."),
    ("vn-ai-law", "adopted", THU, ("in_force", C), MON,
     "The Law on Artificial Intelligence, which the National Assembly passed on 10 December 2025, took effect on Monday."),
    ("my-ai-bill", "drafting", THU, ("approval", C), MON,
     "RUU Tadbir Urus AI dibentangkan untuk bacaan kali pertama di Dewan Rakyat pada Isnin lalu."),
    ("my-ai-bill", "drafting", THU, ("approval", C), TUE, "RUU Tadbir Urus AI dibentangkan di Dewan Rakyat kelmarin."),
    ("my-ai-bill", "drafting", THU, ("approval", C), TUE, "RUU Tadbir Urus AI dibentangkan di Dewan Rakyat pada Selasa malam."),
    ("my-ai-bill", "drafting", THU, ("approval", C), (date(2026, 11, 23), SUN),
     "RUU Tadbir Urus AI telah dibentangkan di Dewan Rakyat minggu lepas."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), MON, "Presiden Prabowo meneken Perpres AI Senin lalu."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), WED, "Presiden Prabowo meneken Perpres AI pada Rabu (2/12) malam."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), TUE, "Presiden Prabowo meneken Perpres AI dua hari lalu."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), TUE,
     "Perpres AI diteken Presiden pada 1 Desember 2026 dan diundangkan sehari kemudian."),
    ("vn-ai-law", "approval", THU, ("adopted", C), TUE, "Hôm 1/12, Quốc hội đã thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", THU, ("adopted", C), WED, "Tối 2/12, Quốc hội đã biểu quyết thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", THU, ("adopted", C), TUE, "Quốc hội đã thông qua Luật Trí tuệ nhân tạo vào ngày 1-12."),
    ("vn-ai-law", "approval", THU, ("adopted", C), TUE, "Quốc hội đã thông qua Luật Trí tuệ nhân tạo cách đây hai ngày."),
    ("vn-ai-law", "approval", THU, ("adopted", C), MON, "Quốc hội đã thông qua Luật Trí tuệ nhân tạo vào thứ Hai tuần này."),
    ("th-ai-law", "drafting", THU, ("approval", C), TUE, "ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เมื่อวันที่ 1 ธ.ค."),
    ("th-ai-law", "drafting", THU, ("approval", C), TUE, "ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เมื่อ 2 วันก่อน"),
    ("th-ai-law", "drafting", THU, ("approval", C), THU, "วันนี้ (3 ธ.ค.) ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "drafting", THU, ("approval", C), TUE,
     "ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เมื่อวันอังคารที่ 1 ธันวาคม 2569"),
    ("asean-defa", "approval", THU, ("expected", "adopted", "2026-12-07"), None,
     "ASEAN leaders will sign the DEFA on Monday, a week after ministers endorsed it on 30 November."),
    ("asean-defa", "approval", THU, None, None, "ASEAN leaders could sign the DEFA as early as next week."),
    ("vn-ai-law", "approval", THU, ("expected", "adopted", "2026-12-10"), None,
     "Quốc hội dự kiến biểu quyết thông qua Luật Trí tuệ nhân tạo vào ngày 10/12."),
    ("th-ai-law", "drafting", THU, ("expected", "approval", "2026-12-08"), None,
     "ครม. จะพิจารณาเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ในวันที่ 8 ธ.ค. นี้"),
    ("id-ai-perpres", "approval", THU, None, None, "Perpres AI batal diteken Senin (30/11) karena Presiden ke luar negeri."),
]


# The brief's leftovers: "tonight", "tối nay", "คืนนี้", "malam ini" with a bare verb are the evening to come or just past
# (a review; a past form reports it), and a weekday of next week ("on Wednesday next week", "Rabu pekan depan", "thứ Tư
# tuần sau", "วันพุธสัปดาห์หน้า") read on a Monday is nine days ahead, not two. First run (on the second set's commit):
# 2/14 right, 6 false certain moves (the bare "tonight"s); now 14/14, none.
OWN_3 = [
    ("asean-defa", "approval", THU, ("adopted", P), None, "ASEAN signs DEFA tonight"),
    ("asean-defa", "approval", THU, ("adopted", P), None, "ASEAN leaders sign DEFA tonight in Kuala Lumpur"),
    ("vn-ai-law", "approval", THU, ("adopted", P), None, "Quốc hội thông qua Luật AI tối nay"),
    ("th-ai-law", "drafting", THU, ("approval", P), None, "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ คืนนี้"),
    ("my-ai-bill", "drafting", THU, ("approval", P), None, "RUU AI dibentang malam ini"),
    ("id-ai-perpres", "approval", THU, ("adopted", P), None, "Perpres AI diteken malam ini"),
    ("asean-defa", "approval", THU, ("adopted", C), THU, "ASEAN leaders signed the DEFA tonight at a gala dinner."),
    ("vn-ai-law", "approval", THU, ("adopted", C), THU, "Tối nay, Quốc hội đã thông qua Luật Trí tuệ nhân tạo."),
    ("asean-defa", "approval", MON, ("expected", "adopted", "2026-12-09"), None,
     "Next week, on Wednesday, ASEAN ministers will sign the DEFA."),
    ("asean-defa", "approval", MON, ("expected", "adopted", "2026-12-09"), None,
     "ASEAN ministers will sign the DEFA on Wednesday next week."),
    ("id-ai-perpres", "approval", MON, ("expected", "adopted", "2026-12-09"), None, "Perpres AI diteken Rabu pekan depan"),
    ("vn-ai-law", "approval", MON, ("expected", "adopted", "2026-12-09"), None,
     "Quốc hội sẽ thông qua Luật AI vào thứ Tư tuần sau"),
    ("th-ai-law", "drafting", MON, ("expected", "approval", "2026-12-09"), None,
     "ครม.จะเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ วันพุธสัปดาห์หน้า"),
    ("my-ai-bill", "drafting", MON, ("expected", "approval", "2026-12-09"), None,
     "RUU AI akan dibentang pada Rabu minggu depan"),
]


# A fourth set: a headline dated by its lead's own sentence, "hồi tuần trước", "เมื่อวันอังคารที่ผ่านมา", "Isnin (30 Nov)",
# "bulan lalu", "on Friday last week", a deadline after the event, and a date in a relative clause in the event's own
# sentence ("after a two-day summit that opened on 30 November"). First run (main at e1269f0): 9/10, no false certain
# move (the summit's date was the signing's); now 10/10.
OWN_4 = [
    ("asean-defa", "approval", THU, ("adopted", C), TUE,
     "ASEAN signs DEFA\nThe signing took place on Tuesday in Kuala Lumpur, officials said."),
    ("asean-defa", "approval", THU, ("adopted", C), TUE,
     "ASEAN leaders on Tuesday signed the DEFA, which member states must ratify by 31 December 2027."),
    ("vn-ai-law", "approval", THU, ("adopted", C), date(2026, 11, 28),
     "Luật Trí tuệ nhân tạo được Quốc hội thông qua hôm 28/11 vừa qua."),
    ("vn-ai-law", "approval", THU, ("adopted", C), (date(2026, 11, 23), date(2026, 11, 29)),
     "Quốc hội đã thông qua Luật Trí tuệ nhân tạo hồi tuần trước."),
    ("th-ai-law", "drafting", THU, ("approval", C), TUE, "เมื่อวันอังคารที่ผ่านมา ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("my-ai-bill", "drafting", THU, ("approval", C), MON, "RUU Tadbir Urus AI dibentangkan di Dewan Rakyat pada Isnin (30 Nov)."),
    ("id-ai-perpres", "approval", THU, ("adopted", C), (date(2026, 11, 1), date(2026, 11, 30)),
     "Perpres AI diteken Presiden bulan lalu."),
    ("asean-defa", "approval", THU, ("adopted", C), WED,
     "ASEAN leaders signed the DEFA late on Wednesday after a two-day summit that opened on 30 November."),
    ("asean-defa", "approval", date(2026, 12, 7), ("adopted", C), date(2026, 12, 4),
     "ASEAN leaders signed the DEFA on Friday last week."),
    ("id-ai-perpres", "approval", THU, None, None, "Perpres AI ditargetkan terbit pada akhir pekan ini."),
]


@pytest.mark.parametrize(("milestone", "current", "published", "expected", "day", "text"),
                         OWN + OWN_2 + OWN_3 + OWN_4)
def test_own_press_dates(milestone: str, current: str, published: date, expected: tuple | None,
                         day: date | tuple[date, date] | None, text: str) -> None:
    assert outcome(milestone, text, current, published) == expected
    if day is not None:
        first, last = day if isinstance(day, tuple) else (day, day)
        assert first <= event_date(milestone, text, current, published) <= last


@pytest.mark.parametrize(("text", "expected"), [
    ("In November 2025, MAS issued a consultation paper.", date(2025, 11, 1)),
    ("Perpres itu terbit pada Oktober 2026.", date(2026, 10, 1)),
    ("Luật được ban hành tháng 11/2025.", date(2025, 11, 1)),
    ("ประกาศเมื่อเดือนพฤศจิกายน 2568", date(2025, 11, 1)),
    ("signed in November 2026", date(2026, 11, 26)),  # the publication's own month: the publication
    ("signed on 10 November 2025", None),  # a full date: find_dates reads it
    ("It may 2026 bring", None),
    ("to take effect in March 2027", None),  # after the publication
])
def test_month_date(text: str, expected: date | None) -> None:
    assert month_date(text, date(2026, 11, 26)) == expected
