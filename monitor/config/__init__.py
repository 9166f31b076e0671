"""The TOML config, loaded with ``tomllib`` into typed objects and validated before anything runs.

Every problem is reported as one line naming the file, the line, the table and the key, so a person can
fix it without reading code: ``config.toml:14: [[sources]] "asean-news": interval: 'abc' is not a duration``.
Resolution order: ``--config PATH``, ``$REGWATCH_CONFIG``, ``./config.toml``, the shipped example.

One module per job: ``reader`` (line numbers, typed values, the errors), ``sources`` (with ``[fetch]`` and
``[browser]``), ``milestones`` (with ``[vocabulary]``), ``notifiers`` (with ``[digest]`` and ``[reminders]``);
here, the file as a whole.
"""
from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from monitor import catalog
from monitor.config.milestones import MilestoneTables
from monitor.config.notifiers import NotifierTables
from monitor.config.sources import SourceTables
from monitor.errors import ConfigError
from monitor.language.vocabulary import shipped as shipped_vocabulary
from monitor.settings import (
    DEFAULT_DATABASE_URL,
    DEFAULT_KEEP_SNAPSHOTS,
    MIN_KEEP_SNAPSHOTS,
    Config,
    DaemonConfig,
    MilestoneConfig,
    ReportConfig,
    SourceConfig,
)


def resolve_path(explicit: str | None) -> Path:
    """``--config``, else ``$REGWATCH_CONFIG``, else ``./config.toml``, else the shipped example."""
    for candidate in (explicit, os.environ.get("REGWATCH_CONFIG")):
        if candidate:
            return Path(candidate)
    local = Path("config.toml")
    if local.exists():
        return local
    return catalog.shipped_path()


def load(explicit: str | None = None) -> Config:
    """Read and validate the config; raise ConfigError with the location of the first problem."""
    path = resolve_path(explicit)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return _Loader(path, text).config(raw)


def _shipped() -> tuple[tuple[SourceConfig, ...], tuple[MilestoneConfig, ...]]:
    """The shipped catalog's sources and milestones, validated against its own file (so its lines are right)."""
    path = catalog.shipped_path()
    text = path.read_text(encoding="utf-8")
    loader, raw = _Loader(path, text), tomllib.loads(text)
    fetch = loader.fetch(raw.get("fetch", {}))
    sources = tuple(loader.source(s, i, fetch) for i, s in enumerate(raw.get("sources", [])))
    ids = {s.id for s in sources}
    vocabulary = shipped_vocabulary()
    return sources, tuple(loader.milestone(m, i, ids, vocabulary) for i, m in enumerate(raw.get("milestones", [])))


class _Loader(SourceTables, MilestoneTables, NotifierTables):
    """Builds the Config from the tables' readers."""

    def config(self, raw: dict) -> Config:
        top = ("database", "sources", "milestones", "notifiers", "digest", "fetch", "browser", "reminders", "daemon",
               "report", "catalog", "vocabulary")
        for key in raw:
            if key not in top:
                raise self.fail(key, None, "", None, f"unknown table (accepted: {', '.join(top)})")
        vocabulary = self.vocabulary(raw.get("vocabulary"))
        database = raw.get("database", {})
        self._check_keys(database, ("url", "keep_snapshots"), "database", None, "")
        url = os.environ.get("REGWATCH_DATABASE_URL") or self._str(
            database, "url", "database", None, "", DEFAULT_DATABASE_URL)
        keep = database.get("keep_snapshots", DEFAULT_KEEP_SNAPSHOTS)
        if not isinstance(keep, int) or isinstance(keep, bool) or keep < MIN_KEEP_SNAPSHOTS:
            raise self.fail("database", None, "", "keep_snapshots",
                            f"must be a whole number of at least {MIN_KEEP_SNAPSHOTS}, not {keep!r}")
        fetch = self.fetch(raw.get("fetch", {}))
        sources = tuple(self.source(s, i, fetch) for i, s in enumerate(raw.get("sources", [])))
        self._unique([s.id for s in sources], "sources")
        choice = self.catalog(raw["catalog"]) if "catalog" in raw else None
        shipped = _shipped() if choice else ((), ())
        if choice:
            sources = catalog.merged_sources(shipped[0], sources, choice)
        self._warn_private(sources)
        source_ids = {s.id for s in sources}
        milestones = tuple(self.milestone(m, i, source_ids, vocabulary) for i, m in enumerate(raw.get("milestones", [])))
        self._unique([m.id for m in milestones], "milestones")
        if choice:
            milestones = catalog.merged_milestones(shipped[1], milestones, choice, source_ids)
        notifiers = tuple(self.notifier(name, body) for name, body in raw.get("notifiers", {}).items())
        return Config(path=self.path, database_url=url, keep_snapshots=keep, sources=sources,
                      milestones=milestones, notifiers=notifiers, digest=self.digest(raw.get("digest", {})),
                      fetch=fetch, browser=self.browser(raw.get("browser", {})),
                      daemon=self.daemon(raw.get("daemon", {})),
                      report=self.report(raw.get("report", {})),
                      reminder_days=self.reminders(raw.get("reminders", {})), vocabulary=vocabulary)

    def catalog(self, data: Any) -> catalog.CatalogChoice:
        if not isinstance(data, dict):
            raise self.fail("catalog", None, "", None, "must be a table { milestones = true, sources = false }")
        self._check_keys(data, catalog.KEYS, "catalog", None, "")
        return catalog.CatalogChoice(**{key: self._bool(data, key, True, "catalog", None, "") for key in catalog.KEYS})

    def daemon(self, data: dict) -> DaemonConfig:
        keys = ("tick", "lease", "dispatch", "heartbeat", "delivery_lease", "jitter")
        self._check_keys(data, keys, "daemon", None, "")
        values: dict[str, Any] = {k: self._duration(data[k], "daemon", None, "", k) for k in keys[:5] if k in data}
        jitter = data.get("jitter", DaemonConfig.jitter)
        if not isinstance(jitter, (int, float)) or isinstance(jitter, bool) or not 0 <= jitter < 1:
            raise self.fail("daemon", None, "", "jitter", f"must be a fraction from 0 to 0.99, not {jitter!r}")
        return DaemonConfig(jitter=float(jitter), **values)

    def report(self, data: dict) -> ReportConfig:
        self._check_keys(data, ("path",), "report", None, "")
        return ReportConfig(path=self._str(data, "path", "report", None, "") or None)  # "" = off
