"""Which addresses a fetch may reach: public ones, and private ones only where ``[fetch] allow_private`` says.

regwatch runs inside company networks, where a page written by someone else must not steer it to what only
the server can reach (an admin console on loopback, the cloud metadata service at 169.254.169.254). So every
connection a source makes (the configured URL and each redirect) goes to globally routable addresses only,
unless ``allow_private`` is ``true`` (any address) or a list of networks (``["10.20.0.0/16"]``).

Hosts are read the way the C library reads them before they are judged (``0x7f000001``, ``2130706433``,
``127.1``, ``0177.0.0.1``, ``[::ffff:127.0.0.1]`` all mean 127.0.0.1), and a name is judged by the addresses it
resolves to, every one of them. The connection itself is then made by httpx, which resolves the name again: a
DNS server that answers differently within milliseconds (DNS rebinding) is the remaining gap; a proxy, when
one is used, resolves names itself and only literal addresses can be judged here.
"""
from __future__ import annotations

import asyncio
import re
import socket
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

Address = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network

EVERYWHERE: tuple[Network, ...] = (ip_network("0.0.0.0/0"), ip_network("::/0"))
METADATA = frozenset({ip_address("169.254.169.254"), ip_address("fd00:ec2::254"), ip_address("100.100.100.200")})
_NUMERIC = re.compile(r"[0-9a-fA-FxX.]+")  # what inet_aton may read as an IPv4 address


def literal(host: str) -> Address | None:
    """The address ``host`` names literally, however it is written; None for a name."""
    bare = host.strip("[]").split("%")[0]
    try:
        address = ip_address(bare)
    except ValueError:
        if not _NUMERIC.fullmatch(bare) or not any(c.isdigit() for c in bare):
            return None
        try:
            address = IPv4Address(socket.inet_aton(bare))
        except OSError:
            return None
    return _unmapped(address)


def named_address(host: str) -> Address | None:
    """What ``host`` means without asking DNS: its literal address, or loopback for ``localhost`` names."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return IPv4Address("127.0.0.1")
    return literal(host)


async def resolve(host: str, port: int) -> list[Address]:
    """Every address ``host`` resolves to; raise LookupError at once when it does not resolve."""
    known = named_address(host)
    if known is not None:
        return [known]
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise LookupError(f"the name {host!r} does not resolve ({exc})") from None
    return [_unmapped(ip_address(info[4][0].split("%")[0])) for info in infos]


def kind(address: Address) -> str:
    """A short word for why an address is not public, for messages."""
    if address in METADATA:
        return "cloud metadata"
    for label, flag in (("loopback", address.is_loopback), ("link-local", address.is_link_local),
                        ("private", address.is_private), ("multicast", address.is_multicast)):
        if flag:
            return label
    return "non-public"


def networks(value: bool | list[str]) -> tuple[Network, ...]:
    """The networks an ``allow_private`` value opens: everything, nothing, or the listed ones (raise
    ValueError naming a bad entry)."""
    if value is True:
        return EVERYWHERE
    if value is False:
        return ()
    return tuple(ip_network(entry, strict=False) for entry in value)


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses always; others only inside ``allowed``."""

    allowed: tuple[Network, ...] = ()

    def permits(self, address: Address) -> bool:
        return address.is_global or any(address in network for network in self.allowed)


def _unmapped(address: Address) -> Address:
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address
