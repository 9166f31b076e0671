"""User patterns on RE2 (monitor.patterns) against Python's re: the catastrophic case and the everyday cost.

Prints figures; it is not a test. Run with the Python that has regwatch installed:

    python benchmarks/bench_patterns.py

1. ``(a+)+$`` on ``"a" * n + "!"``: Python's re doubles its time with every extra character (measured up to a
   few seconds, then extrapolated to the 30 KB page of issue 13); RE2 on the whole 30 KB page.
2. Signal patterns (the DEFA ones of the pre-``names`` catalog) over a realistic news item, and an ``ignore`` pattern over a 58 KB
   page's text, on both engines: what linear time costs in the everyday case.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.patterns import compile_pattern  # noqa: E402
from monitor.language.signals import compile_signal_pattern  # noqa: E402

ITEM = ("KUALA LUMPUR, 26 October 2026 - ASEAN Leaders signed the ASEAN Digital Economy Framework Agreement "
        "(DEFA) at the 47th ASEAN Summit, the world's first region-wide digital economy agreement. "
        "Ministers said the agreement will enter into force once ratified by all ten member states. ") * 4
# The DEFA signals of the catalog as it was before milestones moved to `names` (config.example.toml, Nov 2026).
SIGNAL_PATTERNS = [
    r"\bdefa\b|digital economy framework agreement|perjanjian kerangka (kerja )?ekonomi digital|ความตกลง(ว่าด้วย)?กรอบเศรษฐกิจดิจิทัล|hiệp định khung (về )?kinh tế số",
    r"conclu(ded|des|sion of) (the )?(defa )?negotiations", r"substantial(ly)? conclu", r"legal scrubbing",
    r"(perundingan|negosiasi|rundingan)[^.]{0,40}(selesai|rampung|dimuktamadkan|dirampungkan)",
    r"สรุปผลการเจรจา|การเจรจา[^ ]{0,20}เสร็จสิ้น", r"(kết thúc|hoàn tất) đàm phán", r"\bsign(s|ed|ing)?\b",
    r"\bink(s|ed)?\b", r"ditandatangani|menandatangani|diteken|meneken|dimeterai|memeterai", r"ลงนาม",
    r"đã ký|ký kết|ký hiệp định", r"\bsign(s|ed|ing)? off\b", r"(entered|came) into (force|effect)",
    r"(mulai|resmi) berlaku", r"มีผล(ใช้)?บังคับ(ใช้)?แล้ว", r"chính thức có hiệu lực|đã có hiệu lực",
]
PAGE = ("Circular No. 12/2026 on digital services, issued 12 March 2026. Last updated: 14:05:33 "
        "Views 123,456 | Share | Print\n") * 500


def best(function, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def catastrophic() -> None:
    print("1. (a+)+$ on 'a' * n + '!'")
    python = re.compile(r"(a+)+$")
    n, seconds = 16, 0.0
    while seconds < 1.0:
        n += 1
        seconds = best(lambda: python.search("a" * n + "!"), repeat=1)
        print(f"   Python re, n = {n}: {seconds:.3f} s")
    doublings = 30_000 - n
    print(f"   Python re on 30,000: about 2^{doublings} times that (it never returns)")
    linear = compile_pattern(r"(a+)+$")
    page = "a" * 30_000 + "!"
    print(f"   RE2 (monitor.patterns), n = 30,000: {best(lambda: linear.search(page)) * 1000:.3f} ms, "
          f"remove(): {best(lambda: linear.remove(page)) * 1000:.3f} ms")


def everyday() -> None:
    pairs = [(re.compile(compile_signal_pattern(p, True).text, re.IGNORECASE), compile_signal_pattern(p, True))
             for p in SIGNAL_PATTERNS]
    text = ITEM.lower()
    python = best(lambda: [p.search(text) for p, _ in pairs], repeat=20)
    ours = best(lambda: [q.search(text) for _, q in pairs], repeat=20)
    print(f"2. {len(pairs)} signal patterns, one search each over a {len(ITEM):,}-character item: "
          f"re {python * 1000:.2f} ms, RE2 {ours * 1000:.2f} ms ({ours / python:.1f}x)")
    ignore = r"Last updated: [0-9:]+|Views [0-9,]+"
    python = best(lambda: re.sub(ignore, "", PAGE))
    ours = best(lambda: compile_pattern(ignore).remove(PAGE))
    matches = len(re.findall(ignore, PAGE))
    print(f"   ignore {ignore!r} over {len(PAGE):,} characters ({matches} matches): re {python * 1000:.2f} ms, "
          f"RE2 {ours * 1000:.2f} ms ({ours / python:.1f}x)")
    none = compile_pattern("nothing matches this")
    print(f"   a pattern with no match over the same text: RE2 {best(lambda: none.remove(PAGE)) * 1000:.3f} ms")


if __name__ == "__main__":
    catastrophic()
    everyday()
