"""Open sockets of ``regwatch check --all`` over many hosts: N sources spread over H loopback hosts
(127.0.0.1 .. 127.0.1.250, one page server listening on all of them), the peak number of regwatch's TCP
connections to the server sampled from /proc/net/tcp every 20 ms, for a cold and an unchanged pass.
This prints figures; it is not a test.

    .venv/bin/python benchmarks/bench_sockets.py                      # 5,000 sources on 500 hosts
    .venv/bin/python benchmarks/bench_sockets.py --regwatch /other/venv/bin/regwatch
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
from pathlib import Path

import pages
from bench_check import PageServer, Regwatch, pick_settings

OPEN_STATES = {"01", "02", "03", "04", "05", "08", "09", "0B"}  # every state but TIME_WAIT, CLOSE, LISTEN


def hosts(count: int) -> list[str]:
    """``count`` loopback addresses: 127.0.0.1-250, then 127.0.1.1-250, ..."""
    return [f"127.0.{n // 250}.{n % 250 + 1}" for n in range(count)]


def client_sockets(port: int) -> int:
    """Open TCP connections whose remote end is the page server's ``port`` (regwatch's side of them)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[2].rsplit(":", 1)[1], 16) == port and fields[3] in OPEN_STATES:
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=500)
    beside = Path(sys.executable).parent / "regwatch"
    parser.add_argument("--regwatch", default=str(beside) if beside.exists() else shutil.which("regwatch"),
                        help="the regwatch executable (default: the one beside this Python)")
    parser.add_argument("--transport", choices=("httpx", "lean"), help="[fetch] transport (default: regwatch's)")
    args = parser.parse_args()
    server = PageServer(args.sources, host="0.0.0.0")
    names = hosts(args.hosts)
    urls = [f"http://{names[i % args.hosts]}:{server.port}{pages.path_of(i)}" for i in range(args.sources)]
    print(f"# {args.sources} sources on {args.hosts} hosts; regwatch: {args.regwatch} {args.transport or ''}",
          flush=True)
    try:
        with tempfile.TemporaryDirectory(prefix="regwatch-sockets-") as tmp:
            delay, extra = pick_settings(args.regwatch, Path(tmp))
            extra += f'transport = "{args.transport}"\n' if args.transport else ""
            tool = Regwatch(args.regwatch, Path(tmp), urls, delay, extra)
            for label in ("cold", "unchanged"):
                peak, done = [0], threading.Event()

                def sample() -> None:
                    while not done.wait(0.02):
                        peak[0] = max(peak[0], client_sockets(server.port))
                sampler = threading.Thread(target=sample, daemon=True)
                sampler.start()
                result = tool.run(label)
                done.set()
                sampler.join()
                print(f"{label:<10} {result['wall']:7.2f} s  peak open sockets {peak[0]:>5}  "
                      f"| {result['summary'][:80]}", flush=True)
    finally:
        server.close()


if __name__ == "__main__":
    main()
