"""Indonesian: each failure kind of issue 11, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, event_date, outcome

CASES = [
    # paraphrased subject: the instrument's kind and topic in Indonesian name Indonesia by themselves
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo menandatangani Peraturan Presiden Nomor 12 Tahun "
                                                  "2026 tentang Peta Jalan Kecerdasan Artifisial Nasional."),
    ("id-ai-perpres", "approval", ("adopted", C), "Peraturan Presiden tentang Etika Kecerdasan Artifisial resmi "
                                                  "diundangkan pada Senin (30/11)."),
    # words between actor and verb
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden, setelah rapat terbatas di Istana, akhirnya resmi meneken "
                                                  "Perpres AI."),
    # a future effective date in the signing story
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI telah ditandatangani hari ini dan berlaku mulai "
                                                  "1 Januari 2027."),
    ("id-ai-perpres", "adopted", ("expected", "in_force", "2027-01-01"), "Perpres AI berlaku mulai 1 Januari 2027."),
    # postponed, cancelled
    ("id-ai-perpres", "approval", None, "Penandatanganan Perpres AI ditunda hingga tahun depan."),
    ("id-ai-perpres", "approval", None, "Rencana pengesahan Perpres AI batal karena masih ada keberatan."),
    # future framing around a noun and a verb
    ("id-ai-perpres", "approval", None, "Pengesahan Perpres AI ditargetkan rampung awal tahun depan."),
    ("id-ai-perpres", "approval", None, "Menkomdigi menyebut Perpres AI segera diteken Presiden."),
    ("id-ai-perpres", "approval", None, "Perpres AI belum juga diterbitkan meski drafnya sudah selesai."),
    ("asean-defa", "approval", None, "Indonesia berharap DEFA dapat ditandatangani pada KTT mendatang."),
    # another instrument with the same verbs
    ("id-ai-perpres", "drafting", None, "Izin prakarsa penyusunan Rancangan Perpres AI telah dikirim ke Sekretariat "
                                        "Negara."),
    ("id-ai-perpres", "approval", None, "Komdigi menerbitkan Surat Edaran tentang Etika Kecerdasan Artifisial, "
                                        "sambil menunggu Perpres AI."),
    ("id-ai-perpres", "approval", None, "OJK meluncurkan Panduan Tata Kelola Kecerdasan Artifisial Perbankan; "
                                        "pemerintah masih menyiapkan Perpres AI."),
    ("id-pdp-law", "in_force", None, "Uni Eropa mencabut sebagian aturan perlindungan data pribadi."),
    # a future period right after the event word: announced, not reported
    ("id-ai-perpres", "approval", ("expected", "adopted", "2027-Q1"), "Draf Perpres AI rampung, terbit awal 2027"),
    # a plenary that only extends the deliberation is no step
    ("id-pdp-law", "drafting", None, "DPR memperpanjang pembahasan RUU Perlindungan Data Pribadi dalam Rapat Paripurna."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_indonesian(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


def test_dates_resolve_against_the_publication() -> None:
    text = "Presiden Prabowo meneken Perpres AI pada Senin (30/11), dan aturan itu berlaku 1 Januari 2027."
    assert event_date("id-ai-perpres", text, "approval") == date(2026, 11, 30)
    text = "Presiden menandatangani Perpres AI kemarin."
    assert event_date("id-ai-perpres", text, "approval") == date(2026, 12, 2)
