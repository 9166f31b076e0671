"""Normalisation: one pattern must match a page however it was typed."""
from __future__ import annotations

import unicodedata

import pytest

from monitor.language.normalise import (
    ascii_digits,
    excerpt,
    fold_diacritics,
    normalise,
    normalise_with_offsets,
    thai_digits_to_ascii,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ASEAN  Leaders\tSIGNED\nthe DEFA", "asean leaders signed the defa"),
        ("Digital\u00a0Economy\u2028Framework\u2029Agreement", "digital economy framework agreement"),
        ("  leading and trailing  ", "leading and trailing"),
        ("zero\u200bwidth\u200cjoiner\u2060and\ufeffsoft\u00adhyphen", "zerowidthjoinerandsofthyphen"),
        ("ปัญญา\u200bประดิษฐ์", "ปัญญาประดิษฐ์"),
        ("Straße", "strasse"),
        ("พ.ศ. ๒๕๖๙", "พ.ศ. 2569"),
        ("ລາວ ໒໐໒໖ ខ្មែរ ២០២៦ မြန်မာ ၂၀၂၆", "ລາວ 2026 ខ្មែរ 2026 မြန်မာ 2026"),
        ("Vietnam’s ‘AI’ Law No. 2024 – 04—05", "vietnam's 'ai' law no. 2024 - 04-05"),  # typographic punctuation
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_decomposed_vietnamese_equals_composed() -> None:
    composed = "Luật Trí tuệ nhân tạo đã được Quốc hội thông qua"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert normalise(decomposed) == normalise(composed) == composed.lower()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Luật Trí Tuệ Nhân Tạo", "luat tri tue nhan tao"),
        ("ĐÃ KÝ Nghị định 142/2026/NĐ-CP", "da ky nghi dinh 142/2026/nd-cp"),
        ("đã ký", "da ky"),
        ("Perpres tentang Kecerdasan Artifisial", "perpres tentang kecerdasan artifisial"),
        ("café crème", "cafe creme"),
        ("Łódź Øresund", "lodz oresund"),
        # Thai vowel and tone marks are not diacritics to fold: the words would change.
        ("คณะรัฐมนตรีเห็นชอบ", "คณะรัฐมนตรีเห็นชอบ"),
    ],
)
def test_fold_diacritics(raw: str, expected: str) -> None:
    assert normalise(raw, fold_diacritics=True) == expected


def test_folding_matches_text_written_with_or_without_accents() -> None:
    accented = normalise("Luật Trí tuệ nhân tạo", fold_diacritics=True)
    assert accented == normalise("Luat Tri tue nhan tao", fold_diacritics=True)
    assert fold_diacritics("Đề xuất") == "De xuat"


def test_thai_digits() -> None:
    assert thai_digits_to_ascii("๑ ตุลาคม ๒๕๖๘") == "1 ตุลาคม 2568"
    assert ascii_digits("๑๒/๓/๒๕๖๙") == "12/3/2569"
    assert ascii_digits("plain 2026") == "plain 2026"


@pytest.mark.parametrize("fold", [False, True])
def test_offsets_point_back_into_the_original(fold: bool) -> None:
    raw = "  Luật Trí\u00a0 TUỆ\nnhân tạo: ๑๒ ngày, ปัญญา\u200bประดิษฐ์ Straße đã KÝ "
    text, offsets = normalise_with_offsets(raw, fold_diacritics=fold)
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(raw)
    assert offsets == sorted(offsets)
    for i, ch in enumerate(text):
        source = raw[offsets[i]]
        if ch == " ":
            assert source.isspace()
        else:
            assert ch in normalise(source, fold_diacritics=fold)
    start = text.index("ngay" if fold else "ngày")
    assert raw[offsets[start]:offsets[start + 4]] == "ngày"


def test_excerpt_is_cut_at_words_and_collapsed() -> None:
    text = ("word " * 60) + "ASEAN Leaders\n\n signed   the DEFA" + (" more" * 60)
    start = text.index("signed")
    out = excerpt(text, start, start + 6)
    assert "ASEAN Leaders signed the DEFA" in out
    assert out.startswith("…") and out.endswith("…")
    assert 150 <= len(out) <= 215
    assert excerpt("short text", 0, 5) == "short text"
