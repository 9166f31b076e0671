"""What the application-shell check costs an ``html`` source: prints milliseconds per page.

The check runs only when a source found little (a short region, or no items), so a normal page pays
nothing; a short region on a big page pays for one pass over the page text and its scripts.

Run: python benchmarks/bench_appshell.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pages import html_page  # noqa: E402
from sources import KINDS, ScriptRendered  # noqa: E402
from sources.appshell import shell_reason  # noqa: E402
from sources.decode import decode  # noqa: E402
from sources.htmltext import parse_page  # noqa: E402

PAGES = 200


def per_page(bodies: list[bytes], settings: dict) -> float:
    start = time.perf_counter()
    for body in bodies:
        try:
            KINDS["html"].parse(body, url="https://example.gov/", content_type="text/html", settings=settings)
        except ScriptRendered:
            pass
    return (time.perf_counter() - start) / len(bodies) * 1000


def main() -> None:
    bodies = [html_page(i, 0) for i in range(PAGES)]
    shell = (ROOT / "tests" / "sources" / "pages" / "app_shell_listing.html").read_bytes()
    size = len(bodies[0]) // 1024
    print(f"region = main on {PAGES} listings of {size} KB (long region, check skipped): "
          f"{per_page(bodies, {'region': 'main'}):.2f} ms per page")
    print(f"application shell page, region = main (refused): {per_page([shell] * PAGES, {'region': 'main'}):.3f} ms")
    html = decode(bodies[0], "text/html")
    tree = parse_page(html)
    start = time.perf_counter()
    for _ in range(PAGES):
        shell_reason(html, tree, "a short region")
    print(f"the check alone on a {size} KB page whose region is short: "
          f"{(time.perf_counter() - start) / PAGES * 1000:.2f} ms")


if __name__ == "__main__":
    main()
