"""An instrument's number in its own title reports the adoption: numbers are given when an act is signed or
issued, so an official register's row ("Peraturan Presiden Nomor 12 Tahun 2026 · tentang ... Kecerdasan
Artifisial") is the news, verb or not. Drafts, bills and other instruments' numbers are not.

Title shapes (own titles, real forms): peraturan.go.id rows "Peraturan Presiden Nomor 98 Tahun 2025" over
"tentang ..." and peraturan.info "Perpres No. 12 Tahun 2026" (sources-audit.md); vbpl.vn "Nghị định
142/2026/NĐ-CP"; Royal Gazette titles "พระราชบัญญัติ ... พ.ศ. 2562"; "Republic Act No. 11232"; Malaysian
"Akta Perlindungan Data Peribadi 2010 (Akta 709)".
"""
from __future__ import annotations

from datetime import date

import pytest

from monitor.language.normalise import PARAGRAPH
from tests.monitor.language.catalog import C, event_date, outcome, user_milestone

CASES = [
    ("id-ai-perpres", "approval", ("adopted", C),
     f"Peraturan Presiden Nomor 12 Tahun 2026{PARAGRAPH}tentang Peta Jalan Kecerdasan Artifisial Nasional"),
    ("id-ai-perpres", "approval", ("adopted", C),
     f"Perpres No. 12 Tahun 2026{PARAGRAPH}Peta Jalan Kecerdasan Artifisial Nasional Tahun 2026-2029"),
    ("id-ai-perpres", "approval", ("adopted", C),
     "Peraturan Presiden Nomor 12 Tahun 2026 tentang Tata Kelola dan Etika Kecerdasan Artifisial"),
    ("th-ai-law", "consultation", ("adopted", C), "พระราชบัญญัติว่าด้วยการส่งเสริมและกำกับดูแลปัญญาประดิษฐ์ พ.ศ. ๒๕๖๙"),
    ("vn-ai-decree", "approval", ("adopted", C),
     "Nghị định số 142/2026/NĐ-CP quy định chi tiết một số điều của Luật Trí tuệ nhân tạo"),
    ("vn-ai-law", "approval", ("adopted", C), "Law No. 134/2025/QH15 on Artificial Intelligence"),
    ("ph-ai-bill", "approval", ("adopted", C), "Republic Act No. 12345 on artificial intelligence regulation in the "
                                               "Philippines"),
    ("my-ai-bill", "drafting", ("adopted", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 (Akta 870)"),
    # a draft carries a year in Thai, and a bill its own number
    ("th-ai-law", "consultation", None, "ร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ พ.ศ. 2569 เปิดรับฟังความคิดเห็นถึงสิ้นเดือน"),
    ("ph-ai-bill", "approval", None, "Senate Bill No. 25, the proposed Artificial Intelligence Regulation Act, was "
                                     "approved on second reading."),
    # another instrument's number in the same sentence, or an implementing act's number, is not this one's
    ("id-ai-perpres", "approval", None, "Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi "
                                        "Digital menjadi acuan, sementara Perpres AI masih disusun."),
    ("vn-ai-law", "approval", None, "Decree No. 142/2026/ND-CP detailing the Law on Artificial Intelligence"),
    ("my-ai-bill", "drafting", None, "Akta Perlindungan Data Peribadi 2010 (Akta 709) dipinda, manakala RUU AI "
                                     "masih digubal."),
    # the year of an act's title is no number: "the proposed advisory guidelines on key concepts in the Personal Data
    # Protection Act 2012" (a PDPC consultation, 2013) adopts nothing; "Akta A1727", an amending act's number, does
    (user_milestone("SG", en=("Advisory Guidelines on Key Concepts in the Personal Data Protection Act",)), "drafting",
     None, "The PDPC issued 3 consultation papers to seek public feedback on the proposed advisory guidelines on key "
           "concepts in the Personal Data Protection Act 2012."),
    (user_milestone("MY", ms=("Akta Perlindungan Data Peribadi (Pindaan) 2024",)), "approval", ("adopted", C),
     "Akta Perlindungan Data Peribadi (Pindaan) 2024 (Akta A1727)"),
    # hedged as any event is
    ("id-ai-perpres", "approval", None, "Perpres AI akan terbit sebagai Peraturan Presiden Nomor 12 Tahun 2026 "
                                        "tentang Kecerdasan Artifisial."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_a_numbered_title(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


def test_the_register_row_dates_the_move_by_its_publication() -> None:
    row = f"Peraturan Presiden Nomor 12 Tahun 2026{PARAGRAPH}tentang Peta Jalan Kecerdasan Artifisial Tahun 2026-2029"
    assert event_date("id-ai-perpres", row, "approval", date(2026, 11, 30)) == date(2026, 11, 30)
