"""Headlinese in five languages: the verbs, passives and kickers of headlines, in our own sentences, each shape with
the real headline it comes from and a sentence of the same shape that must not move."""
from __future__ import annotations

import pytest

from tests.monitor.language.catalog import C, outcome

# Headline verbs of approval: "OKs", "clears", "green-lights" for a cabinet or a legislature, "gives (the) nod"
# ("Six Obama Cabinet picks win Senate OK", nbcnews.com/id/wbna28770835; "Senate Gives Quick Approval to 7 Bush
# Cabinet Appointees", latimes.com/archives/la-xpm-2001-jan-21-mn-15161-story.html); "clears the way" is a plan.
VERBS = [
    ("th-ai-law", "drafting", ("approval", C), "Cabinet clears Thai AI law"),
    ("th-ai-law", "drafting", ("approval", C), "Cabinet OKs Thailand's draft AI Act"),
    ("th-ai-law", "drafting", ("approval", C), "Thai cabinet green-lights draft AI Act"),
    ("th-ai-law", "drafting", ("approval", C), "Cabinet gives green light to Thai AI law"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam lawmakers greenlight AI law"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam's National Assembly OKs AI law"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam's National Assembly clears Law on Artificial Intelligence"),
    ("vn-ai-law", "approval", ("adopted", C), "Lawmakers give nod to Vietnam's AI law"),
    ("vn-ai-law", "approval", None, "National Assembly clears the way for AI law"),
    ("th-ai-law", "drafting", None, "Cabinet clears way for Thai AI law"),
    ("vn-ai-law", "approval", None, "Lawmakers made it clear that Vietnam's AI law would protect users"),
]

# The instrument first and the body its object, the headline's order: the Cabinet's or one chamber's stage ("Thai AI
# Act passes Cabinet" was a certain adoption), the unicameral legislature's vote ("Five Bills passed by Commons",
# parliament.uk/business/news/2010/04/five-bills-passed-by-commons), not its committee's.
OBJECT = [
    ("th-ai-law", "drafting", ("approval", C), "Thai AI Act passes Cabinet"),
    ("th-ai-law", "drafting", ("approval", C), "Thailand's draft AI Act clears Cabinet"),
    ("my-ai-bill", "drafting", ("approval", C), "AI Governance Bill sails through Dewan Rakyat"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam's AI law sails through parliament"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam's AI law clears National Assembly"),
    ("vn-ai-law", "approval", ("adopted", C), "AI law approved by Vietnam's parliament"),
    # Indonesia's parliament is the DPR, whose vote awaits the President's signature: its stage however the headline
    # orders it ("PDP Law approved by Indonesia's parliament" was a certain adoption for a moment)
    ("id-pdp-law", "drafting", ("approval", C), "PDP Law approved by Indonesia's parliament"),
    ("id-pdp-law", "drafting", ("approval", C), "PDP Law sails through Indonesian parliament"),
    ("id-pdp-law", "drafting", ("approval", C), "Indonesian lawmakers approve PDP Law"),
    ("id-pdp-law", "drafting", ("approval", C), "Indonesia's parliament OKs PDP Law"),
    ("th-ai-law", "drafting", None, "Thai AI Act fails to pass Cabinet"),
    ("th-ai-law", "drafting", None, "Thai AI Act to pass Cabinet next week"),
    ("vn-ai-law", "approval", None, "The Law on Artificial Intelligence, expected to be approved by the National Assembly "
                                    "next month"),
]

# Indonesian headlines of the DPR's vote (approval: the President's signature adopts): the gavel, "Resmi Jadi UU",
# "Lolos di Paripurna" ("Sah! Omnibus Law RUU Cipta Kerja Resmi Menjadi Undang-undang, Diketok Palu oleh DPR RI",
# lingkarkediri.pikiran-rakyat.com/nasional/pr-67802584; "Puan Maharani Tolak Interupsi Saat Ketuk Palu RUU Ibu Kota
# Negara", portal-islam.id/2022/01/puan-maharani-tolak-interupsi-saat.html); awaiting the signature in the headline's
# words ("tunggu", "di meja Presiden": "sudah mengantre di meja kerja Jokowi", suarakaltim.com/suara-kaltim/sederet-
# aturan-mengantre-di-meja-jokowi).
INDONESIAN = [
    ("id-pdp-law", "drafting", ("approval", C), "DPR Ketok Palu RUU PDP Jadi UU"),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP Diketok Palu di Paripurna"),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP Resmi Jadi UU"),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP Lolos di Paripurna DPR"),
    ("id-ai-perpres", "consultation", ("approval", C), "Perpres AI Tinggal Tunggu Tanda Tangan Prabowo"),
    ("id-ai-perpres", "consultation", ("approval", C), "Perpres AI Sudah di Meja Presiden"),
    ("id-pdp-law", "drafting", None, "Jalan Panjang RUU PDP Jadi UU"),
    ("id-pdp-law", "drafting", None, "RUU PDP Gagal Lolos Paripurna DPR"),
    ("id-pdp-law", "drafting", None, "DPR Bakal Ketok Palu RUU PDP Pekan Depan"),
    ("id-ai-perpres", "consultation", None, "Perpres AI belum sampai di meja Presiden"),
]

# The headline's passive of receiving: "gets/wins/secures Cabinet nod" reports the approval; "to get", "set to win",
# "could get", "fails to win" do not.
RECEIVED = [
    ("th-ai-law", "drafting", ("approval", C), "Thai AI law gets Cabinet nod"),
    ("th-ai-law", "drafting", ("approval", C), "Thai AI law gets Cabinet green light"),
    ("th-ai-law", "drafting", ("approval", C), "Thai AI law wins Cabinet approval"),
    ("th-ai-law", "drafting", ("approval", C), "Thailand's draft AI Act secures final Cabinet approval"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam AI law wins National Assembly approval"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam's AI law gets National Assembly's nod"),
    ("vn-ai-law", "approval", None, "Vietnam's AI law awaits National Assembly approval"),
    ("vn-ai-law", "approval", None, "The Law on Artificial Intelligence is expected to win National Assembly approval in "
                                    "December"),
    ("th-ai-law", "drafting", None, "Thai AI law set to win Cabinet approval"),
    ("th-ai-law", "drafting", None, "Thai AI law fails to win Cabinet approval"),
    ("th-ai-law", "drafting", None, "Thai AI law could get Cabinet nod next week"),
    ("th-ai-law", "drafting", None, "Thai AI law awaits Cabinet nod"),
    ("th-ai-law", "drafting", None, "Thai AI law to get Cabinet nod"),
    ("th-ai-law", "drafting", None, "Thai AI law expected to get Cabinet nod"),
]

# The headline that is only the grant and what it is for ("Cabinet nod for probe into Gujarat's snooping scandal",
# timesofindia.indiatimes.com/india/Cabinet-nod-for-probe-into-Gujarats-snooping-scandal/articleshow/27964554.cms) reports
# it; in a lead, or sought, awaited, denied or expected, it does not.
GRANTED = [
    ("th-ai-law", "drafting", ("approval", C), "Cabinet nod for Thai AI law"),
    ("th-ai-law", "drafting", ("approval", C), "Thai Cabinet nod for draft AI Act"),
    ("th-ai-law", "drafting", ("approval", C), "Cabinet green light to Thailand's draft AI Act"),
    ("th-ai-law", "drafting", ("approval", C), "Cabinet's go-ahead for Thai AI law"),
    ("th-ai-law", "drafting", None, "Cabinet nod for Thai AI law expected next week"),
    ("th-ai-law", "drafting", None, "No Cabinet nod for Thai AI law"),
    ("th-ai-law", "drafting", None, "Ministry seeks Cabinet nod for Thai AI law"),
    ("th-ai-law", "drafting", None, "Officials said the Cabinet nod for Thai AI law would take time"),
]

# A question reports nothing, in quotes too ("'DEFA signed?'"), and a completed form in it is no evidence ("RUU AI
# sudah dibentang?"); a question after a colon or dash is the kicker's own ("Vietnam passes AI law: what's next?").
QUESTIONS = [
    ("asean-defa", "approval", None, "'DEFA signed?'"),
    ("asean-defa", "approval", None, "“DEFA signed?”"),
    ("asean-defa", "approval", None, "Has the DEFA been signed?"),
    ("my-ai-bill", "drafting", None, "RUU AI sudah dibentang? Ini jawapan menteri"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam passes AI law: what's next?"),
    ("vn-ai-law", "approval", ("adopted", C), "Vietnam passes AI law – what does it mean?"),
    ("vn-ai-law", "adopted", ("in_force", C), "Luật AI có hiệu lực: Doanh nghiệp cần làm gì?"),
    ("asean-defa", "approval", None, "Explainer: Will ASEAN sign DEFA?"),
]

# Malay headlines drop the verb's prefix: "Parlimen lulus 10 rang undang-undang" (sinarharian.com.my/article/98637),
# "Kabinet setuju draf RUU anti-lompat parti, kata Wan Junaidi" (freemalaysiatoday.com 2022/07/14 kabinet-sebulat-suara-
# setuju-ruu-anti-lompat-kata-wan-junaidi); the Cabinet's approval of a bill is its stage, never its passage; a day
# ahead ("dibentang 1 Disember depan", kosmo.com.my 2025/10/24 11-dasar-tribunal-anti-buli-dibentang-1-disember-depan)
# and a request ("diminta") are no event.
MALAY = [
    ("my-ai-bill", "drafting", ("approval", C), "Kabinet luluskan RUU AI"),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI diluluskan Kabinet"),
    ("my-ai-bill", "drafting", ("approval", C), "Kabinet setuju draf RUU AI, kata Gobind"),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat luluskan RUU AI"),
    ("my-ai-bill", "drafting", ("approval", C), "Kerajaan bentang RUU AI"),
    ("my-ai-bill", "drafting", ("approval", C), "Gobind bentang RUU Tadbir Urus AI di Dewan Rakyat"),
    ("my-ai-bill", "approval", ("adopted", C), "Dewan Negara luluskan RUU AI"),
    ("my-ai-bill", "drafting", None, "Kerajaan diminta bentang RUU AI"),
    ("my-ai-bill", "drafting", None, "Kerajaan bakal bentang RUU AI"),
    ("my-ai-bill", "drafting", None, "RUU AI dibentang 14 Disember depan"),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentang demi masa depan digital negara"),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI terbit untuk masa depan industri"),
    ("my-ai-bill", "drafting", None, "Kabinet tidak setuju draf RUU AI"),
]

# Thai: the gazette without its preposition ("ประกาศราชกิจจาฯ แล้ว"), in force told short ("มีผลแล้ว", "มีผลตั้งแต่วันนี้"),
# the phrasing of the Royal Gazette's own clauses ("ให้มีผลใช้บังคับนับตั้งแต่วันประกาศ", aphirakn.blogspot.com/2016/06/
# blog-post.html); "มีผลต่อ" (affects) and "รอประกาศ" (awaits publication) are not.
THAI = [
    ("th-ai-law", "approval", ("adopted", C), "ประกาศราชกิจจาฯ แล้ว! พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "approval", ("adopted", C), "พ.ร.บ. ปัญญาประดิษฐ์ ประกาศราชกิจจานุเบกษาแล้ว"),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ มีผลแล้ว"),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ มีผลตั้งแต่วันนี้"),
    ("th-ai-law", "adopted", None, "พ.ร.บ. ปัญญาประดิษฐ์ มีผลต่อธุรกิจอย่างไร"),
    ("th-ai-law", "approval", None, "รอประกาศราชกิจจาฯ พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "adopted", ("expected", "in_force", "2027-01-01"),
     "พ.ร.บ. ปัญญาประดิษฐ์ จะมีผลตั้งแต่วันที่ 1 มกราคม 2570"),
]

# Vietnamese "Trước thềm ..." (on the eve of) is the headline's "ahead of"; "Hôm nay" and "Chính thức" report, and so
# does the verb in a headline's scare quotes ("một lần cho ý kiến, một lần thông qua" in quotes, luatsukhanhhoa.com/
# luat-sua-nhieu-luat-nghi-quyet-go-diem-nghen-475-1-2-a.html), unless hedged or asked.
VIETNAMESE = [
    ("vn-ai-law", "approval", None, "Trước thềm thông qua Luật AI"),
    ("vn-ai-law", "approval", None, "Trước thềm Quốc hội thông qua Luật AI, doanh nghiệp lo ngại"),
    ("vn-ai-law", "adopted", None, "Trước thềm Luật Trí tuệ nhân tạo có hiệu lực"),
    ("vn-ai-law", "approval", ("adopted", C), "Hôm nay, Quốc hội thông qua Luật AI"),
    ("vn-ai-law", "approval", ("adopted", C), "Luật AI được Quốc hội “thông qua”"),
    ("vn-ai-law", "approval", ("adopted", C), "Quốc hội \"thông qua\" Luật Trí tuệ nhân tạo"),
    ("vn-ai-law", "approval", ("adopted", C), "Luật AI đã chính thức được 'thông qua'"),
    ("vn-ai-law", "approval", None, "Luật AI sẽ được Quốc hội “thông qua”"),
    ("vn-ai-law", "approval", None, "Luật AI được Quốc hội “thông qua”?"),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"),
                         VERBS + OBJECT + INDONESIAN + RECEIVED + GRANTED + QUESTIONS + MALAY + THAI + VIETNAMESE)
def test_headlines(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected

