"""Which proxy a URL goes through, read as curl, requests and httpx read it.

``[fetch] proxy`` sends every source through one proxy (as httpx's ``proxy=`` does, the environment is then not
read). Without it: ``HTTP_PROXY`` / ``HTTPS_PROXY`` per scheme, ``ALL_PROXY`` for both, and ``NO_PROXY`` names
the hosts reached directly (a host and its subdomains, ``host:port``, or ``*`` for all); lower-case names work
too. A proxy given without a scheme is an HTTP proxy.
"""
from __future__ import annotations

import urllib.request
from dataclasses import dataclass, field

import httpx

SCHEMES = ("http", "https", "all")


@dataclass(frozen=True)
class ProxyRules:
    """The proxy of every URL: ``configured`` for all, else ``environment`` (scheme -> proxy, and "no")."""

    configured: str | None = None
    environment: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, configured: str | None) -> ProxyRules:
        """The rules for this process: the setting, else the environment as it is now."""
        if configured:
            return cls(configured=_with_scheme(configured))
        found = urllib.request.getproxies_environment()
        environment = {k: _with_scheme(v) for k, v in found.items() if k in SCHEMES and v}
        if environment and found.get("no"):
            environment["no"] = found["no"]
        return cls(environment=environment)

    def proxy_for(self, url: httpx.URL) -> str | None:
        """The proxy URL for ``url``, or None to connect directly."""
        if self.configured:
            return self.configured
        proxy = self.environment.get(url.scheme) or self.environment.get("all")
        if proxy is None:
            return None
        host = url.host if url.port is None else f"{url.host}:{url.port}"
        if "no" in self.environment and urllib.request.proxy_bypass_environment(host, self.environment):
            return None
        return proxy


def _with_scheme(proxy: str) -> str:
    return proxy if "://" in proxy else f"http://{proxy}"
