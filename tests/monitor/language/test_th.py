"""Thai: each failure kind of issue 11 that Thai text shows, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, event_date, outcome

CASES = [
    ("th-ai-law", "drafting", ("approval", C), "คณะรัฐมนตรีมีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์"),
    # paraphrase and words between actor and verb
    ("th-ai-law", "drafting", ("approval", C), "ที่ประชุม ครม. วันนี้ (1 ธ.ค.) มีมติอนุมัติหลักการร่างกฎหมายปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", ("approval", C), "สำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์เสร็จแล้ว"),
    # future framing and postponement
    ("th-ai-law", "drafting", None, "ครม. เตรียมพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์ในสัปดาห์หน้า"),
    ("th-ai-law", "drafting", None, "รัฐบาลคาดว่าร่างกฎหมายปัญญาประดิษฐ์จะเข้า ครม. ภายในปีนี้"),
    ("th-ai-law", "drafting", None, "การเสนอร่าง พ.ร.บ. ปัญญาประดิษฐ์ต่อ ครม. ถูกเลื่อนออกไป"),
    ("th-ai-law", "drafting", None, "ร่างกฎหมายปัญญาประดิษฐ์ยังไม่ได้รับความเห็นชอบจาก ครม."),
    # another instrument with the same verbs: a Cabinet approval of an ASEAN statement on AI
    ("th-ai-law", "drafting", None, "ครม. เห็นชอบร่างแถลงการณ์รัฐมนตรีดิจิทัลอาเซียนว่าด้วยปัญญาประดิษฐ์"),
    ("th-ai-law", "drafting", None, "ครม. อนุมัติแผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติ ระยะที่ 2"),
    ("asean-defa", "approval", ("adopted", C), "ผู้นำอาเซียนร่วมลงนามความตกลงกรอบเศรษฐกิจดิจิทัลอาเซียน (DEFA) แล้ว"),
    ("asean-defa", "approval", None, "พิธีลงนามความตกลง DEFA ถูกยกเลิก"),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_thai(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


def test_buddhist_era_dates() -> None:
    text = "เมื่อวันที่ 1 ธันวาคม 2569 คณะรัฐมนตรีมีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์"
    assert event_date("th-ai-law", text, "drafting") == date(2026, 12, 1)
