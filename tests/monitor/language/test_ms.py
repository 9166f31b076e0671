"""Malay: each failure kind of issue 11 that Malaysian text shows, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, event_date, outcome

CASES = [
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus Kecerdasan Buatan dibentangkan untuk bacaan kali "
                                                "pertama di Dewan Rakyat hari ini."),
    # paraphrase: a bill on artificial intelligence, in Malay, names Malaysia
    ("my-ai-bill", "drafting", ("approval", C), "Rang undang-undang berkaitan kecerdasan buatan dibentangkan di "
                                                "Dewan Rakyat oleh Menteri Digital."),
    # words between actor and verb
    ("my-ai-bill", "drafting", ("approval", C), "Menteri Digital Gobind Singh Deo, dalam sidang pagi tadi, "
                                                "membentangkan RUU AI."),
    # future framing, postponement
    ("my-ai-bill", "drafting", None, "RUU AI dijangka dibentangkan di Parlimen tahun depan."),
    ("my-ai-bill", "drafting", None, "Pembentangan RUU Tadbir Urus Kecerdasan Buatan ditangguhkan ke sesi "
                                     "seterusnya."),
    ("my-ai-bill", "drafting", None, "Kerajaan akan membentangkan RUU AI selepas konsultasi awam."),
    ("my-ai-bill", "drafting", None, "Pembentangan RUU AI dibatalkan minggu ini."),
    # another country, another instrument
    ("my-ai-bill", "drafting", None, "DPR Indonesia membentangkan RUU Kecerdasan Buatan mereka."),
    ("my-ai-bill", "drafting", None, "Kabinet meluluskan Pelan Hala Tuju Kecerdasan Buatan Negara; RUU AI masih "
                                     "dirangka."),
    ("asean-defa", "approval", ("adopted", C), "Para pemimpin ASEAN menandatangani Perjanjian Rangka Kerja Ekonomi "
                                               "Digital di Kuala Lumpur."),
    ("asean-defa", "approval", None, "Malaysia menyasarkan DEFA dimeterai sebelum hujung tahun."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_malay(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


def test_event_date_in_a_malay_dateline() -> None:
    text = "KUALA LUMPUR, 1 Dis -- RUU Tadbir Urus Kecerdasan Buatan dibentangkan di Dewan Rakyat."
    assert event_date("my-ai-bill", text, "drafting") == date(2026, 12, 1)
