"""A day named relative to the publication ("Rabu", "on Friday", "tomorrow", "this week") in five languages: a step
dated after the item's publication is expected, never a move; the same words dated before it still report the move.

Headlines drop tense in English, Indonesian and Malay ("RUU AI dibentang Rabu", to be tabled on Wednesday), and
Vietnamese and Thai verbs have none: a bare weekday is the nearest such day to the publication (Wednesday read on a
Monday is two days ahead; read on a Thursday, yesterday). A past form or "lalu", "last", "vừa qua", "เมื่อ" make it the
last one; a future marker ("will", "akan", "sẽ", "จะ", "to be") the next one. "Tomorrow", "besok", "esok", "lusa",
"ngày mai", "พรุ่งนี้" are always ahead; "this week", "pekan ini", "minggu ini", "tuần này", "สัปดาห์นี้" can be either,
so a bare verb with one asks a person.
"""
from __future__ import annotations

from datetime import date

import pytest

from monitor.language.dates import relative_date
from tests.monitor.language.catalog import C, P, event_date, outcome

MON, TUE, WED, THU = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3)

CASES = [
    # English: headline present for the past and the future alike
    ("asean-defa", "approval", MON, ("adopted", C), "ASEAN signs DEFA on Sunday"),
    ("asean-defa", "approval", WED, ("expected", "adopted", "2026-12-04"), "ASEAN signs DEFA on Friday"),
    ("asean-defa", "approval", TUE, ("expected", "adopted", "2026-12-04"), "DEFA to be inked on Friday"),
    ("asean-defa", "approval", THU, ("expected", "adopted", "2026-12-04"), "ASEAN leaders sign DEFA tomorrow"),
    ("asean-defa", "approval", MON, ("adopted", C), "ASEAN leaders signed the DEFA on Sunday in Kuala Lumpur."),
    ("asean-defa", "approval", WED, ("adopted", C), "ASEAN leaders signed the DEFA on Friday, a diplomat said."),
    ("asean-defa", "approval", THU, ("adopted", C), "ASEAN signs DEFA today"),
    ("asean-defa", "approval", WED, ("adopted", P), "ASEAN signs DEFA this week"),
    ("asean-defa", "approval", WED, ("adopted", C), "The DEFA was signed this week, the ASEAN Secretariat said."),
    ("asean-defa", "approval", MON, ("expected", "adopted", "2026-12-02"),
     "ASEAN economic ministers will sign the DEFA on Wednesday."),
    # Malay
    ("my-ai-bill", "drafting", MON, ("expected", "approval", "2026-12-02"), "RUU AI dibentang Rabu"),
    ("my-ai-bill", "drafting", THU, ("approval", C), "RUU AI dibentang Rabu"),
    ("my-ai-bill", "drafting", MON, ("approval", C), "RUU AI dibentangkan Rabu lalu"),
    ("my-ai-bill", "drafting", WED, ("expected", "approval", "2026-12-03"), "RUU AI dibentang esok"),
    ("my-ai-bill", "drafting", TUE, ("expected", "approval", "2026-12-03"), "RUU AI dibentang lusa"),
    ("my-ai-bill", "drafting", TUE, ("approval", P), "RUU AI dibentang minggu ini"),
    ("my-ai-bill", "drafting", THU, ("approval", C), "RUU Tadbir Urus AI telah dibentangkan di Dewan Rakyat minggu ini."),
    ("my-ai-bill", "drafting", THU, ("approval", C), "RUU AI dibentang hari ini"),
    # Indonesian ("Minggu" is Sunday, "minggu ini" this week)
    ("id-ai-perpres", "approval", WED, ("adopted", P), "Perpres AI Terbit Pekan Ini"),
    ("id-ai-perpres", "approval", WED, ("expected", "adopted", "2026-12-03"), "Perpres AI Diteken Besok"),
    ("id-ai-perpres", "approval", WED, ("expected", "adopted", "2026-12-04"), "Perpres AI Diteken Jumat"),
    ("id-ai-perpres", "approval", TUE, ("adopted", C), "Prabowo Teken Perpres AI Senin"),
    ("id-ai-perpres", "approval", THU, ("adopted", C), "Perpres AI sudah diteken Presiden minggu ini."),
    ("id-ai-perpres", "approval", TUE, ("expected", "adopted", "2026-12-03"), "Perpres AI Diteken Lusa"),
    ("id-ai-perpres", "approval", WED, ("adopted", C), "Presiden Prabowo meneken Perpres AI pada Senin lalu."),
    ("id-ai-perpres", "approval", MON, ("expected", "adopted", "2026-12-02"),
     "Presiden akan meneken Perpres AI pada Rabu, kata Mensesneg."),
    # Vietnamese
    ("vn-ai-law", "adopted", THU, ("expected", "in_force", "2026-12-04"), "Luật AI có hiệu lực từ ngày mai"),
    ("vn-ai-law", "adopted", THU, ("in_force", C), "Luật AI có hiệu lực từ hôm nay"),
    ("vn-ai-law", "adopted", THU, ("in_force", C), "Luật Trí tuệ nhân tạo đã có hiệu lực từ hôm qua."),
    ("vn-ai-law", "approval", WED, ("expected", "adopted", "2026-12-04"), "Quốc hội thông qua Luật AI vào thứ Sáu"),
    ("vn-ai-law", "approval", MON, ("adopted", C), "Quốc hội thông qua Luật AI vào thứ Sáu vừa qua"),
    ("vn-ai-law", "approval", TUE, ("adopted", P), "Quốc hội thông qua Luật AI trong tuần này"),
    ("vn-ai-law", "approval", THU, ("expected", "adopted", "2026-12-04"), "Ngày mai, Quốc hội thông qua Luật AI"),
    ("vn-ai-law", "approval", THU, ("adopted", C), "Quốc hội thông qua Luật Trí tuệ nhân tạo tại Kỳ họp thứ 5."),
    ("vn-ai-law", "adopted", THU, ("expected", "in_force", "2026-12-07"), "Luật AI sẽ có hiệu lực từ thứ Hai"),
    # Thai
    ("th-ai-law", "drafting", THU, ("expected", "approval", "2026-12-04"), "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ พรุ่งนี้"),
    ("th-ai-law", "drafting", THU, ("approval", C), "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ แล้วเมื่อวันอังคาร"),
    ("th-ai-law", "drafting", THU, ("approval", C), "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ วันนี้"),
    ("th-ai-law", "drafting", WED, ("approval", P), "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ สัปดาห์นี้"),
    ("th-ai-law", "drafting", THU, ("approval", C), "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เมื่อวานนี้"),
    ("th-ai-law", "drafting", MON, ("expected", "approval", "2026-12-01"),
     "ครม.จะพิจารณาเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ในวันอังคารนี้"),
]

# Near misses: a start is announced ahead, its past form is not; a past verb in the clause dates the weekday back; a
# weekday fronted before another clause's verb, or dated by its own date, is not the event's; a future marker on the
# publication's own weekday leaves the day open (today or in a week) and still moves nothing.
NEAR = [
    ("vn-ai-law", "adopted", THU, ("expected", "in_force", "2026-12-07"), "Vietnam's AI law takes effect on Monday"),
    ("vn-ai-law", "adopted", THU, ("in_force", C), "Vietnam's AI law took effect on Monday."),
    ("vn-ai-law", "consultation", THU, ("approval", C), "Vietnamese deputies debated the draft Law on Artificial "
                                                        "Intelligence in the National Assembly on Friday."),
    ("asean-defa", "approval", MON, ("adopted", C), "ASEAN leaders, who met on Friday, signed the DEFA."),
    ("my-ai-bill", "drafting", MON, ("approval", C), "Menteri berkata pada Rabu bahawa RUU AI telah dibentangkan."),
    ("id-ai-perpres", "approval", WED, ("adopted", C), "Presiden Prabowo meneken Perpres AI pada Jumat (27/11/2026)."),
    ("asean-defa", "approval", THU, None, "ASEAN leaders will sign the DEFA on Thursday."),
    ("id-ai-perpres", "approval", WED, None, "Presiden belum meneken Perpres AI pekan ini."),
    ("vn-ai-law", "approval", THU, None, "Quốc hội sẽ thông qua Luật AI trong tuần này."),
]


# A weekday with its own date right after it ("Jumat (4/12)", "Rabu, 2 Disember", "on Friday, December 4", "วันอังคารที่
# 8 ธ.ค."): that date, a year-less one the nearer such day; Vietnamese "sáng mai", "chiều mai" (tomorrow morning, afternoon).
DATED = [
    ("id-ai-perpres", "approval", WED, ("expected", "adopted", "2026-12-04"), "Perpres AI Diteken Jumat (4/12)"),
    ("id-ai-perpres", "approval", WED, ("expected", "adopted", "2026-12-07"), "Prabowo Teken Perpres AI Senin (7/12)"),
    ("id-ai-perpres", "approval", TUE, ("adopted", C), "Prabowo Teken Perpres AI Senin (30/11)"),
    ("my-ai-bill", "drafting", MON, ("expected", "approval", "2026-12-02"), "RUU AI dibentang Rabu, 2 Disember"),
    ("asean-defa", "approval", WED, ("expected", "adopted", "2026-12-04"), "ASEAN signs DEFA on Friday, December 4"),
    ("asean-defa", "approval", MON, ("adopted", C), "ASEAN signs DEFA on Sunday, November 29"),
    ("th-ai-law", "drafting", WED, ("expected", "approval", "2026-12-08"),
     "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ วันอังคารที่ 8 ธ.ค."),
    ("vn-ai-law", "approval", THU, ("expected", "adopted", "2026-12-04"),
     "Sáng mai, Quốc hội biểu quyết thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", THU, ("expected", "adopted", "2026-12-04"), "Quốc hội thông qua Luật AI chiều mai"),
    ("vn-ai-law", "approval", THU, ("adopted", C), "Sáng nay, Quốc hội thông qua Luật Trí tuệ nhân tạo."),
]


# "This month", "this year" are either side of the publication like "this week": a bare verb with one asks a person
# ("Perpres AI Diteken Bulan Ini" is a target as often as a report); "earlier this month", a past form report.
PERIODS = [
    ("id-ai-perpres", "approval", WED, ("adopted", P), "Perpres AI Diteken Bulan Ini"),
    ("my-ai-bill", "drafting", WED, ("approval", P), "RUU AI dibentang bulan ini"),
    ("asean-defa", "approval", WED, ("adopted", P), "ASEAN signs DEFA this month"),
    ("vn-ai-law", "approval", WED, ("adopted", P), "Quốc hội thông qua Luật AI trong tháng này"),
    ("th-ai-law", "drafting", WED, ("approval", P), "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ เดือนนี้"),
    ("id-ai-perpres", "approval", WED, ("adopted", P), "Perpres AI Terbit Tahun Ini"),
    ("asean-defa", "approval", WED, ("adopted", C), "The DEFA was signed earlier this month, the Secretariat said."),
    ("asean-defa", "approval", WED, ("adopted", C), "ASEAN leaders sign DEFA earlier this week"),
    ("id-ai-perpres", "approval", WED, ("adopted", C), "Perpres AI telah diteken bulan ini."),
    ("vn-ai-law", "approval", WED, ("adopted", C), "Quốc hội đã thông qua Luật AI trong tháng này."),
]


@pytest.mark.parametrize(("milestone", "current", "published", "expected", "text"), CASES + NEAR + DATED + PERIODS)
def test_a_day_named_relative_to_the_publication(milestone: str, current: str, published: date, expected: tuple | None,
                                                 text: str) -> None:
    assert outcome(milestone, text, current, published) == expected


@pytest.mark.parametrize(("milestone", "current", "published", "day", "text"), [
    ("asean-defa", "approval", MON, date(2026, 11, 29), "ASEAN signs DEFA on Sunday"),
    ("asean-defa", "approval", WED, date(2026, 11, 27), "ASEAN leaders signed the DEFA on Friday, a diplomat said."),
    ("my-ai-bill", "drafting", THU, WED, "RUU AI dibentang Rabu"),
    ("my-ai-bill", "drafting", MON, date(2026, 11, 25), "RUU AI dibentangkan Rabu lalu"),
    ("id-ai-perpres", "approval", TUE, MON, "Prabowo Teken Perpres AI Senin"),
    ("id-ai-perpres", "approval", WED, MON, "Presiden Prabowo meneken Perpres AI pada Senin lalu."),
    ("vn-ai-law", "approval", MON, date(2026, 11, 27), "Quốc hội thông qua Luật AI vào thứ Sáu vừa qua"),
    ("th-ai-law", "drafting", THU, TUE, "ครม.เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ แล้วเมื่อวันอังคาร"),
    ("id-ai-perpres", "approval", TUE, MON, "Prabowo Teken Perpres AI Senin (30/11)"),
    ("asean-defa", "approval", MON, date(2026, 11, 29), "ASEAN signs DEFA on Sunday, November 29"),
    # "minggu ini" is this week, not Sunday: the report's day
    ("my-ai-bill", "drafting", THU, THU, "RUU Tadbir Urus AI telah dibentangkan di Dewan Rakyat minggu ini."),
])
def test_a_past_day_is_the_event_date(milestone: str, current: str, published: date, day: date, text: str) -> None:
    assert event_date(milestone, text, current, published) == day


@pytest.mark.parametrize(("text", "expected"), [
    ("vào thứ Sáu", date(2026, 11, 27)),
    ("Sáng thứ Hai, Quốc hội thông qua", MON),
    ("pada hari Minggu", date(2026, 11, 29)),
    ("Hội nghị Bộ trưởng Số ASEAN lần thứ 6 đã thông qua Tuyên bố", None),  # "thứ 6" is the sixth here
    ("Quốc hội khóa XV, Kỳ họp thứ 5", None),
    ("DPR mengesahkan RUU PDP minggu lalu", date(2026, 11, 26)),  # a week before, not Sunday 29 November
    ("dalam dua minggu", None),
])
def test_weekdays_and_their_look_alikes(text: str, expected: date | None) -> None:
    assert relative_date(text, THU) == expected
