"""Never silence: an event word the rules cannot tie to the instrument is still a review, with its reason.

First-exposure misses of real reports showed the ties the rules do not know: the name a sentence before ("RUU
tersebut masih dalam tahap harmonisasi", gatra.com, a PDP-bill report), a document's word between the chamber and
the bill ("Quốc hội nghe trình bày Tờ trình và Báo cáo thẩm tra về dự án Luật Trí tuệ nhân tạo", a 21 November 2025
Assembly report). Our own sentences in those shapes; the rows are (milestone, its status before, text, status).
The near-misses must stay silent: another instrument is the event's subject or object, the headline overstates what
the lead only expects, the step is dated as background, or the document is what was launched.
"""
from __future__ import annotations

import pytest

from tests.monitor.language.catalog import P, catalog_match, outcome

REVIEWED = [
    ("vn-ai-law", "drafting", "Sáng 21/11, Quốc hội nghe Tờ trình và Báo cáo thẩm tra về dự án Luật Trí tuệ nhân tạo.",
     "approval"),
    ("id-ai-perpres", "drafting", "Perpres AI jadi sorotan. Laporan Komdigi menyebut rancangan itu kini diharmonisasi "
                                  "di Kemenkum.", "approval"),
]

SILENT = [
    ("sg-imda-agentic-ai-framework", "announced", "Singapore's Model AI Governance Framework for Agentic AI draws "
                                                  "interest. A report on the framework was launched today."),
    ("my-ai-bill", "announced", "Malaysia's AI Governance Bill is on the agenda. The Bill was drafted in 2023, the "
                                "report says."),
    ("id-ai-perpres", "drafting", "Perpres AI Diharmonisasi\nKomdigi menargetkan rancangan Perpres AI diharmonisasi "
                                  "bulan depan."),
    ("th-ai-law", "announced", "Thailand's AI law is on hold while the ETDA is drafting new guidelines on generative AI."),
    ("my-ai-bill", "announced", "Malaysia's AI Governance Bill in the works\nThe Digital Minister said the bill on "
                                "cybercrime is being drafted first."),
    ("vn-ai-law", "drafting", "Vietnam issued its first AI Strategy in 2021, and the AI law is now under discussion."),
]


@pytest.mark.parametrize(("milestone", "current", "text", "status"), REVIEWED)
def test_an_untied_event_is_a_review_with_its_reason(milestone: str, current: str, text: str, status: str) -> None:
    found = catalog_match(milestone, text, current)
    assert found is not None and (found.status, found.confidence) == (status, P)
    assert found.reason.startswith(f"looks like a move to {status}") and found.excerpt


@pytest.mark.parametrize(("milestone", "current", "text"), SILENT)
def test_an_event_another_instrument_or_time_takes_stays_silent(milestone: str, current: str, text: str) -> None:
    assert outcome(milestone, text, current) is None
