"""What the fetcher is asked, what it answers, and how it fails.

Errors::

    RegwatchError
     └── FetchError          a URL could not be had; the check pass records it as the source's health event
"""
from __future__ import annotations

from dataclasses import dataclass, field

from monitor.errors import RegwatchError
from monitor.settings import SourceConfig


class FetchError(RegwatchError):
    """A URL could not be fetched. ``status`` is the last HTTP status, if any; ``final`` means trying again
    within this fetch cannot help (a name that does not resolve, a refused address, a timeout);
    ``retry_after`` is the wait in seconds the server asked for."""

    def __init__(self, message: str, *, status: int | None = None, final: bool = False,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.final = final
        self.retry_after = retry_after


class Budget:
    """The bytes one source may hold across all its pages: a paginated source shares one budget, so a JSON
    API with many pages stops at the cap instead of growing the process."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def take(self, size: int, url: str) -> None:
        """Count ``size`` more decoded bytes; raise FetchError naming the cap when it is passed."""
        self.admit(size, url)
        self.used += size

    def admit(self, size: int, url: str) -> None:
        """Raise FetchError naming the cap if ``size`` more bytes would pass it (nothing is counted)."""
        if self.used + size > self.limit:
            raise FetchError(f"{url}: over the limit of {self.limit:,} bytes for one source "
                             f"([fetch] max_bytes, counted across all its pages): stopped", final=True)


@dataclass(frozen=True, kw_only=True)
class Request:
    """What to ask for: the URL, method, body (and its media type), extra headers, the User-Agent to send
    (None: regwatch's own), the validators of the last good fetch and the source's byte budget."""

    url: str
    method: str = "GET"
    body: bytes | None = None
    body_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    user_agent: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    robots: bool = True
    budget: Budget | None = None


@dataclass(frozen=True, kw_only=True)
class Response:
    """A successful fetch. ``not_modified`` means 304: ``body`` is empty and nothing needs parsing."""

    url: str
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def source_request(spec: SourceConfig, page: tuple[str, bytes | None], budget: Budget, *, etag: str | None = None,
                   last_modified: str | None = None) -> Request:
    """The request for one page of a source: its kind's method and body (and the body's media type), the
    source's own headers, User-Agent and robots setting, and the budget all its pages share."""
    from sources import KINDS

    method, body = page
    return Request(url=spec.url, method=method, body=body, body_type=KINDS[spec.kind].body_type,
                   headers=spec.headers, user_agent=spec.user_agent, robots=spec.robots, budget=budget, etag=etag,
                   last_modified=last_modified)
