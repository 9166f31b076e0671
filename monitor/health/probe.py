"""``regwatch sources test``: what a source yields right now (or from a saved copy of its page), the
health verdict, and the milestone moves its items would propose. Nothing is stored or sent, and the
database is not opened: proposals are matched against the catalog's statuses.

The fetch goes through the same fetcher as a check pass (robots.txt, politeness, the User-Agent, the
source's headers and POST bodies, every page of a paginated JSON source; a ``fetch = "browser"`` source is
rendered in headless Chromium as in a pass), and the bytes go through the same source kind and
normalisation, so what this shows is what a pass would store.
"""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from monitor.detect import normalise
from monitor.fetching import Budget, Fetcher, FetchError, source_request
from monitor.fetching.browser import Browser
from monitor.patterns import PatternTimeout, time_limit
from monitor.settings import Config, SourceConfig
from monitor.language.certainty import settle
from monitor.language.matching import match
from sources import (KINDS, BlockedPage, EmptyResult, ErrorPage, NotAFeed, Page, ParseError, ScriptRendered,
                     SettingsError, SourceError)
from sources.appshell import after_rendering

OK = "ok"
# The failure kinds of ``health``, by the error that gave them.
HEALTH = ((BlockedPage, "blocked"), (ErrorPage, "error_page"), (NotAFeed, "not_a_feed"), (EmptyResult, "empty"),
          (ScriptRendered, "script_rendered"), (ParseError, "unparsable"), (SettingsError, "bad_settings"),
          (FetchError, "fetch_failed"))
CONTENT_TYPES = {".json": "application/json", ".xml": "application/xml", ".rss": "application/rss+xml",
                 ".atom": "application/atom+xml", ".pdf": "application/pdf", ".html": "text/html",
                 ".htm": "text/html"}


@dataclass(frozen=True, kw_only=True)
class Proposal:
    """A move the matcher would propose for one item (``item`` is its key; None for a page's text)."""

    item: str | None
    milestone: str
    status: str
    confidence: str


@dataclass(frozen=True, kw_only=True)
class Probe:
    """What one source yields: the JSON object of ``sources test --json``."""

    source: str
    kind: str
    health: str
    error: str | None = None
    items: list[dict] = field(default_factory=list)
    text: str | None = None
    proposals: list[Proposal] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return self.health == OK

    def to_json(self) -> dict:
        return asdict(self)


def probe_file(config: Config, spec: SourceConfig, path: Path) -> Probe:
    """The source's result on a saved copy of its page (``OSError`` when the file cannot be read)."""
    body = path.read_bytes()
    return _probe(config, spec, lambda: [(body, CONTENT_TYPES.get(path.suffix.lower()))])


def probe_sources(config: Config, specs: Sequence[SourceConfig]) -> list[Probe]:
    """Fetch every source in ``specs`` now (one shared fetcher, as in a pass) and probe each."""
    return asyncio.run(_fetch_all(config, specs))


async def _fetch_all(config: Config, specs: Sequence[SourceConfig]) -> list[Probe]:
    async with Fetcher(config.fetch) as fetcher, Browser(config.fetch, config.browser, fetcher) as browser:
        bodies = await asyncio.gather(*(_fetch(fetcher, browser, spec) for spec in specs), return_exceptions=True)
    return [_probe(config, spec, lambda got=got: _raise_or(got), rendered=spec.fetch == "browser")
            for spec, got in zip(specs, bodies)]


def _raise_or(got):
    if isinstance(got, BaseException):
        raise got
    return got


async def _fetch(fetcher: Fetcher, browser: Browser, spec: SourceConfig) -> list[tuple[bytes, str | None]]:
    """The bodies of the source's pages: page after page while the kind asks for more and the last page
    parsed to items (a listing whose page count cannot be trusted ends at its first empty page); for a
    ``fetch = "browser"`` source, its one page as the browser rendered it."""
    if spec.fetch == "browser":
        response = await browser.render_source(spec)
        return [(response.body, response.content_type)]
    kind, bodies, number = KINDS[spec.kind], [], 0
    budget = Budget(fetcher.config.max_bytes)
    while (request := kind.request(spec.settings, number)) is not None:
        response = await fetcher.fetch(source_request(spec, request, budget))
        bodies.append((response.body, response.content_type))
        number += 1
        if kind.request(spec.settings, number) is None or not _parse(spec, *bodies[-1]).items:
            break
    return bodies


def _probe(config: Config, spec: SourceConfig, bodies, rendered: bool = False) -> Probe:
    """Parse and normalise the bodies ``bodies()`` returns (``rendered``: by the browser); any failure becomes
    the health verdict."""
    try:
        pages = [_parse(spec, body, content_type) for body, content_type in bodies()]
        if len(pages) > 1 or pages[0].items is not None:
            page = Page(items=[item for p in pages for item in p.items or []])
        else:
            page = pages[0]
    except (SourceError, FetchError) as exc:
        if isinstance(exc, ScriptRendered) and rendered:
            exc = after_rendering(exc)
        health = next(name for error, name in HEALTH if isinstance(exc, error))
        error = str(exc) if str(exc).startswith(spec.url) else f"{spec.url}: {exc}"
        return Probe(source=spec.id, kind=spec.kind, health=health, error=error)
    seconds, stage = config.fetch.pattern_timeout.total_seconds(), "ignore"
    try:  # the patterns get the time a check gives them
        with time_limit(seconds):
            content = normalise(page, spec.ignore)
        items = [dict(item) for item in content.items] if content.items is not None else []
        stage = "signal"
        with time_limit(seconds):
            found = proposals(config, spec, items, content.text)
    except PatternTimeout as exc:
        return Probe(source=spec.id, kind=spec.kind, health="pattern_timeout", error=f"{spec.url}: {stage} {exc}")
    return Probe(source=spec.id, kind=spec.kind, health=OK, items=items, text=content.text, proposals=found)


def _parse(spec: SourceConfig, body: bytes, content_type: str | None) -> Page:
    return KINDS[spec.kind].parse(body, url=spec.url, content_type=content_type, settings=spec.settings)


def proposals(config: Config, spec: SourceConfig, items: list[dict], text: str | None) -> list[Proposal]:
    """For each item (or the page text), the move the matcher finds for each milestone listening to the
    source, judged from the milestone's status in the catalog."""
    listening = [m for m in config.milestones if m.watched and (m.sources is None or spec.id in m.sources)]
    texts = [(item["key"], f"{item['title']}\n{item['text']}".strip()) for item in items]
    if text:
        texts.append((None, text))
    found = []
    for key, body in texts:
        for milestone in listening:
            finding = match(milestone.target, body, current_status=milestone.status,
                            source_jurisdiction=spec.jurisdiction, vocabulary=config.vocabulary)
            outcome = settle(finding.matches, binding=milestone.binding, official=spec.official,
                             corroborated=lambda status: False)
            picked = ([outcome.move] if outcome.move else []) + ([outcome.review[0]] if outcome.review else [])
            found += [Proposal(item=key, milestone=milestone.id, status=m.status,
                               confidence="certain" if m is outcome.move else "plausible") for m in picked]
    return found
