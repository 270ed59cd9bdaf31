"""Fetch web pages and feeds politely and safely.

``Fetcher`` wraps an ``httpx.Client`` with a timeout, a size limit, a clear user
agent, and a guard against server-side request forgery: before each request (and
each redirect hop) the host name is resolved and every address checked with
``ipaddress``; private, loopback, link-local, multicast and reserved addresses are
refused unless ``allow_private=True``. The guard checks what DNS says at request
time; a host that re-binds between the check and the connection is not caught.

Tests pass ``transport=httpx.MockTransport(handler)`` and a fake ``resolver``, so no
network is touched. Every httpx error is mapped to ``FetchError`` here, once.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from accord.errors import FetchError, PrivateAddress, TooLarge

#: Sent with every request so site owners can see who is fetching.
USER_AGENT = "accord/0.1 (news relation extraction; +https://pypi.org/project/accord/) python-httpx"
#: Seconds allowed to connect, and between bytes read.
TIMEOUT = 20.0
#: Largest response body read, in bytes; news pages are well under 5 MB.
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5

Resolver = Callable[[str], Iterable[str]]


def system_resolver(host: str) -> list[str]:
    """Every address the system resolver gives for ``host``."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})", item=host) from exc
    return sorted({info[4][0] for info in infos})


def is_public(address: str) -> bool:
    """Whether an IP address is globally routable (not private, loopback, link-local, ...)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


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
        max_bytes (int): largest body accepted; bigger ones raise ``TooLarge``.
        allow_private (bool): allow private and loopback addresses (intranet use).
        user_agent (str): the User-Agent header.
        transport (httpx.BaseTransport | None): for tests, e.g. ``httpx.MockTransport``.
        resolver (callable | None): host -> addresses; the system resolver by default.
    """

    def __init__(
        self,
        *,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
        allow_private: bool = False,
        user_agent: str = USER_AGENT,
        transport: object | None = None,
        resolver: Resolver | None = None,
        max_redirects: int = MAX_REDIRECTS,
    ) -> None:
        import httpx

        self.max_bytes = max_bytes
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
        import httpx

        current = url
        for _ in range(self.max_redirects + 1):
            self.check(current)
            try:
                with self._client.stream("GET", current) as response:
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
                raise FetchError(f"timed out ({type(exc).__name__})", item=url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"could not fetch: {exc or type(exc).__name__}", item=url) from exc
        raise FetchError(f"more than {self.max_redirects} redirects", item=url)
