"""No redirect into the internal network: only http and https are followed, and every hop (the configured URL
too) must reach a public address unless [fetch] allow_private opens its network. Hosts are normalised
(numeric tricks, IPv4-mapped IPv6) before they are judged, and names by the addresses they resolve to.

The tests play "the outside host" with a server on 127.0.0.2 that ``allow_private = ["127.0.0.2"]`` opens,
and "the internal service" with one on 127.0.0.1 that it does not: the same rule that refuses a public page
redirecting to loopback."""
from __future__ import annotations

import re
import socket
import threading

import pytest

from monitor import config
from monitor.fetching import FetchError, Request
from monitor.fetching.addresses import literal, networks
from tests.monitor.fetching.conftest import Answer, config_error, fetch, fetch_config

INTERNAL = Answer(body=b"internal admin console")
OUTSIDE_ONLY = networks(["127.0.0.2"])


def redirecting_to(location: str) -> Answer:
    return Answer(302, headers={"Location": location})


def test_a_redirect_to_an_internal_address_is_refused(serve):
    internal = serve({"/admin": INTERNAL}, host="127.0.0.1")
    outside = serve({"/news": redirecting_to(internal.url("/admin"))}, host="127.0.0.2")
    with pytest.raises(FetchError, match=rf"redirect to {internal.url('/admin')} refused: 127.0.0.1 is "
                                         r"127.0.0.1, a loopback address \(set \[fetch\] allow_private"):
        fetch(fetch_config(allow_private=OUTSIDE_ONLY), Request(url=outside.url("/news"), robots=False))
    assert internal.seen == []


def test_the_same_redirect_is_followed_with_allow_private(serve):
    internal = serve({"/admin": INTERNAL}, host="127.0.0.1")
    outside = serve({"/news": redirecting_to(internal.url("/admin"))}, host="127.0.0.2")
    [response] = fetch(fetch_config(allow_private=networks(True)), Request(url=outside.url("/news"), robots=False))
    assert response.body == INTERNAL.body and response.url == internal.url("/admin")


@pytest.mark.parametrize("trick", ["0x7f000001", "2130706433", "127.1", "[::ffff:127.0.0.1]"])
def test_a_redirect_to_a_numeric_trick_host_is_refused(serve, trick):
    internal = serve({"/admin": INTERNAL}, host="127.0.0.1")
    outside = serve({"/news": redirecting_to(f"http://{trick}:{internal.port}/admin")}, host="127.0.0.2")
    with pytest.raises(FetchError, match=r"refused: .* is 127.0.0.1, a loopback address"):
        fetch(fetch_config(allow_private=OUTSIDE_ONLY), Request(url=outside.url("/news"), robots=False))
    assert internal.seen == []


def test_a_gopher_redirect_is_refused(serve):
    listener = socket.create_server(("127.0.0.1", 0))
    connections = []
    threading.Thread(target=lambda: connections.append(listener.accept()), daemon=True).start()
    port = listener.getsockname()[1]
    outside = serve({"/news": redirecting_to(f"gopher://127.0.0.1:{port}/_SET%20key%20value")}, host="127.0.0.2")
    try:
        with pytest.raises(FetchError, match=r"redirect to gopher://127.0.0.1:\d+/_SET%20key%20value refused "
                                             r"\(only http and https are followed\)"):
            fetch(fetch_config(allow_private=networks(True)), Request(url=outside.url("/news"), robots=False))
    finally:
        listener.close()
    assert connections == []


def test_a_name_is_judged_by_the_addresses_it_resolves_to(serve):
    name = socket.gethostname()
    try:
        resolved = {info[4][0] for info in socket.getaddrinfo(name, 80, type=socket.SOCK_STREAM)}
    except socket.gaierror:
        pytest.skip(f"this machine's own name {name!r} does not resolve here")
    address = literal(sorted(resolved)[0])
    if address is None or address.is_global:
        pytest.skip(f"{name!r} resolves to a public address here")
    with pytest.raises(FetchError, match=rf"{name}:1/ refused: {name} is .*, a \w+ address"):
        fetch(fetch_config(allow_private=()), Request(url=f"http://{name}:1/", robots=False))


@pytest.mark.parametrize("url, needle", [
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254, a cloud metadata address"),
    ("http://0x7f000001/", "127.0.0.1, a loopback address"),
    ("http://2130706433:8080/", "127.0.0.1, a loopback address"),
    ("http://127.1/", "127.0.0.1, a loopback address"),
    ("http://[::ffff:10.0.0.1]/", "10.0.0.1, a private address"),
    ("http://localhost:8000/", "127.0.0.1, a loopback address"),
    ("http://192.168.1.20/intranet", "192.168.1.20, a private address"),
])
def test_a_configured_internal_url_needs_allow_private(tmp_path, url, needle):
    path, error = config_error(tmp_path, f'[[sources]]\nid = "inside"\nkind = "html"\nurl = "{url}"\n')
    assert f'{path}:4: [[sources]] "inside": url: ' in error and needle in error and "allow_private" in error


def test_allow_private_admits_configured_internal_urls_with_one_warning(tmp_path, caplog):
    path = tmp_path / "config.toml"
    path.write_text('[fetch]\nallow_private = true\n'
                    '[[sources]]\nid = "meta"\nkind = "html"\nurl = "http://169.254.169.254/"\n'
                    '[[sources]]\nid = "lo"\nkind = "html"\nurl = "http://0x7f000001/"\n'
                    '[[sources]]\nid = "pub"\nkind = "html"\nurl = "https://asean.org/"\n')
    loaded = config.load(str(path))
    assert [s.id for s in loaded.sources] == ["meta", "lo", "pub"]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == [f"{path}: [fetch] allow_private lets 2 sources reach non-public addresses: "
                        "meta (169.254.169.254), lo (127.0.0.1)"]


def test_allow_private_can_name_networks(tmp_path):
    _, error = config_error(tmp_path, '[fetch]\nallow_private = ["10.20.0.0/16"]\n'
                                      '[[sources]]\nid = "intranet"\nkind = "html"\nurl = "http://10.20.3.4/"\n'
                                      '[[sources]]\nid = "other"\nkind = "html"\nurl = "http://10.30.0.1/"\n')
    assert re.search(r'"other": url: .*10.30.0.1, a private address', error)


@pytest.mark.parametrize("value, needle", [
    ('"yes"', "must be true, false or a list of networks"),
    ('["10.0.0.0/33"]', "10.0.0.0/33"),
])
def test_a_bad_allow_private_is_a_config_error(tmp_path, value, needle):
    path, error = config_error(tmp_path, f"[fetch]\nallow_private = {value}\n")
    assert f"{path}:2: [fetch]: allow_private: " in error and needle in error


def test_the_warning_names_the_first_five_sources(tmp_path, caplog):
    path = tmp_path / "config.toml"
    path.write_text("[fetch]\nallow_private = true\n" + "".join(
        f'[[sources]]\nid = "s{n}"\nkind = "html"\nurl = "http://10.0.0.{n}/"\n' for n in range(1, 8)))
    config.load(str(path))
    [warning] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warning.endswith("reach non-public addresses: s1 (10.0.0.1), s2 (10.0.0.2), s3 (10.0.0.3), "
                            "s4 (10.0.0.4), s5 (10.0.0.5) and 2 more")
