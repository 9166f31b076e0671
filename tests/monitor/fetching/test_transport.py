"""Proxies and TLS work as in any httpx program: HTTP_PROXY / NO_PROXY / [fetch] proxy through a real local
forward proxy, and HTTPS against a local server whose CA is trusted through [fetch] ca_bundle or SSL_CERT_FILE."""
from __future__ import annotations

from pathlib import Path

import pytest

from monitor import config
from monitor.fetching import FetchError, Request
from tests.fakes.proxy import ForwardProxy
from tests.fakes.tls import TLSPageServer, make_certificates
from tests.monitor.fetching.conftest import Answer, config_error, fetch, fetch_config

PAGE = Answer(headers={"Content-Type": "text/html"}, body=b"<p>Peraturan Presiden</p>")


def test_http_proxy_from_the_environment_carries_the_fetch(serve, monkeypatch):
    site = serve({"/page": PAGE}, host="127.0.0.2")
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        [response] = fetch(fetch_config(), Request(url=site.url("/page"), robots=False))
    assert response.body == PAGE.body
    assert proxy.requests == [f"GET {site.url('/page')}"]
    assert site.paths() == ["/page"]


def test_no_proxy_naming_the_host_goes_direct(serve, monkeypatch):
    site = serve({"/page": PAGE}, host="127.0.0.2")
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "example.org,127.0.0.2")
        [response] = fetch(fetch_config(), Request(url=site.url("/page"), robots=False))
    assert response.body == PAGE.body and proxy.requests == [] and site.paths() == ["/page"]


def test_fetch_proxy_setting_carries_the_fetch(serve, tmp_path):
    site = serve({"/page": PAGE}, host="127.0.0.2")
    with ForwardProxy() as proxy:
        path = tmp_path / "config.toml"
        path.write_text(f'[fetch]\nproxy = "{proxy.url}"\nallow_private = true\nhost_delay = "0s"\n'
                        f'[[sources]]\nid = "p"\nkind = "html"\nurl = "{site.url("/page")}"\n')
        loaded = config.load(str(path))
        assert loaded.fetch.proxy == proxy.url
        [response] = fetch(loaded.fetch, Request(url=site.url("/page"), robots=False))
    assert response.body == PAGE.body and proxy.requests == [f"GET {site.url('/page')}"]


def test_robots_txt_goes_through_the_proxy_too(serve, monkeypatch):
    site = serve({"/page": PAGE, "/robots.txt": Answer(body=b"User-agent: *\nAllow: /\n")}, host="127.0.0.2")
    with ForwardProxy() as proxy:
        monkeypatch.setenv("ALL_PROXY", proxy.url)
        fetch(fetch_config(), Request(url=site.url("/page")))
    assert proxy.requests == [f"GET {site.url('/robots.txt')}", f"GET {site.url('/page')}"]


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("ca"))


@pytest.mark.parametrize("transport", ["httpx", "lean"])
def test_https_source_verified_against_the_configured_ca_bundle(certificates, transport):
    with TLSPageServer(certificates, PAGE.body) as server:
        url = f"https://localhost:{server.port}/page"
        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(fetch_config(transport=transport), Request(url=url, robots=False))
        [response] = fetch(fetch_config(ca_bundle=str(certificates.ca), transport=transport),
                           Request(url=url, robots=False))
    assert response.body == PAGE.body


def test_https_source_verified_against_ssl_cert_file(certificates, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))
    with TLSPageServer(certificates, PAGE.body) as server:
        [response] = fetch(fetch_config(), Request(url=f"https://127.0.0.1:{server.port}/", robots=False))
    assert response.body == PAGE.body


def test_https_through_the_proxy_is_tunnelled_and_verified(certificates, monkeypatch):
    with TLSPageServer(certificates, PAGE.body) as server, ForwardProxy() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        url = f"https://localhost:{server.port}/page"
        [response] = fetch(fetch_config(ca_bundle=str(certificates.ca)), Request(url=url, robots=False))
    assert response.body == PAGE.body and proxy.requests == [f"CONNECT localhost:{server.port}"]


def test_ca_bundle_setting_is_read_relative_to_the_config(certificates, tmp_path):
    (tmp_path / "corp-ca.pem").write_bytes(certificates.ca.read_bytes())
    path = tmp_path / "config.toml"
    path.write_text('[fetch]\nca_bundle = "corp-ca.pem"\n')
    assert config.load(str(path)).fetch.ca_bundle == str(tmp_path / "corp-ca.pem")


@pytest.mark.parametrize("setting, needle", [
    ('ca_bundle = "missing.pem"', "is not a readable PEM certificate bundle"),
    ('ca_bundle = "config.toml"', "is not a readable PEM certificate bundle"),
    ('proxy = "ftp://proxy.example:21"', "is not a proxy URL"),
    ('proxy = 3128', "must be a proxy URL"),
])
def test_bad_fetch_settings_are_config_errors(tmp_path: Path, setting, needle):
    path, error = config_error(tmp_path, f"[fetch]\n{setting}\n")
    assert f"{path}:2: [fetch]: {setting.split(' ')[0]}: " in error and needle in error
