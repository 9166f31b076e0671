"""``regwatch run``: the long-running worker. APScheduler 3 drives the jobs; the database decides the work.

Jobs are rebuilt from the config and the database at every start (an in-memory job store: no pickled jobs
to go stale). Every tick a worker claims the sources that are due (``monitor.leases``), so several workers
on one PostgreSQL database share the sources and each is fetched once per interval; deliveries and the daily
digest go through the outbox, claimed the same way, so each is sent once. Missed runs (a sleeping laptop, a
long pause) are coalesced into one. SIGTERM or SIGINT stops taking work, gives back the worker's leases and
exits 0 within seconds; a check in flight is abandoned, and its sources are simply due again.
"""
from __future__ import annotations

import fcntl
import logging
import os
import signal
import socket
import threading
from datetime import timedelta
from pathlib import Path
from typing import IO

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import delete
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.engine import make_url

from monitor import digest
from monitor.app import App, database_error
from monitor.checking import ensure_sources, run_check
from monitor.dispatch import dispatch
from monitor.errors import RegwatchError
from monitor.leases import claim_due, release, spread, worker_id
from monitor.reminders import raise_reminders
from monitor.report import write_report
from storage.models import Worker
from storage.retention import prune_snapshots

log = logging.getLogger("monitor")

REMINDERS_AT = (0, 5)  # hour, minute in the digest's time zone
PRUNE_AT = (3, 30)  # snapshot retention, daily (and at start)


class Daemon:
    """One worker process: its scheduler, its identity, and its clean exit."""

    def __init__(self, app: App) -> None:
        if app.fixed_now is not None:
            raise RegwatchError("`regwatch run` keeps real time: leave out --now")
        self.app, self.owner = app, worker_id()
        self.scheduler = BackgroundScheduler(timezone=app.config.digest.tz, job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": 3600})
        self._stopping = threading.Event()
        self._lock: IO | None = None

    def run(self) -> None:
        """Run until SIGTERM or SIGINT."""
        self._lock = single_sqlite_runner(self.app.config.database_url)
        ensure_sources(self.app, list(self.app.config.sources))
        spread(self.app)
        self._heartbeat()
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        self._schedule()
        self.scheduler.start()
        log.info("worker %s started: %d sources, %d milestones", self.owner, len(self.app.config.sources),
                 len(self.app.config.milestones))
        try:
            while not self._stopping.wait(1):
                pass
        finally:
            self.scheduler.shutdown(wait=False)
            self._leave()

    def _schedule(self) -> None:
        config, tz = self.app.config, self.app.config.digest.tz

        def add(job, trigger, **options) -> None:
            self.scheduler.add_job(self._guarded, trigger, args=(job,), **options)

        add(self._check, IntervalTrigger(seconds=config.daemon.tick.total_seconds()), id="checks",
            next_run_time=self.app.now())
        add(self._dispatch, IntervalTrigger(seconds=config.daemon.dispatch.total_seconds()), id="dispatch")
        add(self._heartbeat, IntervalTrigger(seconds=config.daemon.heartbeat.total_seconds()), id="heartbeat")
        hour, minute = (int(part) for part in config.digest.time.split(":"))
        add(self._digest, CronTrigger(day_of_week=config.digest.days, hour=hour, minute=minute, timezone=tz),
            id="digest")
        add(self._reminders, CronTrigger(hour=REMINDERS_AT[0], minute=REMINDERS_AT[1], timezone=tz), id="reminders",
            next_run_time=self.app.now())
        add(self._prune, CronTrigger(hour=PRUNE_AT[0], minute=PRUNE_AT[1], timezone=tz), id="prune",
            next_run_time=self.app.now())

    def _guarded(self, job) -> None:
        """Run one job; the database failing is one line in the log, and the next run tries again."""
        try:
            job()
        except SQLAlchemyError as exc:
            log.error("%s: %s", job.__name__.strip("_"), database_error(self.app.config.database_url, exc))
        except RegwatchError as exc:
            log.error("%s: %s", job.__name__.strip("_"), exc)

    def _check(self) -> None:
        sources = claim_due(self.app, self.owner)
        if not sources:
            return
        summary = run_check(self.app, sources, owner=self.owner)
        log.info("%s", summary.line())
        if summary.changes and self.app.config.report.path:
            try:
                write_report(self.app, self.app.config.report.path)
            except OSError as exc:
                log.warning("cannot write the report to %s: %s", self.app.config.report.path, exc)
        if summary.changes or summary.failures:
            self._dispatch()

    def _dispatch(self) -> None:
        summary = dispatch(self.app, owner=self.owner)
        if summary.counts:
            log.info("%s", summary.line())

    def _digest(self) -> None:
        if digest.queue(self.app, self.app.today()) is not None:
            log.info("digest for %s queued", self.app.today().isoformat())
        self._dispatch()

    def _reminders(self) -> None:
        with self.app.transaction() as session:
            created = raise_reminders(session, self.app.config, self.app.now())
        if created:
            self._dispatch()

    def _prune(self) -> None:
        keep = self.app.config.keep_snapshots
        with self.app.transaction() as session:
            pruned = prune_snapshots(session, keep)
        if pruned:
            log.info("pruned %d snapshots (each source keeps its last %d and every move's evidence)", pruned, keep)

    def _heartbeat(self) -> None:
        with self.app.transaction() as session:
            worker = session.get(Worker, self.owner) or Worker(
                id=self.owner, host=socket.gethostname(), pid=os.getpid(), started_at=self.app.now())
            worker.seen_at = self.app.now()
            session.add(worker)

    def _stop(self, signum: int, _frame) -> None:
        log.info("worker %s stopping (%s)", self.owner, signal.Signals(signum).name)
        self._stopping.set()

    def _leave(self) -> None:
        """Give back the leases and the worker row; with the database down, say so and leave anyway (the
        leases then run out by themselves)."""
        try:
            release(self.app, self.owner)
            with self.app.transaction() as session:
                session.execute(delete(Worker).where(Worker.id == self.owner))
        except SQLAlchemyError as exc:
            log.warning("%s; its leases will run out by themselves", database_error(self.app.config.database_url, exc))
        log.info("worker %s stopped", self.owner)


def single_sqlite_runner(url: str) -> IO | None:
    """On SQLite, hold an exclusive lock beside the database file for the life of the process, so a second
    ``run`` on the same file refuses to start (SQLite cannot share work between workers)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database).resolve().with_suffix(Path(parsed.database).suffix + ".run.lock")
    handle = path.open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RegwatchError(f"another `regwatch run` already uses {parsed.database}; SQLite takes one worker "
                            "(use PostgreSQL to run several)") from None
    return handle


def recently_seen(app: App) -> timedelta:
    """How long a worker counts as alive after its last heartbeat."""
    return app.config.daemon.heartbeat * 3
