"""Fetch web pages and feeds politely and safely.

``Fetcher`` wraps an ``httpx.Client`` with a timeout per read, a total deadline per
fetch (redirects included, so a server that trickles one byte every few seconds is
cut off), the one input size limit (``decode.max_input_bytes``), a clear user agent,
and a guard against server-side request forgery: before each request (and each
redirect hop) the host name is resolved and every address checked with
``ipaddress``; an address that is not globally routable (private, loopback,
link-local, multicast, reserved, IPv6 forms included, with IPv4 addresses embedded in
IPv4-mapped, IPv4-compatible, 6to4, Teredo and NAT64 addresses checked too) is refused
unless ``allow_private=True``. The guard checks what DNS says at request
time; a host that re-binds between the check and the connection is not caught.

Tests pass ``transport=httpx.MockTransport(handler)`` and a fake ``resolver``, so no
network is touched. Every httpx error is mapped to ``FetchError`` here, once.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from accord.errors import FetchError, PrivateAddress, TooLarge
from accord.ingest.decode import max_input_bytes

#: Sent with every request so site owners can see who is fetching.
USER_AGENT = "accord/0.1 (news relation extraction; +https://pypi.org/project/accord/) python-httpx"
#: Seconds allowed to connect, and between bytes read.
TIMEOUT = 20.0
#: Seconds one fetch may take in all, redirects included, however the bytes trickle in.
DEADLINE = 60.0
MAX_REDIRECTS = 5

Resolver = Callable[[str], Iterable[str]]


def system_resolver(host: str) -> list[str]:
    """Every address the system resolver gives for ``host``."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})", item=host) from exc
    return sorted({info[4][0] for info in infos})


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (mapped, compatible, 6to4, Teredo, NAT64)."""
    embedded = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
    if ip in _NAT64 or ip in _IPV4_COMPATIBLE:
        embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [v4 for v4 in embedded if v4 is not None]


def is_public(address: str) -> bool:
    """Whether an IP address is globally routable: ``is_global`` and not multicast, for
    the address and for every IPv4 address embedded in it."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        candidates += _embedded_ipv4(ip)
    return all(c.is_global and not c.is_multicast for c in candidates)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response body with what is needed to decode and label it."""

    url: str
    final_url: str
    status: int
    content_type: str
    content: bytes
    encoding: str | None

    @property
    def text(self) -> str:
        """The body decoded with the declared charset, else UTF-8 (undecodable bytes replaced)."""
        for encoding in (self.encoding, "utf-8"):
            if not encoding:
                continue
            try:
                return self.content.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
        return self.content.decode("utf-8", errors="replace")


class Fetcher:
    """Fetch URLs with limits and the private-address guard.

    Args:
        timeout (float): seconds to connect and between reads.
        deadline (float): seconds the whole fetch may take, redirects included.
        max_bytes (int | None): largest body accepted (``max_input_bytes()`` by default);
            bigger ones raise ``TooLarge``.
        allow_private (bool): allow private and loopback addresses (intranet use).
        user_agent (str): the User-Agent header.
        transport (httpx.BaseTransport | None): for tests, e.g. ``httpx.MockTransport``.
        resolver (callable | None): host -> addresses; the system resolver by default.
    """

    def __init__(
        self,
        *,
        timeout: float = TIMEOUT,
        deadline: float = DEADLINE,
        max_bytes: int | None = None,
        allow_private: bool = False,
        user_agent: str = USER_AGENT,
        transport: object | None = None,
        resolver: Resolver | None = None,
        max_redirects: int = MAX_REDIRECTS,
    ) -> None:
        self.max_bytes = max_bytes if max_bytes is not None else max_input_bytes()
        self.timeout = timeout
        self.deadline = deadline
        self.allow_private = allow_private
        self.max_redirects = max_redirects
        self.resolver = resolver or system_resolver
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent, "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.5"},
            follow_redirects=False,
            transport=transport,  # type: ignore[arg-type]
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check(self, url: str) -> None:
        """Refuse URLs that are not http(s) or that resolve to a non-public address.

        Raises:
            FetchError: for another scheme or a host that does not resolve.
            PrivateAddress: for a private, loopback, link-local or reserved address.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'}", item=url)
        host = parts.hostname
        if not host:
            raise FetchError("the URL has no host name", item=url)
        if self.allow_private:
            return
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = list(self.resolver(host))
        if not addresses:
            raise FetchError(f"cannot resolve host {host!r}", item=url)
        for address in addresses:
            if not is_public(address):
                raise PrivateAddress(
                    f"{host} resolves to the non-public address {address}; "
                    "pass --allow-private to fetch from private or loopback networks",
                    item=url,
                )

    def fetch(self, url: str) -> Fetched:
        """GET a URL, following up to ``max_redirects`` redirects, each hop checked.

        Raises:
            FetchError: network failure, timeout, HTTP error status or too many redirects.
            PrivateAddress: a hop points at a non-public address.
            TooLarge: the body is over ``max_bytes``.
        """
        deadline = time.monotonic() + self.deadline
        current = url
        for _ in range(self.max_redirects + 1):
            self.check(current)
            try:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise httpx.TimeoutException("deadline")
                with self._client.stream("GET", current, timeout=httpx.Timeout(min(self.timeout, remaining))) as response:
                    response.stream = _Deadline(response.stream, deadline, url, self.deadline)  # type: ignore[arg-type]
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {response.status_code} redirect without a Location", item=url)
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(
                            f"HTTP {response.status_code} {response.reason_phrase or ''}".rstrip() + f" from {current}",
                            item=url,
                        )
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise TooLarge(f"response is {int(declared):,} bytes, over the {self.max_bytes:,} limit", item=url)
                    chunks = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise TooLarge(f"response is over the {self.max_bytes:,} byte limit", item=url)
                        chunks.append(chunk)
                    return Fetched(
                        url=url,
                        final_url=str(response.url),
                        status=response.status_code,
                        content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                        content=b"".join(chunks),
                        encoding=response.charset_encoding,
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out ({type(exc).__name__}); the server answered too slowly", item=url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"could not fetch: {exc or type(exc).__name__}", item=url) from exc
        raise FetchError(f"more than {self.max_redirects} redirects", item=url)



class _Deadline(httpx.SyncByteStream):
    """A response's raw byte stream that raises ``FetchError`` once the fetch's deadline
    has passed: checked on every raw chunk, before decompression, so neither a trickle
    nor a trickled gzip stream escapes it."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: float, url: str, seconds: float) -> None:
        self.inner = inner
        self.deadline = deadline
        self.url = url
        self.seconds = seconds

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            if time.monotonic() > self.deadline:
                raise FetchError(f"the download took longer than the {self.seconds:g}-second deadline", item=self.url)
            yield chunk

    def close(self) -> None:
        self.inner.close()
