"""``regwatch run`` as real processes: clean SIGTERM (also with the database gone), one worker per SQLite file,
and three workers sharing 50 sources on the real PostgreSQL, one of them killed with SIGKILL half-way.

No fixed sleeps: each step waits for the condition it needs (a worker row, a fetch, a Slack message), up to
WAIT seconds on a loaded machine."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from werkzeug import Response

from tests.conftest import POSTGRES_ADMIN_URL
from tests.fakes.slack_api import TOKEN_ENV, SlackAPIStandIn
from tests.waiting import wait_for

DAEMON = '[daemon]\ntick = "1s"\nlease = "15s"\ndelivery_lease = "15s"\ndispatch = "2s"\nheartbeat = "2s"\n'
DEFA = '''
[[milestones]]
id = "asean-defa"
title = "ASEAN Digital Economy Framework Agreement"
jurisdiction = "ASEAN"
status = "approval"
[[milestones.signals]]
status = "adopted"
all = ["\\\\bdefa\\\\b"]
any = ["\\\\bsigned\\\\b"]
'''


def start(config: Path, *extra: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "run", *extra],
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(process: subprocess.Popen) -> int:
    """Wait for a worker to end; one that does not within 15 s is killed, so no test leaves one behind."""
    try:
        return process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def wait_started(process: subprocess.Popen, timeout: float = 60) -> list[str]:
    """Read stderr until the worker says it started (its lines, for later assertions)."""
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        lines.append(line)
        if "started:" in line:
            return lines
    raise AssertionError(f"worker did not start: {''.join(lines)}")


def workers_seen(db_url: str) -> int:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM workers")).scalar()
    engine.dispose()
    return count


def test_sigterm_exits_0_promptly_and_gives_back_its_leases(tmp_path, db_url):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n{DAEMON}')
    worker = start(config)
    try:
        wait_started(worker)
        wait_for(lambda: workers_seen(db_url) == 1, "the worker's heartbeat")
        began = time.monotonic()
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(10) == 0
        assert time.monotonic() - began < 5
    finally:
        stop(worker)
    assert workers_seen(db_url) == 0


def test_sigterm_with_the_database_gone_exits_0_with_one_line(tmp_path, postgres_url):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{postgres_url}"\n{DAEMON}')
    worker = start(config)
    name = make_url(postgres_url).database
    try:
        wait_started(worker)
        wait_for(lambda: workers_seen(postgres_url) == 1, "the worker's heartbeat")
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:  # the server refuses this database from now on
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
                               {"name": name})
        admin.dispose()
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=30)
    finally:
        stop(worker)
    assert worker.returncode == 0, err
    assert "Traceback" not in err
    assert any(f"database postgresql+psycopg://postgres@127.0.0.1:5432/{name}" in line
               and "its leases will run out by themselves" in line for line in err.splitlines()), err


def test_a_second_run_on_one_sqlite_file_refuses(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "one.db"}"\n{DAEMON}')
    first = start(config)
    try:
        wait_started(first)
        second = start(config)
        _, err = second.communicate(timeout=30)
        assert second.returncode == 2
        assert "another `regwatch run` already uses" in err and "PostgreSQL" in err
    finally:
        first.send_signal(signal.SIGTERM)
        stop(first)


def test_json_logs_one_line_per_event(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "j.db"}"\n{DAEMON}')
    worker = start(config, "--log-format", "json")
    try:
        lines = wait_started(worker)
        worker.send_signal(signal.SIGTERM)
        _, rest = worker.communicate(timeout=10)
    finally:
        stop(worker)
    import json

    events = [json.loads(line) for line in [*lines, *rest.splitlines()] if line.strip()]
    assert {e["level"] for e in events} <= {"info", "warning"}
    assert any("started" in e["message"] for e in events) and any("stopped" in e["message"] for e in events)


def test_three_workers_share_50_sources_once_per_interval(tmp_path, postgres_url, httpserver):
    fetches: dict[str, list[float]] = defaultdict(list)
    lock = threading.Lock()
    news = threading.Event()  # set once every source was fetched: /s/0 then reports the signing

    def page(request):
        with lock:
            fetches[request.path].append(time.monotonic())
        if request.path == "/s/0" and news.is_set():
            items = "<item><title>ASEAN Leaders signed the DEFA</title><guid>defa</guid></item>"
        else:
            items = f"<item><title>Routine notice {request.path}</title><guid>{request.path}</guid></item>"
        if request.path == "/s/1":
            return Response("down", status=500)
        return Response(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                        content_type="application/rss+xml")

    def fetched_since(moment: float) -> set[str]:
        with lock:
            return {path for path, times in fetches.items() if any(t > moment for t in times)}

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    for number in range(50):
        httpserver.expect_request(f"/s/{number}").respond_with_handler(page)
    sources = "".join(f'[[sources]]\nid = "s{n}"\nkind = "feed"\nurl = "{httpserver.url_for(f"/s/{n}")}"\n'
                      f'interval = "10s"\n' for n in range(50))
    with SlackAPIStandIn() as slack:
        config = tmp_path / "config.toml"
        config.write_text(f'[database]\nurl = "{postgres_url}"\n{DAEMON}[fetch]\nallow_private = true\nhost_delay = "0s"\nretries = 0\n'
                          f'per_host = 8\n{slack.notifier("#ai")}{sources}{DEFA}')
        env = {TOKEN_ENV: slack.token}
        workers = [start(config, env=env) for _ in range(3)]

        def said(needle) -> bool:
            return any(needle(m.text) for m in slack.messages)

        try:
            for worker in workers:
                wait_started(worker)
            wait_for(lambda: len(fetched_since(0)) == 50, "every source fetched once")
            news.set()
            workers[0].send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            lease = 15
            # The killed worker's sources are taken over once its leases run out; the news is delivered once;
            # the broken source is reported after three failures.
            wait_for(lambda: len(fetched_since(killed_at + lease + 1)) == 50, "every source fetched after the lease")
            wait_for(lambda: said(lambda t: "approval" in t and "adopted" in t), "the status change on Slack")
            wait_for(lambda: said(lambda t: "s1" in t), "the failing source on Slack")
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)
            codes = [stop(worker) for worker in workers]
        assert codes[1:] == [0, 0], [w.stderr.read() for w in workers[1:]]
        messages = [m.text for m in slack.messages]
    gaps = [b - a for times in fetches.values() for a, b in zip(times, times[1:])]
    counts = sorted(len(times) for times in fetches.values())
    print(f"\n50 sources, 3 workers: fetches per source {counts[0]}..{counts[-1]} (median {counts[25]}), "
          f"shortest gap {min(gaps):.2f} s, median gap {sorted(gaps)[len(gaps) // 2]:.2f} s, "
          f"{len(slack.messages)} Slack messages")
    assert min(gaps) >= 8.5, sorted(gaps)[:5]  # never twice within an interval (-10 % jitter)
    assert sum("approval" in m and "adopted" in m for m in messages) == 1  # one status change, delivered once
    assert sum("s1" in m for m in messages) == 1  # one source_failing alert for the broken source
    assert len(messages) == len(set(messages))
