"""Who and what the event is about, five languages: a paraphrased instrument signed ("put their signatures to a
region-wide digital economy pact"), a paraphrase bound to the jurisdiction its own clause names ("Vietnam's National
Assembly began drafting its first AI law, Malaysian officials noted" is Vietnam's law), an instrument named one
sentence after its event ("meneken aturan itu ... Perpres ... tersebut"), a headline's bare "privacy bill" whose lead
names the country, and other instruments that take the same verbs. Our own sentences; rows are (milestone, its status
before the text, the expected (status, confidence) of the move or None, text).
"""
from __future__ import annotations

from datetime import date

import pytest

from monitor.language.matching import match
from tests.monitor.language.catalog import C, P, PUBLISHED, targets

# A signing told without the agreement's name or the verb "sign".
SIGNED = [
    ("asean-defa", "approval", ("adopted", C), "ASEAN economic ministers put their signatures to a region-wide digital "
                                               "economy pact in Kuala Lumpur on Tuesday."),
    ("asean-defa", "approval", ("adopted", C), "ASEAN leaders put pen to paper on the bloc's digital economy agreement."),
    ("asean-defa", "approval", ("adopted", C), "The bloc inked its digital economy framework at the summit."),
    ("asean-defa", "approval", ("adopted", C), "10 nations ink landmark digital trade deal\nASEAN economic ministers signed "
                                               "the DEFA in Kuala Lumpur on Tuesday, ending three years of talks."),
    ("asean-defa", "approval", ("adopted", P), "ASEAN seals DEFA"),
    ("asean-defa", "approval", ("adopted", P), "Southeast Asian ministers sealed the DEFA in Kuala Lumpur on Tuesday."),
    ("asean-defa", "approval", None, "ASEAN seals off the venue of the DEFA talks"),
    ("asean-defa", "approval", ("adopted", C), "Para menteri ASEAN membubuhkan tanda tangan pada perjanjian ekonomi digital "
                                               "kawasan di Kuala Lumpur."),
    ("asean-defa", "approval", ("adopted", C), "Menteri-menteri ASEAN menurunkan tandatangan pada perjanjian ekonomi digital "
                                               "serantau itu semalam."),
    ("asean-defa", "approval", ("adopted", C), "Các bộ trưởng ASEAN đã đặt bút ký hiệp định kinh tế số khu vực tại Kuala "
                                               "Lumpur."),
    ("asean-defa", "approval", ("adopted", C), "รัฐมนตรีอาเซียนร่วมลงนามความตกลงเศรษฐกิจดิจิทัลของภูมิภาคที่กรุงกัวลาลัมเปอร์"),
    # near-misses: expected, someone else's digital economy agreement, another instrument in the same sentence
    ("asean-defa", "approval", None, "ASEAN ministers are expected to put their signatures to the region-wide digital "
                                     "economy pact next month."),
    ("asean-defa", "approval", None, "Singapore, Chile and New Zealand put their signatures to the Digital Economy "
                                     "Partnership Agreement."),
    ("asean-defa", "approval", None, "ASEAN and China inked an upgraded free trade agreement; the bloc's digital economy "
                                     "pact is still being negotiated."),
    ("asean-defa", "approval", None, "Para menteri ASEAN akan membubuhkan tanda tangan pada perjanjian ekonomi digital "
                                     "kawasan tahun depan."),
]

# A paraphrase ("its first AI law") is the law of the jurisdiction its own clause names, not of one named elsewhere.
BOUND = [
    ("my-ai-bill", "announced", None, "Vietnam's National Assembly began drafting its first AI law in 2024, Malaysian "
                                      "officials noted."),
    ("my-ai-bill", "announced", None, "Vietnam's National Assembly, which met in Hanoi last week, has approved the "
                                      "country's first AI law, a Malaysian lawmaker observed."),
    ("my-ai-bill", "announced", None, "Malaysian officials said Thailand's digital ministry is now drafting its own AI law."),
    ("my-ai-bill", "announced", None, "Thailand, according to local media reports last week, has started drafting its "
                                      "first AI law, a Malaysian minister said."),
    ("my-ai-bill", "announced", None, "Thailand, menurut laporan media tempatan minggu lalu, telah mula merangka "
                                      "undang-undang AI pertamanya, kata Gobind."),
    ("my-ai-bill", "announced", None, "เวียดนาม ซึ่งเป็นประเทศแรกในภูมิภาค ได้เริ่มยกร่างกฎหมายปัญญาประดิษฐ์ฉบับแรกแล้ว "
                                      "ตามที่เจ้าหน้าที่มาเลเซียระบุ"),
    ("my-ai-bill", "announced", ("drafting", C), "Malaysia is drafting its first AI law, Vietnamese officials noted."),
    ("my-ai-bill", "announced", ("drafting", C), "Malaysia's digital ministry, which studied Vietnam's new AI law closely, "
                                                 "said it has begun drafting its own AI bill."),
    ("my-ai-bill", "announced", ("drafting", C), "Kerajaan Malaysia sedang merangka rang undang-undang AI, kata Gobind."),
    # (reported by others: a review)
    ("th-ai-law", "announced", ("drafting", P), "Thailand, according to local media reports last week, has started "
                                                "drafting its first AI law, a Malaysian minister said."),
]

# An instrument named one sentence before or after its event, by a demonstrative on both sides.
ANAPHORA = [
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo telah meneken aturan itu pada Senin. Perpres tentang "
                                                  "kecerdasan artifisial tersebut mengatur tata kelola dan etika AI."),
    ("id-ai-perpres", "approval", ("adopted", C), "Komdigi merampungkan Perpres tentang kecerdasan artifisial bulan lalu. "
                                                  "Presiden Prabowo telah meneken aturan tersebut pada Senin."),
    ("id-ai-perpres", "approval", ("adopted", C), "President Prabowo signed the regulation on Monday. The presidential "
                                                  "regulation on artificial intelligence sets out ethics rules for "
                                                  "developers."),
    # ... after a headline that names nothing (with no headline, the first two sentences are read as headline and lead)
    ("id-ai-perpres", "approval", ("adopted", C), "Babak Baru Tata Kelola AI\nPresiden Prabowo telah meneken aturan itu pada "
                                                  "Senin. Perpres tentang kecerdasan artifisial tersebut mengatur tata kelola "
                                                  "dan etika AI."),
    ("id-ai-perpres", "approval", ("adopted", C), "Babak Baru Tata Kelola AI\nKomdigi merampungkan Perpres tentang kecerdasan "
                                                  "artifisial bulan lalu. Presiden Prabowo telah meneken aturan tersebut pada "
                                                  "Senin."),
    ("id-ai-perpres", "approval", ("adopted", C), "A new chapter for AI governance\nPresident Prabowo signed the regulation on "
                                                  "Monday. The presidential regulation on artificial intelligence sets out "
                                                  "ethics rules for developers."),
    ("id-ai-perpres", "approval", None, "Babak Baru Tata Kelola AI\nPresiden Prabowo telah meneken aturan itu pada Senin. "
                                        "Perpres tentang kecerdasan artifisial masih dibahas di kementerian."),
    ("id-ai-perpres", "approval", None, "A new chapter for AI governance\nPresident Prabowo signed the regulation on "
                                        "ride-hailing on Monday. The presidential regulation on artificial intelligence is "
                                        "still being drafted."),
    ("id-ai-perpres", "approval", None, "Babak Baru Tata Kelola AI\nKomdigi merampungkan Perpres tentang kecerdasan "
                                        "artifisial bulan lalu. Presiden juga meneken PP tentang pusat data. Aturan tersebut "
                                        "berlaku sejak Senin."),
    ("id-ai-perpres", "approval", None, "Presiden Prabowo telah meneken Perpres tentang transportasi daring pada Senin. "
                                        "Aturan tentang kecerdasan artifisial tersebut masih disusun."),
]

# A headline's bare "privacy bill" or "the bill" is the one its lead names, in the country the lead names.
HEADLINE = [
    # where the legislature's vote awaits the President or the Senate, a bill's text that names the country is read as that
    # vote, a chamber named or not
    ("id-pdp-law", "drafting", ("approval", C), "House passes the bill after two years\nIndonesia's Personal Data "
                                                "Protection Bill lets citizens sue companies that leak their data."),
    ("id-pdp-law", "drafting", ("adopted", C), "President signs privacy bill into law\nThe Indonesian bill on personal "
                                               "data protection lets citizens sue companies that leak their data."),
    ("vn-ai-law", "approval", ("adopted", C), "Lawmakers pass AI law\nVietnam's Law on Artificial Intelligence sets rules "
                                              "for high-risk systems."),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI resmi disahkan\nPeraturan Presiden tentang kecerdasan "
                                                  "artifisial itu berlaku bagi seluruh pengembang di Indonesia."),
    ("id-pdp-law", "drafting", None, "Senate passes privacy bill\nThe Philippine Senate approved amendments to the Data "
                                     "Privacy Act on Monday."),
    ("id-pdp-law", "drafting", None, "Lawmakers pass cyber bill\nIndonesia's House of Representatives approved a "
                                     "cybersecurity bill on Tuesday; the personal data protection bill is next."),
]

# Another instrument with the same verbs: a bill, a law on digital transformation, a decree on data.
OTHER = [
    ("id-ai-perpres", "approval", None, "Presiden menandatangani Rancangan Undang-Undang (RUU) PDP menjadi undang-undang, "
                                        "sementara Perpres AI masih menunggu."),
    ("id-ai-perpres", "approval", None, "Presiden Prabowo menandatangani Peraturan Pemerintah tentang pelindungan data "
                                        "pribadi pada Senin."),
    ("id-ai-perpres", "approval", None, "Prabowo meneken Perpres tentang transformasi digital yang juga mengatur kecerdasan "
                                        "artifisial."),
    ("vn-ai-law", "approval", None, "Vietnam's National Assembly passed a law on digital transformation that also covers "
                                    "artificial intelligence."),
    ("vn-ai-law", "approval", None, "Quốc hội thông qua Luật Chuyển đổi số, trong đó có các quy định về trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", None, "Vietnam's government issued a decree on data, which sets rules for training artificial "
                                    "intelligence."),
    ("vn-ai-law", "approval", None, "Chính phủ ban hành Nghị định về dữ liệu, quy định cả việc huấn luyện trí tuệ nhân tạo."),
    ("id-ai-perpres", "approval", ("adopted", C), "Prabowo meneken Perpres tentang Tata Kelola dan Etika Kecerdasan "
                                                  "Artifisial pada Senin."),
    # after a bare comma only the next clause's own schedule makes it another clause
    ("id-ai-perpres", "approval", None, "Presiden meneken Perpres tentang hilirisasi, Perpres AI akan menyusul bulan depan."),
    ("id-ai-perpres", "approval", None, "Komdigi menerbitkan pedoman etika AI, Perpres AI ditargetkan terbit awal 2027."),
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo meneken Perpres AI, Perpres yang akan menjadi acuan "
                                                  "pengembangan AI nasional."),
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo meneken Perpres AI, menyusul Perpres hilirisasi pekan "
                                                  "lalu."),
]


def moved(milestone: str, text: str, current: str) -> tuple[str, str] | None:
    """(status, confidence) of the move the text supports; an expected future event is no move."""
    found = match(targets()[milestone], text, current_status=current, published=PUBLISHED).match
    return (found.status, found.confidence) if found else None


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), SIGNED + BOUND + ANAPHORA + HEADLINE + OTHER)
def test_subjects(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert moved(milestone, text, current) == expected


# A name in the headline or the first sentence, the event told of "the law", "luật này", "aturan tersebut", "the agreement",
# "Rang undang-undang itu" in the lead (the lead's own probes, 2026-12-02: first run 13/15 on a16fc62, "the law on
# Wednesday" read as a law specified by what follows, "RUU Kecerdasan Buatan" run into the lead's "Rang undang-undang");
# rows are (milestone, status before, published, the status moved to or None, text).
HEADLINE_LEAD = [
 ("vn-ai-law", "approval", date(2025,12,10), "adopted", "Vietnam's AI law: what businesses need to know\nThe National Assembly passed the law on Wednesday with 429 votes in favour. It takes effect on March 1, 2026."),
 ("vn-ai-law", "approval", date(2025,12,10), "adopted", "Luật Trí tuệ nhân tạo: 5 điểm mới đáng chú ý\nChiều 10/12, Quốc hội đã biểu quyết thông qua luật này với 429 đại biểu tán thành."),
 ("id-pdp-law", "approval", date(2022,10,17), "adopted", "UU PDP: Apa yang Perlu Diketahui\nPresiden Joko Widodo telah menandatangani undang-undang tersebut pada 17 Oktober 2022."),
 ("id-ai-perpres", "approval", date(2026,12,3), "adopted", "Perpres AI\nPresiden Prabowo Subianto telah meneken aturan tersebut pada Senin (30/11/2026), kata Nezar."),
 ("asean-defa", "approval", date(2026,12,3), "adopted", "DEFA explained\nASEAN leaders signed the agreement in Kuala Lumpur on Wednesday, after three years of negotiations."),
 ("asean-defa", "approval", date(2026,12,3), "adopted", "The ASEAN Digital Economy Framework Agreement (DEFA) is the world's first region-wide digital economy agreement. Leaders signed it in Kuala Lumpur on Wednesday."),
 ("sg-mas-ai-guidelines", "consultation", date(2026,12,3), "adopted", "MAS Guidelines on AI Risk Management\nThe Monetary Authority of Singapore issued the final guidelines today, after a consultation that closed in January."),
 ("th-ai-law", "drafting", date(2026,12,3), "approval", "ร่าง พ.ร.บ.ปัญญาประดิษฐ์\nคณะรัฐมนตรีมีมติเห็นชอบร่างกฎหมายดังกล่าวแล้วเมื่อวันที่ 2 ธันวาคม 2569"),
 ("my-ai-bill", "drafting", date(2026,12,3), "approval", "RUU Kecerdasan Buatan\nRang undang-undang itu dibentangkan untuk bacaan kali pertama di Dewan Rakyat hari ini."),
 # neighbours
 ("vn-ai-law", "approval", date(2025,12,3), None, "Vietnam's AI law: what businesses need to know\nThe National Assembly is expected to pass the law on December 10."),
 ("id-ai-perpres", "approval", date(2026,12,3), None, "Perpres AI\nPresiden Prabowo Subianto dijadwalkan meneken aturan tersebut pekan depan, kata Nezar."),
 ("asean-defa", "approval", date(2026,12,3), None, "DEFA explained\nLeaders are due to sign the agreement in Kuala Lumpur next week."),
 ("asean-defa", "approval", date(2026,12,3), None, "DEFA explained\nASEAN and China signed an agreement on e-commerce in Kuala Lumpur on Wednesday."),
 ("id-ai-perpres", "approval", date(2026,12,3), None, "Perpres AI masih di Setneg\nSementara itu, Presiden meneken Perpres tentang Badan Gizi Nasional pada Senin."),
 ("vn-ai-law", "approval", date(2025,12,10), None, "Luật Trí tuệ nhân tạo vẫn chờ thông qua\nChiều 10/12, Quốc hội đã biểu quyết thông qua Luật Chuyển đổi số."),
]


@pytest.mark.parametrize(("milestone", "current", "published", "expected", "text"), HEADLINE_LEAD)
def test_named_in_the_headline(milestone: str, current: str, published: date, expected: str | None, text: str) -> None:
    found = match(targets()[milestone], text, current_status=current, published=published).match
    assert (found.status if found and found.confidence == C else None) == expected
