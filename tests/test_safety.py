"""Server safety mode: no fetching from loopback, private, link-local or reserved addresses."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from newsfuse.domain import Document, Problem
from newsfuse.ingest.fetch import fetch_each, fetch_pages
from newsfuse.ingest.safety import (
    GuardedTransport,
    RefusedAddress,
    address_problem,
    check_host,
    embedded_ipv4,
    parse_networks,
)
from newsfuse.options import Options
from webserver import LocalServer, Reply, fixture, redirect

ARTICLE = fixture("ledger_ferry.html")


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.3.4", "loopback"),
        ("10.20.30.40", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # the cloud metadata service
        ("100.64.0.7", "shared (carrier-grade NAT)"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.251", "multicast"),
        ("192.0.2.10", "private"),  # documentation range
        ("240.0.0.1", "private"),  # reserved for future use
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fd12:3456::1", "private"),  # unique local
        ("ff02::1", "multicast"),
        ("2001:db8::1", "private"),  # documentation range
        ("::ffff:127.0.0.1", "loopback (IPv4 127.0.0.1)"),  # IPv4-mapped
        ("::ffff:169.254.169.254", "link-local (IPv4 169.254.169.254)"),
        ("64:ff9b::10.0.0.1", "private (IPv4 10.0.0.1)"),  # NAT64
        ("2002:7f00:1::", "loopback (IPv4 127.0.0.1)"),  # 6to4 around 127.0.0.1
        ("::127.0.0.1", "loopback (IPv4 127.0.0.1)"),  # IPv4-compatible (deprecated)
        ("64:ff9b:1::1", "local-use NAT64"),
    ],
)
def test_non_public_addresses_are_named(address, kind):
    assert address_problem(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize(
    "address",
    [
        "93.184.215.14",
        "1.1.1.1",
        "2606:4700:4700::1111",
        "::ffff:93.184.215.14",
        "64:ff9b::101:101",
    ],
)
def test_public_addresses_pass(address):
    assert address_problem(ipaddress.ip_address(address)) is None


def test_embedded_ipv4():
    assert embedded_ipv4(ipaddress.ip_address("::ffff:10.1.2.3")) == ipaddress.ip_address(
        "10.1.2.3"
    )
    assert embedded_ipv4(ipaddress.ip_address("2002:0a01:0203::9")) == ipaddress.ip_address(
        "10.1.2.3"
    )
    assert embedded_ipv4(ipaddress.ip_address("2606:4700::1")) is None
    assert embedded_ipv4(ipaddress.ip_address("10.1.2.3")) is None


def test_allowed_networks_let_an_operators_own_sources_through():
    allowed = parse_networks(["10.8.0.0/16", "fd00:abcd::/32"])
    assert address_problem(ipaddress.ip_address("10.8.4.4"), allowed) is None
    assert address_problem(ipaddress.ip_address("::ffff:10.8.4.4"), allowed) is None
    assert address_problem(ipaddress.ip_address("fd00:abcd::5"), allowed) is None
    assert address_problem(ipaddress.ip_address("10.9.4.4"), allowed) == "private"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]", "127.1", "2130706433"])
def test_check_host_resolves_every_spelling_of_loopback(host):
    # Short and decimal forms are resolved as the C library would, then checked.
    with pytest.raises(RefusedAddress, match="loopback"):
        check_host(host, 80)


def test_a_refused_name_says_what_it_resolved_to():
    with pytest.raises(
        RefusedAddress, match=r"^refused: 2130706433 resolves to 127\.0\.0\.1, which"
    ):
        check_host("2130706433", 80)
    assert check_host("localhost", 80, parse_networks(["127.0.0.0/8", "::1"]))


def test_options_reject_a_malformed_network():
    with pytest.raises(ValueError, match="fetch_allowed_networks"):
        Options(fetch_allowed_networks=("ten dot zero",))


def test_the_cli_default_allows_private_addresses():
    assert Options().allow_private_addresses is True


@pytest.fixture
def guarded(tmp_path):
    return Options(allow_private_addresses=False, cache_dir=str(tmp_path / "cache"))


def test_safety_mode_refuses_the_local_server_without_connecting(guarded):
    with LocalServer({"/page": Reply(ARTICLE)}) as server:
        [refused] = fetch_each([server.url("/page")], guarded)
        [fetched] = fetch_each([server.url("/page")], guarded.with_(allow_private_addresses=True))
    assert refused == Problem(
        server.url("/page"),
        "refused: 127.0.0.1 is a loopback address; this server fetches only public hosts",
    )
    assert isinstance(fetched, Document)
    assert server.hits["/page"] == 1  # only the unguarded fetch reached the server


def test_an_allowed_host_may_not_redirect_to_a_private_one(guarded):
    allow_one = guarded.with_(fetch_allowed_networks=("127.0.0.1/32",))
    with LocalServer({"/inside": Reply(ARTICLE)}, host="127.0.0.2") as inner:
        routes = {
            "/story": Reply(ARTICLE),
            "/hop": redirect(inner.url("/inside")),
            "/hop-mapped": redirect(f"http://[::ffff:127.0.0.2]:{inner.port}/inside"),
        }
        with LocalServer(routes) as outer:
            story, hop, mapped = fetch_each(
                [outer.url(p) for p in ("/story", "/hop", "/hop-mapped")],
                allow_one,
            )
    assert isinstance(story, Document)  # 127.0.0.1 itself is allowed by the operator
    assert (
        hop.message
        == "refused: 127.0.0.2 is a loopback address; this server fetches only public hosts"
    )
    assert mapped.message.startswith(
        "refused: ::ffff:127.0.0.2 is a loopback (IPv4 127.0.0.2) address"
    )
    assert inner.hits["/inside"] == 0  # no hop reached the private server
    assert outer.hits["/hop"] == 1


def test_a_page_cached_without_safety_is_not_served_with_it(guarded):
    with LocalServer({"/page": Reply(ARTICLE)}) as server:
        [cached] = fetch_pages([server.url("/page")], guarded.with_(allow_private_addresses=True))
        [refused] = fetch_pages([server.url("/page")], guarded)
    assert cached.content == ARTICLE
    assert isinstance(refused, Problem) and "loopback" in refused.message


def test_the_guard_sits_in_the_transport_itself():
    # Even a plain httpx client, with no hop checks of its own, cannot reach the server.
    limits = httpx.Limits(max_connections=2)
    with (
        LocalServer({"/page": Reply(ARTICLE)}) as server,
        httpx.Client(transport=GuardedTransport(limits), follow_redirects=True) as client,
    ):
        with pytest.raises(RefusedAddress, match="loopback"):
            client.get(server.url("/page"))
        allowed = GuardedTransport(limits, parse_networks(["127.0.0.0/8"]))
        with httpx.Client(transport=allowed) as permitted:
            assert permitted.get(server.url("/page")).content == ARTICLE
    assert server.hits["/page"] == 1


def test_a_revalidated_cached_page_is_checked_like_a_fresh_one(guarded):
    # An unguarded run cached a page that redirected to a private host; a guarded run whose
    # revalidation gets "304 Not Modified" must still refuse it.
    allow_one = guarded.with_(fetch_allowed_networks=("127.0.0.1/32",), cache_fresh_seconds=0)
    with LocalServer({"/inside": Reply(ARTICLE, etag='"v1"')}, host="127.0.0.2") as inner:

        def hop(request):
            if request.headers.get("If-None-Match"):
                return Reply(b"", status=304, content_type=None)
            return redirect(inner.url("/inside"))

        with LocalServer({"/hop": hop}) as outer:
            [cached] = fetch_pages(
                [outer.url("/hop")], allow_one.with_(allow_private_addresses=True)
            )
            [refused] = fetch_pages([outer.url("/hop")], allow_one)
    assert cached.content == ARTICLE
    assert isinstance(refused, Problem) and "127.0.0.2 is a loopback" in refused.message
