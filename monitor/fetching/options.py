"""The fetch-related config values, validated: each function returns the clean value or raises ValueError
with the problem in words a person can act on (the config loader adds file, line, table and key)."""
from __future__ import annotations

import re
import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.fetching import addresses
from monitor.fetching.addresses import AddressPolicy, Network

HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
RESERVED_HEADERS = {
    "user-agent": 'set user_agent = "..." on the source instead',
    "accept-encoding": "regwatch asks for gzip and deflate and decodes them itself, within the memory cap",
    "host": "it is taken from the url",
    "content-length": "it is computed from the body",
    "transfer-encoding": "it is computed from the body",
    "connection": "the connection pool manages it",
    "if-none-match": "regwatch sends it from the last fetch's ETag",
    "if-modified-since": "regwatch sends it from the last fetch's Last-Modified",
}
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def headers(value: Any) -> dict[str, str]:
    """Per-source request headers: valid names, one-line values, none that regwatch sets itself."""
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError("must be a table of strings")
    for name, text in value.items():
        if not HEADER_NAME.match(name):
            raise ValueError(f"{name!r} is not a valid header name")
        if name.lower() in RESERVED_HEADERS:
            raise ValueError(f"{name!r} cannot be set here: {RESERVED_HEADERS[name.lower()]}")
        if CONTROL.search(text):
            raise ValueError(f"{name!r}: the value must be one line without control characters")
    return dict(value)


def user_agent(value: Any) -> str | None:
    """A source's own User-Agent: one line of text."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or CONTROL.search(value):
        raise ValueError(f"must be one line of text, not {value!r}")
    return value


def proxy(value: Any) -> str | None:
    """``[fetch] proxy``: a proxy URL (an address without a scheme is an HTTP proxy)."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must be a proxy URL like http://proxy.example:3128, not {value!r}")
    parts = urlsplit(value if "://" in value else f"http://{value}")
    if parts.scheme not in PROXY_SCHEMES or not parts.hostname:
        raise ValueError(f"{value!r} is not a proxy URL like http://proxy.example:3128 "
                         f"(schemes: {', '.join(PROXY_SCHEMES)})")
    return value


def ca_bundle(value: Any, folder: Path) -> str | None:
    """``[fetch] ca_bundle``: a PEM file or a directory of certificates, relative to the config's folder,
    loaded now so that a wrong file is a config error rather than a failure of every HTTPS source."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must be the path of a PEM file, not {value!r}")
    path = folder / Path(value).expanduser()
    try:
        if path.is_dir():
            ssl.create_default_context(capath=str(path))
        else:
            ssl.create_default_context(cafile=str(path))
    except (OSError, ssl.SSLError) as exc:
        raise ValueError(f"{str(path)!r} is not a readable PEM certificate bundle ({exc})") from None
    return str(path)


def allow_private(value: Any) -> tuple[Network, ...]:
    """``[fetch] allow_private``: true, false or a list of networks ("10.20.0.0/16", "192.0.2.7")."""
    if not isinstance(value, bool) and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise ValueError(f'must be true, false or a list of networks like ["10.0.0.0/8"], not {value!r}')
    return addresses.networks(value)


def public_url(url: str, allowed: tuple[Network, ...]) -> None:
    """A URL naming a non-public address, however its host is written, needs ``allow_private``."""
    found = private_address(url)
    if found is not None and not AddressPolicy(allowed).permits(found):
        raise ValueError(f"{url!r} points at {found}, a {addresses.kind(found)} address: set [fetch] "
                         "allow_private = true (or list its network) to watch such an address")


def private_address(url: str) -> addresses.Address | None:
    """The non-public address a URL's host names literally (or as localhost), if it does."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError as exc:
        raise ValueError(f"{url!r} is not a valid URL ({exc})") from None
    found = addresses.named_address(host)
    return found if found is not None and not found.is_global else None
