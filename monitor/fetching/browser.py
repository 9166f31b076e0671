"""The browser fetch: ``fetch = "browser"`` sources rendered in headless Chromium through Playwright.

Some listings are built by JavaScript after the page loads; fetched over HTTP they hold only an empty shell.
Such a page is loaded in the machine's own Chromium (Debian's ``chromium``, or ``[browser] executable``:
Playwright's own browser download is impossible on locked-down servers), regwatch waits until the network
is idle or the source's ``wait_for`` selector is in the DOM, and the rendered DOM goes to the source's kind
exactly as fetched HTML does (same selectors, health rules and change detection), less its scripts, which
have run, and its ``<noscript>`` blocks, which a browser running scripts does not show.

Limits: one browser per pass, started by the first browser source and closed when the pass ends whatever
happened; at most ``[browser] pages`` pages open at once, each in its own context (own cookies, headers and
agent); ``[fetch] timeout`` for the whole load; the body cap on the rendered DOM; images, fonts and media are
never requested. Politeness is the pass's HTTP fetcher's: its robots.txt verdict, its per-host limit and delay,
its User-Agent, its proxy; and its address policy holds for every request the page makes (``pageguard``).
Playwright is an optional extra (``pip install 'regwatch[browser]'``), imported only here.

Every failure (a page that never settles, a crashed browser, an HTTP error, a missing Playwright or
Chromium) is raised as :class:`~monitor.fetching.FetchError` naming the URL: a health event, never a change.
"""
from __future__ import annotations

import asyncio
import logging
import os
import shutil
from contextlib import AbstractAsyncContextManager, suppress
from typing import TYPE_CHECKING, Any, Protocol

from monitor.fetching.addresses import AddressPolicy
from monitor.fetching.model import FetchError, Response
from monitor.fetching.pageguard import PageGuard
from monitor.fetching.proxies import ProxyRules
from monitor.settings import BrowserConfig, FetchConfig, SourceConfig

if TYPE_CHECKING:
    from playwright.async_api import Browser as Chromium, Page, Playwright, Request, Route

log = logging.getLogger("monitor")

LAUNCH_ARGS = ("--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--disable-gpu")  # as root, and on a closed network
EXECUTABLES = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")
SKIPPED_RESOURCES = frozenset({"image", "font", "media"})
RENDERED_TYPE = "text/html; charset=utf-8"  # what the DOM is serialised to
# Scripts have run and <noscript> is not shown when they do: neither is content of the rendered page, and
# left in they would make it look like an application shell (script-heavy, "enable JavaScript").
DROP_SCRIPTS = "document.querySelectorAll('script, noscript').forEach(node => node.remove())"
LAUNCH_TIMEOUT = 30.0   # seconds for Chromium to start
CLOSE_TIMEOUT = 10.0    # seconds for a page, the browser or the driver to close before it is given up on
MISSING_EXTRA = ("browser sources need Playwright, which is not installed: "
                 "pip install 'regwatch[browser]' (the playwright package)")


class Politeness(Protocol):
    """What the browser borrows from the pass's HTTP fetcher, so both obey the same rules."""

    user_agent: str
    policy: AddressPolicy

    async def check_robots(self, url: str, user_agent: str | None = None) -> None: ...

    def host_slot(self, url: str) -> AbstractAsyncContextManager[None]: ...


class Browser:
    """One headless Chromium for a pass: ``async with Browser(...) as b: await b.render(url)``.

    Nothing starts until the first :meth:`render`, so a pass without browser sources costs nothing."""

    def __init__(self, fetch: FetchConfig, config: BrowserConfig, politeness: Politeness) -> None:
        self.fetch, self.config, self.politeness = fetch, config, politeness
        self._pages = asyncio.Semaphore(config.pages)
        self._starting = asyncio.Lock()
        self._playwright: Playwright | None = None
        self._chromium: Chromium | None = None
        self._failure: str | None = None  # why the browser could not start: every later source fails the same
        self._guard = PageGuard(politeness.policy)

    async def __aenter__(self) -> Browser:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def render_source(self, spec: SourceConfig) -> Response:
        """The rendered page of a ``fetch = "browser"`` source, with its own headers, agent and robots setting."""
        return await self.render(spec.url, wait_for=spec.wait_for, headers=spec.headers, user_agent=spec.user_agent,
                                 robots=spec.robots)

    async def render(self, url: str, *, wait_for: str | None = None, headers: dict[str, str] | None = None,
                     user_agent: str | None = None, robots: bool = True) -> Response:
        """The rendered DOM of ``url`` as a UTF-8 HTML response; raise FetchError naming the URL.
        ``user_agent`` (the source's own) replaces regwatch's, for robots.txt as for the page."""
        if robots:
            await self.politeness.check_robots(url, user_agent)
        async with self._pages:
            chromium = await self._started(url)
            async with self.politeness.host_slot(url):
                context = await self._guarded(url, "open a page", chromium.new_context(
                    user_agent=user_agent or self.politeness.user_agent, extra_http_headers=headers or None,
                    service_workers="block", accept_downloads=False))
                refused: list[str] = []  # why the page itself may not be read: its navigation or a redirect hop
                hops: list[asyncio.Future[None]] = []

                def on_request(request: Request) -> None:
                    if request.redirected_from is not None:  # Playwright does not route redirect hops
                        hops.append(asyncio.ensure_future(self._judge_hop(request.url, refused)))

                try:
                    await context.route("**/*", lambda route: self._route(route, refused))
                    page = await self._guarded(url, "open a page", context.new_page())
                    page.on("request", on_request)
                    return await self._load(page, url, wait_for, refused, hops)
                finally:
                    with suppress(Exception):  # a crashed browser cannot close what it no longer has
                        async with asyncio.timeout(CLOSE_TIMEOUT):
                            await context.close()

    async def close(self) -> None:
        """Close the browser and stop Playwright's driver; never raises, and nothing is left running."""
        chromium, playwright = self._chromium, self._playwright
        self._chromium = self._playwright = None
        if chromium is not None:
            with suppress(Exception):
                async with asyncio.timeout(CLOSE_TIMEOUT):
                    await chromium.close()
        if playwright is not None:
            with suppress(Exception):  # the driver kills what it launched when it exits
                async with asyncio.timeout(CLOSE_TIMEOUT):
                    await playwright.stop()

    async def _route(self, route: Route, refused: list[str]) -> None:
        """Images, fonts and media change nothing in the DOM: never requested. Nor is what the address policy
        refuses; a refused navigation of the page itself fails the source."""
        request = route.request
        if request.resource_type in SKIPPED_RESOURCES:
            await route.abort()
            return
        reason = await self._guard.refusal(request.url)
        if reason is None:
            await route.continue_()
            return
        if request.is_navigation_request() and request.frame.parent_frame is None:
            refused.append(f"{request.url} refused: {reason}")
        else:
            log.info("browser: request from a page to %s refused: %s", request.url, reason)
        await route.abort("blockedbyclient")

    async def _judge_hop(self, url: str, refused: list[str]) -> None:
        reason = await self._guard.refusal(url)
        if reason is not None:
            refused.append(f"redirect to {url} refused: {reason}")

    async def _load(self, page: Page, url: str, wait_for: str | None, refused: list[str],
                    hops: list[asyncio.Future[None]]) -> Response:
        """Navigate, wait for the page to settle, serialise the DOM: all within ``[fetch] timeout``."""
        limit = self.fetch.timeout.total_seconds()
        deadline = asyncio.get_running_loop().time() + limit
        phase = f"the page did not finish loading within {limit:g} s"
        try:
            async with asyncio.timeout(limit):  # page.content() has no limit of its own: a busy page blocks it
                response = await page.goto(url, wait_until="commit" if wait_for else "load",
                                           timeout=_remaining_ms(deadline))
                if response is not None and response.status >= 400:
                    raise FetchError(f"{url}: HTTP {response.status}", status=response.status)
                if wait_for:
                    phase = f"wait_for {wait_for!r} did not appear within {limit:g} s"
                    await page.wait_for_selector(wait_for, state="attached", timeout=_remaining_ms(deadline))
                else:
                    phase = (f"the page did not settle within {limit:g} s (its network never went idle: "
                             "set wait_for to the selector of what it builds)")
                    await page.wait_for_load_state("networkidle", timeout=_remaining_ms(deadline))
                phase = f"the rendered page could not be read within {limit:g} s"
                await page.evaluate(DROP_SCRIPTS)
                html = await page.content()
                await asyncio.gather(*hops)
        except TimeoutError:
            raise FetchError(f"{url}: {refused[0] if refused else phase}") from None
        except FetchError:
            raise
        except Exception as exc:
            raise (FetchError(f"{url}: {refused[0]}") if refused else self._failed(url, exc, phase)) from None
        if refused:
            raise FetchError(f"{url}: {refused[0]}")
        body = html.encode("utf-8", "surrogatepass")
        if len(body) > self.fetch.max_bytes:
            raise FetchError(f"{url}: rendered page of {len(body):,} bytes is over the limit of "
                             f"{self.fetch.max_bytes:,} bytes")
        return Response(url=page.url, status=response.status if response else 200, body=body,
                        content_type=RENDERED_TYPE, etag=None, last_modified=None)

    async def _guarded(self, url: str, what: str, call: Any) -> Any:
        try:
            return await call
        except Exception as exc:
            raise self._failed(url, exc, f"could not {what}") from None

    def _failed(self, url: str, exc: Exception, phase: str) -> FetchError:
        """A Playwright error as a FetchError that says what happened in words a user can act on."""
        from playwright.async_api import TimeoutError as PageTimeout

        if isinstance(exc, PageTimeout):
            return FetchError(f"{url}: {phase}")
        detail = _first_line(exc)
        if self._chromium is not None and not self._chromium.is_connected():
            return FetchError(f"{url}: the browser crashed ({detail}); it is started again next pass")
        if "crash" in detail.lower():
            return FetchError(f"{url}: the page crashed Chromium's renderer ({detail})")
        return FetchError(f"{url}: {detail}")

    async def _started(self, url: str) -> Chromium:
        """The pass's browser, started at the first call; the same error for every source if it cannot start."""
        async with self._starting:
            if self._failure is None and self._chromium is None:
                try:
                    self._chromium = await self._launch()
                except FetchError as exc:
                    self._failure = str(exc)
            if self._failure is not None:
                raise FetchError(f"{url}: {self._failure}")
            assert self._chromium is not None
            if not self._chromium.is_connected():
                raise FetchError(f"{url}: the browser crashed earlier in this pass; it is started again next pass")
            return self._chromium

    async def _launch(self) -> Chromium:
        try:
            from playwright.async_api import async_playwright
        except ImportError:
            raise FetchError(MISSING_EXTRA) from None
        executable = self._executable()
        self._playwright = await async_playwright().start()
        try:
            chromium = await self._playwright.chromium.launch(
                executable_path=executable, headless=True, args=list(LAUNCH_ARGS), timeout=LAUNCH_TIMEOUT * 1000,
                proxy=browser_proxy(ProxyRules.read(self.fetch.proxy)))
        except Exception as exc:
            raise FetchError(f"Chromium at {executable} did not start: {_first_line(exc)}") from None
        log.info("browser started: %s %s", executable, chromium.version)
        return chromium

    def _executable(self) -> str:
        """``[browser] executable``, else the first Chromium on the PATH."""
        configured = self.config.executable
        if configured is not None:
            found = shutil.which(configured)
            if found is None or not os.access(found, os.X_OK):
                raise FetchError(f"[browser] executable {configured!r} is not an executable file")
            return found
        for name in EXECUTABLES:
            found = shutil.which(name)
            if found is not None:
                return found
        raise FetchError("no Chromium found on the PATH: install Debian's chromium package "
                         "(apt-get install chromium) or set [browser] executable")


def browser_proxy(rules: ProxyRules) -> dict[str, str] | None:
    """The HTTP fetcher's proxy as Playwright's ``proxy`` option. Chromium takes one proxy for every scheme:
    ``[fetch] proxy``, else ``HTTPS_PROXY``, ``HTTP_PROXY`` or ``ALL_PROXY``; ``NO_PROXY`` lists the bypasses."""
    server = rules.configured or next(
        (rules.environment[scheme] for scheme in ("https", "http", "all") if scheme in rules.environment), None)
    if server is None:
        return None
    bypass = "" if rules.configured else rules.environment.get("no", "")
    return {"server": server, "bypass": bypass} if bypass else {"server": server}


def _remaining_ms(deadline: float) -> float:
    return max(1.0, (deadline - asyncio.get_running_loop().time()) * 1000)


def _first_line(exc: Exception) -> str:
    """Playwright's message without its call log and its ``Page.goto:`` prefix."""
    line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return line.split(": ", 1)[1] if line.split(": ", 1)[0].count(".") == 1 else line
