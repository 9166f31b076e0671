"""Benchmark of ``fetch = "browser"``: one pass over N browser sources (default 20) on a local JavaScript site.

Each page is an application shell that builds its list from JSON 100 ms after load (tests/monitor/fetching/
jspages.py). Two passes: cold (the baseline) and unchanged (same DOM). For each: wall time of the pass, and the
peak memory of this process with every process it started (Playwright's driver, Chromium and its renderers),
sampled every 20 ms: RSS summed (counts shared pages once per process, so it overstates) and PSS summed (shares
them out: what the machine really gives). This prints figures; it is not a test.

    .venv/bin/python benchmarks/bench_browser.py                 # 20 sources, [browser] pages = 2
    .venv/bin/python benchmarks/bench_browser.py --pages 4 --sources 40
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.app import open_app  # noqa: E402
from monitor.checking import due_sources, run_check  # noqa: E402
from tests.monitor.fetching.jspages import JsSite, descendants  # noqa: E402

LISTING = 'kind = "html"\nfetch = "browser"\nitems = "li.item"\ntitle = "a"\nlink = "a"\ndate = "time"\n'


class PeakMemory:
    """Samples the summed RSS and PSS of this process tree in a thread until stopped."""

    def __init__(self, every: float = 0.02) -> None:
        self.every, self.rss, self.pss, self.processes = every, 0, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            rss = pss = 0
            pids = descendants()
            for pid in pids:
                rss += _kb(f"/proc/{pid}/status", "VmRSS:")
                pss += _kb(f"/proc/{pid}/smaps_rollup", "Pss:")
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self.processes = max(self.processes, len(pids))
            time.sleep(self.every)


def _kb(path: str, field: str) -> int:
    try:
        with open(path) as lines:
            return next((int(line.split()[1]) for line in lines if line.startswith(field)), 0)
    except OSError:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--pages", type=int, default=2, help="[browser] pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, JsSite() as site:
        config = Path(tmp) / "config.toml"
        sources = "\n".join(f'[[sources]]\nid = "js-{n}"\nurl = "{site.url(f"/list/{n}")}"\n{LISTING}'
                            for n in range(args.sources))
        config.write_text(f'[database]\nurl = "sqlite:///{tmp}/regwatch.db"\n[fetch]\nallow_private = true\n'
                          f'host_delay = "0s"\nper_host = {args.sources}\n[browser]\npages = {args.pages}\n{sources}',
                          encoding="utf-8")
        print(f"{args.sources} browser sources, [browser] pages = {args.pages}, lists built 100 ms after load")
        print(f"{'pass':<10} {'time s':>7} {'peak RSS MB':>12} {'peak PSS MB':>12} {'processes':>10}  result")
        for name in ("cold", "unchanged"):
            app = open_app(str(config))
            with PeakMemory() as memory:
                started = time.perf_counter()
                summary = run_check(app, due_sources(app, every=True))
                elapsed = time.perf_counter() - started
            app.sessions.kw["bind"].dispose()
            print(f"{name:<10} {elapsed:>7.2f} {memory.rss / 1024:>12.0f} {memory.pss / 1024:>12.0f} "
                  f"{memory.processes:>10}  {summary.line()}")
            for source_id, error in summary.failures:
                print(f"  {source_id}: {error}")


if __name__ == "__main__":
    main()
