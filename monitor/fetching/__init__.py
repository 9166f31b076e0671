"""Fetching sources over HTTP: the client (``client``), and beside it one module per concern: politeness,
robots.txt, proxies, the transport, addresses a fetch may reach, and bounded body reading."""
from monitor.fetching.client import VERSION, Fetcher
from monitor.fetching.model import Budget, FetchError, Request, Response, source_request

__all__ = ["VERSION", "Budget", "FetchError", "Fetcher", "Request", "Response", "source_request"]
