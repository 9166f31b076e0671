"""``regwatch serve`` under idle connections: the time of a normal request with 0, 200 and 1,000 idle
connections open (each holds a socket and nothing else). Prints figures; it is not a test.

    python benchmarks/bench_serve.py
"""
from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.app import open_app  # noqa: E402
from monitor.server import Server  # noqa: E402


def median_request(url: str, count: int = 9) -> float:
    with httpx.Client(base_url=url, timeout=30) as client:
        times = []
        for _ in range(count):
            started = time.perf_counter()
            assert client.get("/api/milestones").status_code == 200
            times.append(time.perf_counter() - started)
    return sorted(times)[count // 2]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text((REPO / "config.example.toml").read_text(encoding="utf-8").replace(
            'url = "sqlite:///regwatch.db"', f'url = "sqlite:///{Path(tmp) / "regwatch.db"}"', 1), encoding="utf-8")
        server = Server(open_app(str(config)), "127.0.0.1", 0)
        server.RequestHandlerClass.log_message = lambda *args: None  # quiet
        threading.Thread(target=server.serve_forever, daemon=True).start()
        idle: list[socket.socket] = []
        try:
            for total in (0, 200, 1000):
                while len(idle) < total:
                    idle.append(socket.create_connection(server.server_address[:2]))
                print(f"{total:5} idle connections: a request takes {median_request(server.url) * 1000:.1f} ms (median)")
        finally:
            for connection in idle:
                connection.close()
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    main()
