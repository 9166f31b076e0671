"""The HTTP under the fetcher: httpx's own transport (httpcore's pool), one direct and one per proxy.

Using httpx's transport is what makes proxies, TLS verification against a custom CA and pool limits behave as
in any httpx program. The pool's idle sockets are bounded (``max_keepalive_connections``), so a pass over
hundreds of hosts holds at most that many idle sockets beside the requests in flight. ``[fetch] transport =
"lean"`` swaps the direct route for ``monitor.fetching.lean`` (faster, see the README's Speed section);
proxied requests always take httpx's.
"""
from __future__ import annotations

import os
import ssl

import httpx

from monitor.fetching.proxies import ProxyRules

KEEPALIVE_EXPIRY = 5.0  # seconds an idle connection is kept for reuse (httpx's default)


def ssl_context(ca_bundle: str | None) -> ssl.SSLContext:
    """Verification against ``[fetch] ca_bundle`` (a file or a directory of certificates) if set, else
    ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``, else certifi's bundle, as httpx does."""
    if ca_bundle:
        if os.path.isdir(ca_bundle):
            return ssl.create_default_context(capath=ca_bundle)
        return ssl.create_default_context(cafile=ca_bundle)
    return httpx.create_ssl_context(trust_env=True)


class Routes(httpx.AsyncBaseTransport):
    """Sends each request directly or through its proxy (``ProxyRules``), each route an httpx transport."""

    def __init__(self, rules: ProxyRules, verify: ssl.SSLContext, connections: int, lean: bool = False) -> None:
        from monitor.fetching.lean import LeanTransport

        self.rules = rules
        self._verify = verify
        self._limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections,
                                    keepalive_expiry=KEEPALIVE_EXPIRY)
        self._direct: httpx.AsyncBaseTransport = (
            LeanTransport(verify, max_idle=connections) if lean else
            httpx.AsyncHTTPTransport(verify=verify, limits=self._limits, trust_env=False))
        self._proxied: dict[str, httpx.AsyncHTTPTransport] = {}

    def proxy_for(self, url: httpx.URL) -> str | None:
        return self.rules.proxy_for(url)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.rules.proxy_for(request.url)
        return await (self._direct if proxy is None else self._through(proxy)).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in (self._direct, *self._proxied.values()):
            await transport.aclose()

    def _through(self, proxy: str) -> httpx.AsyncHTTPTransport:
        if proxy not in self._proxied:
            try:
                self._proxied[proxy] = httpx.AsyncHTTPTransport(proxy=proxy, verify=self._verify,
                                                                limits=self._limits, trust_env=False)
            except ImportError:  # socks5:// without socksio
                raise httpx.UnsupportedProtocol(f"the proxy {proxy} needs SOCKS support: "
                                                "pip install 'httpx[socks]'") from None
        return self._proxied[proxy]
