"""monitor.patterns: user regexes keep Python's meaning on RE2, refuse what RE2 lacks, and are bounded in time."""
from __future__ import annotations

import re

import pytest

from monitor.patterns import PatternError, PatternTimeout, compile_pattern, shown, time_limit

TEXTS = [
    "Đã ký hiệp định DEFA ngày 01/3/2026",
    "ลงนาม ๑๒ ธันวาคม ๒๕๖๙",
    "a{,3} aaa {x}",
    "Last updated: 12:30\nnext line\n",
    "foo_bar baz\u00a0qux\u3000end",
    "AI law ai [z] ^q",
]


@pytest.mark.parametrize("pattern", [
    r"\w+", r"\W+", r"\d+", r"\D+", r"\s+", r"\S+", r"[\w-]+", r"[^\w\s]+", r"[\d/]+", r"a{,3}", r"a{2,}",
    r"\{x\}", r"{x}", r"Last updated: .*", r"(?i)defa", r"(?i:DEFA) ngày", r"(?u)law", r"(?:a|b)+",
    r"(?P<n>ai)", r"[]a]", r"[^]a]+", r"\bai\b", r"\u0111", r"\N{LATIN SMALL LETTER D WITH STROKE}", r"\x41",
    r"[\[\]]", r"\^q", r"end\Z", r"(?#a comment)ai", r"ký|ลงนาม", r"[\s\d]+", r"\ALast", r"a+?b", r"(?s:.)",
    r"[\D]+", r"(?m)^next line$", r"(?-i:AI)", r"\bsign(s|ed|ing)?\b", r"(^|[^เ])ปิดรับฟัง",
])
def test_a_pattern_matches_what_python_re_matches(pattern):
    compiled = compile_pattern(pattern)
    for text in TEXTS:
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in re.finditer(pattern, text)], text


def test_ignore_case_folds_vietnamese_and_search_takes_a_window():
    compiled = compile_pattern("ĐÃ KÝ", ignore_case=True)
    assert compiled.search("ông đã ký hôm qua").span() == (4, 9)
    assert compiled.search("ông đã ký hôm qua", 0, 6) is None
    assert compiled.search("ông đã ký hôm qua", 2, 12).group() == "đã ký"


def test_remove_drops_every_match_and_keeps_the_rest():
    assert compile_pattern(r"Last updated: .*").remove(TEXTS[3]) == "\nnext line\n"
    assert compile_pattern(r"\d+").remove("a1b22c") == "abc"
    assert compile_pattern("zzz").remove("unchanged") == "unchanged"


@pytest.mark.parametrize(("pattern", "named"), [
    (r"sign(?! off)", "a negative lookahead"),
    (r"(?=a)b", "a lookahead"),
    (r"(?<!เ)ปิด", "a negative lookbehind"),
    (r"(?<=x)y", "a lookbehind"),
    (r"(a)\1", r"a backreference (\1)"),
    (r"(?P<x>a)(?P=x)", "a backreference (?P=name)"),
    (r"(?>ab)", "an atomic group"),
    (r"a*+", "a possessive quantifier"),
    (r"a{2}+", "a possessive quantifier"),
    (r"(?x) a  b", "verbose mode"),
    (r"(?a)\w", "the ASCII or locale flag"),
    (r"ký\b", "\\b next to 'ý'"),
    (r"\bđã", "\\b next to 'đ'"),
    (r"[\W\d]", "\\W inside [...]"),
    (r"a{2000}", "invalid repetition size"),
    (r"(", "is not a valid regex"),
])
def test_what_re2_cannot_run_is_refused_with_the_construct_named(pattern, named):
    with pytest.raises(PatternError) as caught:
        compile_pattern(pattern)
    assert named in str(caught.value) and shown(pattern) in str(caught.value)


def test_catastrophic_backtracking_pattern_runs_in_linear_time():
    """`(a+)+$` on 30 KB built for it: Python's re would not return in a lifetime; here it is one linear scan."""
    page = "a" * 30_000 + "!"
    compiled = compile_pattern(r"(a+)+$")
    with time_limit(1):
        assert compiled.search(page) is None
        assert compiled.remove(page) == page
        assert list(compiled.finditer(page)) == []


def test_a_pattern_past_the_limit_raises_naming_the_slowest_pattern():
    page = "a " * 600_000  # 600,000 matches of "a": linear, and still seconds of work
    quick, slow = compile_pattern("zzz"), compile_pattern("a")
    with pytest.raises(PatternTimeout) as caught, time_limit(1):
        quick.search(page)
        slow.remove(page)
    assert caught.value.pattern == "a" and caught.value.seconds == 1
    assert "pattern 'a' ran past the 1s limit" in str(caught.value)


def test_outside_a_limit_block_nothing_is_bounded_and_the_limit_is_per_block():
    page = "a " * 50_000
    compiled = compile_pattern("a")
    assert len(list(compiled.finditer(page))) == 50_000
    with time_limit(30):
        assert len(list(compiled.finditer(page))) == 50_000
