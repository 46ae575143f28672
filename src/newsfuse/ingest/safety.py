"""Safe fetching for servers: refuse URLs whose host is not on the public internet.

A server that fetches URLs its callers name must not become their way into the machines behind
it (server-side request forgery): the cloud metadata service at 169.254.169.254, admin pages on
127.0.0.1, the office network on 10.0.0.0/8. The guard resolves each host itself, refuses it
when *any* of its addresses is not public, and then connects only to the addresses it checked;
it runs at every new connection, so every redirect hop is checked and a DNS answer that changes
between check and connect (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence

import httpcore
import httpx

__all__ = [
    "GuardedBackend",
    "GuardedTransport",
    "IPAddress",
    "RefusedAddress",
    "address_problem",
    "check_host",
    "embedded_ipv4",
    "parse_networks",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# NAT64 (RFC 6052) and IPv4-compatible addresses carry an IPv4 address in their last 32 bits.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT, RFC 6598


class RefusedAddress(ValueError):
    """A host that resolves to an address the safety mode does not fetch from."""


def parse_networks(networks: Iterable[str]) -> tuple[Network, ...]:
    """CIDR strings (``10.1.0.0/16``, ``fd00::/8``, a single address) as networks."""
    return tuple(ipaddress.ip_network(network, strict=False) for network in networks)


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64, compatible), if any."""
    if address.version == 4:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 0xFFFF):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_problem(address: IPAddress, allowed: Sequence[Network] = ()) -> str | None:
    """What kind of non-public address this is, or None when fetching from it is fine.

    ``allowed`` networks pass even when private (an operator's own intranet sources). An IPv6
    address that embeds an IPv4 address is judged by that IPv4 address: ``::ffff:127.0.0.1``
    reaches the same loopback interface as ``127.0.0.1``.
    """
    if any(address in network for network in allowed):
        return None
    inner = embedded_ipv4(address)
    if inner is not None:
        # The IPv6 form is only a way to reach the IPv4 host; that host decides.
        problem = address_problem(inner, allowed)
        return f"{problem} (IPv4 {inner})" if problem else None
    # The order matters only for the message: the most specific name first.
    for is_kind, kind in (
        (address.is_loopback, "loopback"),
        (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"),
        (address.is_unspecified, "unspecified"),
        (address.version == 4 and address in _SHARED, "shared (carrier-grade NAT)"),
        (address in _NAT64_LOCAL, "local-use NAT64"),
        (address.is_private, "private"),
        (address.is_reserved, "reserved"),
        (not address.is_global, "non-global"),
    ):
        if is_kind:
            return kind
    return None


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to, in the resolver's order (a literal gives itself)."""
    literal = _literal(host)
    if literal is not None:
        return [literal]
    addresses: list[IPAddress] = []
    for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        # A link-local IPv6 answer carries its zone ("fe80::1%eth0"); the zone is not the address.
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def check_host(host: str, port: int, allowed: Sequence[Network] = ()) -> list[IPAddress]:
    """Resolve ``host`` and return its addresses, or raise :class:`RefusedAddress`.

    All addresses must pass, not just the first: a name with a public and a private answer
    would otherwise reach the private one whenever the resolver's order changed.
    Resolution failures raise :class:`socket.gaierror`.
    """
    addresses = resolve(host, port)
    for address in addresses:
        problem = address_problem(address, allowed)
        if problem is not None:
            literal = _literal(host) is not None
            subject = f"{host} is" if literal else f"{host} resolves to {address}, which is"
            raise RefusedAddress(
                f"refused: {subject} a {problem} address; this server fetches only public hosts"
            )
    return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's network backend, connecting only to hosts that :func:`check_host` passes.

    httpcore calls ``connect_tcp`` for every new connection, the first hop and each redirect
    alike; connecting to the checked addresses (not the name) closes the gap between check and
    connect. TLS still verifies the certificate against the host name, which httpcore passes
    separately.
    """

    def __init__(self, allowed: Sequence[Network] = ()) -> None:
        self.allowed = tuple(allowed)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = check_host(host, port, self.allowed)
        except socket.gaierror as error:
            raise httpcore.ConnectError(f"cannot resolve {host}: {error.strerror}") from error
        last_error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        assert last_error is not None  # resolve() never returns an empty list without raising
        raise last_error


class GuardedTransport(httpx.HTTPTransport):
    """An httpx transport whose every connection goes through :class:`GuardedBackend`.

    It uses no proxy from the environment: a proxy would connect on our behalf, unchecked.
    """

    def __init__(self, limits: httpx.Limits, allowed: Sequence[Network] = ()) -> None:
        super().__init__(limits=limits, trust_env=False)
        # httpx takes no network backend, so the pool it built is replaced by the same pool
        # with the guarded backend (httpcore's public ConnectionPool arguments).
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(allowed),
        )
