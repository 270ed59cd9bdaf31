"""Fetching: limits, user agent, error mapping, and the private-address guard."""

from __future__ import annotations

import httpx
import pytest

from accord.errors import FetchError, PrivateAddress, TooLarge
from accord.ingest.fetch import USER_AGENT, Fetcher, is_public

PUBLIC = "93.184.216.34"


def fetcher(handler, resolve=None, **kw) -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(handler), resolver=resolve or (lambda host: [PUBLIC]), **kw)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, html="<p>hello</p>")


@pytest.mark.parametrize(
    "address, public",
    [("93.184.216.34", True), ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("172.16.5.4", False),
     ("169.254.169.254", False), ("100.64.0.1", False), ("::1", False), ("fe80::1", False), ("fd00::1", False),
     ("::ffff:127.0.0.1", False), ("2606:4700:4700::1111", True), ("0.0.0.0", False), ("224.0.0.1", False)],
)
def test_only_global_addresses_are_public(address, public):
    assert is_public(address) is public


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost/", "http://[::1]:8080/x", "http://10.0.0.8/a"])
def test_private_and_loopback_addresses_are_refused(url):
    resolve = lambda host: ["127.0.0.1"] if host == "localhost" else [PUBLIC]  # noqa: E731
    with pytest.raises(PrivateAddress, match="--allow-private"):
        fetcher(ok, resolve).fetch(url)


def test_a_host_resolving_to_a_private_address_is_refused():
    with pytest.raises(PrivateAddress):
        fetcher(ok, lambda host: [PUBLIC, "10.0.0.1"]).fetch("https://intranet.example/")


def test_allow_private_lets_them_through():
    assert fetcher(ok, lambda host: ["127.0.0.1"], allow_private=True).fetch("http://localhost/").status == 200


def test_a_redirect_to_a_private_address_is_refused():
    def handler(request):
        if request.url.host == "public.example":
            return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data"})
        return ok(request)

    with pytest.raises(PrivateAddress):
        fetcher(handler, lambda host: [PUBLIC]).fetch("https://public.example/")


def test_redirects_are_followed_and_the_user_agent_sent():
    agents = []

    def handler(request):
        agents.append(request.headers["user-agent"])
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, text="fine", headers={"content-type": "text/plain; charset=utf-8"})

    page = fetcher(handler).fetch("https://site.example/old")
    assert page.final_url == "https://site.example/new" and page.text == "fine" and page.content_type == "text/plain"
    assert agents == [USER_AGENT, USER_AGENT] and "accord" in USER_AGENT


def test_bodies_over_the_size_limit_are_refused():
    big = lambda request: httpx.Response(200, content=b"x" * 5000)  # noqa: E731
    with pytest.raises(TooLarge):
        fetcher(big, max_bytes=1000).fetch("https://site.example/")


@pytest.mark.parametrize(
    "handler, message",
    [
        (lambda r: httpx.Response(404), "HTTP 404"),
        (lambda r: (_ for _ in ()).throw(httpx.ConnectTimeout("slow")), "timed out"),
        (lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused")), "could not fetch"),
    ],
)
def test_failures_become_fetch_errors(handler, message):
    with pytest.raises(FetchError, match=message):
        fetcher(handler).fetch("https://site.example/")


def test_only_http_urls_are_fetched():
    with pytest.raises(FetchError, match="only http"):
        fetcher(ok).fetch("file:///etc/passwd")


def test_too_many_redirects():
    loop = lambda request: httpx.Response(302, headers={"location": "/again"})  # noqa: E731
    with pytest.raises(FetchError, match="redirects"):
        fetcher(loop, max_redirects=3).fetch("https://site.example/")
