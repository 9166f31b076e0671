"""Benchmark of ``regwatch check --all`` against urlwatch 2.29 and a raw fetch-and-hash, on one machine.

N sources (see pages.py) are served from a local server in its own process; three passes are timed:
cold (first fetch, the baseline), unchanged (identical content, ETags on) and 10 % changed (one new item at
the top of a tenth of the pages). Each pass records wall time, peak RSS and database growth. This prints
figures; it is not a test. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import pages

HERE = Path(__file__).resolve().parent
PASSES = ("cold", "unchanged", "10% changed")
SELECTORS = {"items": "article.item", "title": "h3.item-title", "link": "h3.item-title a",
             "date": "time.item-date"}
HOST_DELAYS = ("0s", "0ms", "1ms", "10ms", "100ms", "1s")   # the first the config accepts is used
URLWATCH = "urlwatch==2.29"
ALLOW_LOOPBACK = "allow_private = true\n"


# -- the page server, in its own process ---------------------------------------------------------------
class PageServer:
    def __init__(self, sources: int, host: str = "127.0.0.1") -> None:
        self.proc = subprocess.Popen([sys.executable, str(HERE / "pages.py"), "--sources", str(sources),
                                      "--host", host], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("READY "):
            raise SystemExit(f"page server did not start: {line!r}")
        self.port = int(line.split()[1])
        self.base = f"http://127.0.0.1:{self.port}"
        self.urls = [self.base + pages.path_of(i) for i in range(sources)]

    def control(self, what: str) -> dict:
        with urllib.request.urlopen(f"{self.base}/_control/{what}") as response:
            return json.load(response)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


# -- running a process and measuring it ----------------------------------------------------------------
def _tree_pss(pid: int) -> int:
    """Proportional set size of ``pid`` and all its descendants, in bytes: a parsing pool counts, and pages
    its processes share (fork/forkserver copy-on-write) are counted once, not once per process."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                total += next(int(ln.split()[1]) for ln in f if ln.startswith("Pss:")) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError, StopIteration):
            pass
    return total


def run_measured(cmd: list[str], log: Path, env: dict | None = None, timeout: float = 3600) -> dict:
    """Wall time and peak memory of one process and its children.

    ``rss`` is the larger of the biggest single process's peak RSS (os.wait4's ru_maxrss, exact) and the
    peak of the whole tree's summed PSS (sampled every 50 ms); ``maxrss`` is the former alone."""
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        peak, done = [0], threading.Event()

        def sample() -> None:
            while not done.wait(0.05):
                peak[0] = max(peak[0], _tree_pss(proc.pid))
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        done.set()
        proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{shlex.join(cmd)} exited {proc.returncode}; its output:\n{text[-3000:]}")
    maxrss = usage.ru_maxrss * 1024
    return {"wall": wall, "rss": max(maxrss, peak[0]), "maxrss": maxrss, "tree_pss": peak[0], "output": text}


def db_size(path: Path) -> int:
    """Size of an SQLite file once its WAL is folded in (0 if it does not exist yet)."""
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path.stat().st_size


# -- regwatch ------------------------------------------------------------------------------------------
def regwatch_check_args(regwatch: str) -> list[str]:
    """``check --all`` plus ``--no-send`` when this regwatch knows it; exit if ``check --all`` is missing."""
    result = subprocess.run([regwatch, "check", "-h"], capture_output=True, text=True)
    if result.returncode != 0 or "--all" not in result.stdout:
        raise SystemExit(f"`{regwatch} check --all` is not available yet:\n{(result.stdout + result.stderr)[-800:]}")
    return ["check", "--all"] + (["--no-send"] if "--no-send" in result.stdout else [])


def write_regwatch_config(path: Path, urls: list[str], db: Path, host_delay: str, extra: str = "") -> None:
    """``extra``: more [fetch] lines (``allow_private = true`` where the config knows it: the pages are local)."""
    selectors = "".join(f'{k} = "{v}"\n' for k, v in SELECTORS.items())
    parts = [f'[database]\nurl = "sqlite:///{db}"\n\n',
             f'[fetch]\nconcurrency = 16\nper_host = 16\nhost_delay = "{host_delay}"\n{extra}'
             f'contact = "https://example.com/regwatch-benchmark"\n']
    for i, url in enumerate(urls):
        kind = "feed" if pages.is_feed(i) else "html"
        parts.append(f'\n[[sources]]\nid = "bench-{i:05d}"\nkind = "{kind}"\nurl = "{url}"\ninterval = "1h"\n'
                     + ("" if kind == "feed" else selectors))
    path.write_text("".join(parts))


def config_accepts(regwatch: str, workdir: Path, host_delay: str, extra: str = "") -> bool:
    python = str(Path(regwatch).resolve().parent / "python")
    probe = workdir / "probe.toml"
    write_regwatch_config(probe, ["http://127.0.0.1/s/0000.html"], workdir / "probe.db", host_delay, extra)
    return subprocess.run([python, "-c", "import sys; from monitor.config import load; load(sys.argv[1])",
                           str(probe)], capture_output=True).returncode == 0


def pick_settings(regwatch: str, workdir: Path) -> tuple[str, str]:
    """The smallest host_delay regwatch's config loader accepts (all sources share one host), and the extra
    line that lets it fetch from loopback (``allow_private``, where the config has it)."""
    for extra in (ALLOW_LOOPBACK, ""):
        for delay in HOST_DELAYS:
            if config_accepts(regwatch, workdir, delay, extra):
                return delay, extra
    raise SystemExit("regwatch's config accepts none of these host_delay values: " + ", ".join(HOST_DELAYS))


class Regwatch:
    name = "regwatch"

    def __init__(self, exe: str, workdir: Path, urls: list[str], host_delay: str, extra: str = "") -> None:
        self.exe, self.dir = exe, workdir
        self.db = workdir / "regwatch.db"
        self.config = workdir / "regwatch.toml"
        write_regwatch_config(self.config, urls, self.db, host_delay, extra)
        self.args = regwatch_check_args(exe)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_")}
        self.env.update(NO_COLOR="1", TERM="dumb")

    def run(self, label: str) -> dict:
        before = db_size(self.db)
        result = run_measured([self.exe, "--config", str(self.config), *self.args],
                              self.dir / f"regwatch-{label}.log", self.env)
        lines = [ln for ln in result["output"].splitlines() if ln.strip()]
        return {**result, "growth": db_size(self.db) - before, "summary": lines[-1] if lines else ""}


# -- urlwatch ------------------------------------------------------------------------------------------
def urlwatch_exe(venv: Path) -> str:
    """urlwatch 2.29 in its own venv, created on first use."""
    exe = venv / "bin" / "urlwatch"
    if not exe.exists():
        print(f"# installing {URLWATCH} into {venv}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", URLWATCH, "lxml", "cssselect", "html2text"],
                       check=True)
    return str(exe)


class Urlwatch:
    name = "urlwatch"

    def __init__(self, exe: str, workdir: Path, urls: list[str]) -> None:
        self.exe, self.dir = exe, workdir
        self.cache = workdir / "cache.db"
        jobs = []
        for i, url in enumerate(urls):
            if pages.is_feed(i):
                filters = "  - css:\n      selector: item\n      method: xml\n"
            else:
                filters = f"  - css: {SELECTORS['items']}\n  - html2text\n"
            jobs.append(f"name: bench-{i:05d}\nurl: {url}\nfilter:\n{filters}")
        (workdir / "urls.yaml").write_text("---\n".join(jobs))
        (workdir / "urlwatch.yaml").write_text(
            "display: {new: true, error: true, unchanged: false, empty-diff: false}\n"
            "report:\n  stdout: {enabled: true, color: false}\n  email: {enabled: false}\n"
            "  html: {diff: unified}\n")
        self.cmd = [exe, "--urls", str(workdir / "urls.yaml"), "--config", str(workdir / "urlwatch.yaml"),
                    "--hooks", str(workdir / "hooks.py"), "--cache", str(self.cache)]

    def run(self, label: str) -> dict:
        before = db_size(self.cache)
        result = run_measured(self.cmd, self.dir / f"urlwatch-{label}.log", {**os.environ, "HOME": str(self.dir)})
        out = result["output"]
        counts = {k: out.count(f"\n{k}: ") for k in ("NEW", "CHANGED", "ERROR")}
        summary = ", ".join(f"{v} {k.lower()}" for k, v in counts.items())
        return {**result, "growth": db_size(self.cache) - before, "summary": summary}


# -- raw fetch-and-hash (run as its own process, like the others) --------------------------------------
def raw_fetch(urls_file: str) -> None:
    import concurrent.futures

    import httpx
    urls = Path(urls_file).read_text().split()
    client = httpx.Client(limits=httpx.Limits(max_connections=16, max_keepalive_connections=16))
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        digests = list(pool.map(lambda u: hashlib.sha256(client.get(u).raise_for_status().content).hexdigest(),
                                urls))
    print(f"fetched {len(digests)}")


class RawFetch:
    name = "raw"

    def __init__(self, workdir: Path, urls: list[str]) -> None:
        self.dir = workdir
        (workdir / "urls.txt").write_text("\n".join(urls))
        self.cmd = [sys.executable, str(Path(__file__).resolve()), "--raw-fetch", str(workdir / "urls.txt")]

    def run(self, label: str) -> dict:
        result = run_measured(self.cmd, self.dir / f"raw-{label}.log")
        return {**result, "growth": 0, "summary": result["output"].strip()}


# -- the passes ----------------------------------------------------------------------------------------
def one_round(server: PageServer, tools: list, round_: int, verbose: bool) -> dict[str, dict[str, dict]]:
    """Cold, unchanged, 10 % changed; every tool sees the same server state in each pass."""
    results: dict[str, dict[str, dict]] = {}
    for label in PASSES:
        if label == "10% changed":
            server.control(f"bump?fraction=0.1&round={round_}")
        results[label] = {}
        for tool in tools:
            server.control("stats?reset=1")
            result = tool.run(label.split("%")[0])
            stats = server.control("stats")
            results[label][tool.name] = result
            if verbose:
                print(f"#   {label:<12} {tool.name:<8} {result['wall']:7.2f} s  {result['rss'] / 2**20:6.1f} MB "
                      f"(1 proc {result['maxrss'] / 2**20:.0f}, tree PSS {result['tree_pss'] / 2**20:.0f})  "
                      f"+{result['growth']:>9} B  server 200/304: {stats['200']}/{stats['304']}  "
                      f"| {result['summary'][:90]}", flush=True)
    return results


def median(rounds: list[dict], label: str, tool: str, key: str) -> float | None:
    values = [r[label][tool][key] for r in rounds if tool in r[label]]
    return statistics.median(values) if values else None


def fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


def report(rounds: list[dict]) -> None:
    head = ("pass", "regwatch s", "urlwatch s", "ratio", "raw fetch s", "ratio to raw", "regwatch RSS MB",
            "urlwatch RSS MB", "regwatch db growth B", "urlwatch cache growth B")
    rows, checks = [], []
    for label in PASSES:
        m = {(t, k): median(rounds, label, t, k) for t in ("regwatch", "urlwatch", "raw")
             for k in ("wall", "rss", "growth")}
        rw, uw, raw = m["regwatch", "wall"], m["urlwatch", "wall"], m["raw", "wall"]
        rows.append((label, fmt(rw, ".2f"), fmt(uw, ".2f"), fmt(ratio(rw, uw), ".2f"), fmt(raw, ".2f"),
                     fmt(ratio(rw, raw), ".2f"), fmt(m["regwatch", "rss"] and m["regwatch", "rss"] / 2**20, ".1f"),
                     fmt(m["urlwatch", "rss"] and m["urlwatch", "rss"] / 2**20, ".1f"),
                     fmt(m["regwatch", "growth"], ",.0f"), fmt(m["urlwatch", "growth"], ",.0f")))
        limit = {"cold": 0.75, "unchanged": 0.3, "10% changed": 0.4}[label]
        checks.append((f"{label}: regwatch <= {limit}x urlwatch", ratio(rw, uw), lambda r, lim=limit: r <= lim))
        if label == "unchanged":
            checks.append(("unchanged: regwatch <= 1.5x raw fetch", ratio(rw, raw), lambda r: r <= 1.5))
            checks.append(("unchanged: 0 bytes of database growth", m["regwatch", "growth"], lambda g: g == 0))
        checks.append((f"{label}: peak RSS <= urlwatch's", ratio(m["regwatch", "rss"], m["urlwatch", "rss"]),
                       lambda r: r <= 1.0))
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, *rows]:
        print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))))
    print("\nTargets:")
    for name, value, ok in checks:
        verdict = "n/a " if value is None else ("PASS" if ok(value) else "FAIL")
        print(f"  {verdict}  {name}  ({fmt(value, '.2f') if isinstance(value, float) else fmt(value, ',')})")


def scale_mode(args, regwatch: str, sizes: list[int]) -> None:
    walls: dict[int, dict[str, list[float]]] = {}
    for n in sizes:
        server = PageServer(n)
        try:
            walls[n] = {"cold": [], "unchanged": []}
            for r in range(args.repeat):
                with tempfile.TemporaryDirectory(prefix="regwatch-bench-") as tmp:
                    tool = Regwatch(regwatch, Path(tmp), server.urls, args.host_delay, args.extra)
                    for label in ("cold", "unchanged"):
                        result = tool.run(label)
                        walls[n][label].append(result["wall"])
                        print(f"#   {n:>6} sources  {label:<10} {result['wall']:7.2f} s  "
                              f"{result['rss'] / 2**20:6.1f} MB  | {result['summary'][:90]}", flush=True)
        finally:
            server.close()
    small, large = sizes[0], sizes[-1]
    limit = 1.1 * large / small   # linear, with 10 % slack: 5.5x for 2,000 -> 10,000
    print(f"\npass       {small:>8} s  {large:>8} s  ratio   target <= {limit:.1f}x")
    for label in ("cold", "unchanged"):
        a, b = statistics.median(walls[small][label]), statistics.median(walls[large][label])
        print(f"{label:<10} {a:>10.2f}  {b:>10.2f}  {b / a:5.2f}x  {'PASS' if b / a <= limit else 'FAIL'}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--raw-fetch":
        return raw_fetch(sys.argv[2])
    default_regwatch = Path(sys.executable).parent / "regwatch"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=2000, help="number of sources (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; medians are reported (default 3)")
    parser.add_argument("--regwatch", default=str(default_regwatch) if default_regwatch.exists()
                        else shutil.which("regwatch"), help="the regwatch executable")
    parser.add_argument("--urlwatch-venv", type=Path, default=Path.home() / ".cache/regwatch-bench/venv-urlwatch",
                        help="venv holding urlwatch 2.29 (created on first use)")
    parser.add_argument("--host-delay", help="[fetch] host_delay for regwatch (default: the smallest accepted)")
    parser.add_argument("--transport", choices=("httpx", "lean"), help="[fetch] transport for regwatch "
                        "(default: its own default)")
    parser.add_argument("--only", choices=("regwatch", "urlwatch", "raw"), action="append",
                        help="run only these (repeatable); default all three")
    parser.add_argument("--scale", action="store_true",
                        help="instead: regwatch cold+unchanged at --scale-sizes, and the time ratio")
    parser.add_argument("--scale-sizes", default="2000,10000")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories (logs, dbs)")
    args = parser.parse_args()

    print("$ " + shlex.join([sys.executable, *sys.argv]))
    print(f"# machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {platform.platform()}, "
          f"Python {platform.python_version()}")
    only = set(args.only or ("regwatch", "urlwatch", "raw"))
    regwatch = args.regwatch if "regwatch" in only or args.scale else None
    if regwatch:
        regwatch_check_args(regwatch)   # fail early when `check --all` is missing
        with tempfile.TemporaryDirectory() as tmp:
            delay, args.extra = pick_settings(regwatch, Path(tmp))
        args.host_delay = args.host_delay or delay
        if args.transport:
            args.extra += f'transport = "{args.transport}"\n'
        note = "" if args.host_delay in ("0s", "0ms") else "  (0 is not accepted by the config)"
        print(f"# regwatch: {regwatch}; [fetch] concurrency=16 per_host=16 host_delay={args.host_delay}{note} "
              f"{args.extra.strip().replace(chr(10), ' ')}")
    if args.scale:
        return scale_mode(args, regwatch, [int(n) for n in args.scale_sizes.split(",")])
    uw_exe = urlwatch_exe(args.urlwatch_venv) if "urlwatch" in only else None
    if uw_exe:
        version = subprocess.run([uw_exe, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"# urlwatch: {version} in {args.urlwatch_venv}")
    print(f"# {args.sources} sources ({args.sources // pages.FEED_EVERY} RSS feeds), {args.repeat} round(s)",
          flush=True)

    server = PageServer(args.sources)
    rounds = []
    try:
        for r in range(1, args.repeat + 1):
            server.control("reset")
            tmp = Path(tempfile.mkdtemp(prefix="regwatch-bench-"))
            tools = []
            if "raw" in only:
                tools.append(RawFetch(tmp, server.urls))
            if regwatch:
                (tmp / "rw").mkdir()
                tools.append(Regwatch(regwatch, tmp / "rw", server.urls, args.host_delay, args.extra))
            if uw_exe:
                (tmp / "uw").mkdir()
                tools.append(Urlwatch(uw_exe, tmp / "uw", server.urls))
            print(f"# round {r}/{args.repeat} in {tmp}", flush=True)
            rounds.append(one_round(server, tools, r, verbose=True))
            if args.keep:
                print(f"# kept {tmp}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)
    finally:
        server.close()
    print()
    report(rounds)


if __name__ == "__main__":
    main()
