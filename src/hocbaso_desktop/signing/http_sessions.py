"""pyHanko's HTTP clients (timestamp server, OCSP, CRL) on the process's one verified TLS context.

Left to itself, pyHanko opens an aiohttp session per request or per validation and builds a new TLS
context for each (hocbaso_desktop.tls says what that costs); these give it sessions over the shared
context instead, with the same verification and the same lifetimes: a timestamp request's session
closes with the request, a validation's when its context is released (pyHanko's run_and_release).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko_certvalidator.fetchers import OwnedFetcherBackend
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend
from pyhanko_certvalidator.fetchers.aiohttp_fetchers.util import LazySession

from hocbaso_desktop.tls import verified_context

FETCH_TIMEOUT = 10   # seconds per OCSP/CRL request, pyHanko's own default


def open_session() -> aiohttp.ClientSession:
    """A new aiohttp session (bound to the running event loop) over the shared TLS context."""
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=verified_context()))


class SharedTlsSession(LazySession):
    """pyHanko's lazily opened session, opened over the shared TLS context."""

    def get_session(self) -> aiohttp.ClientSession:
        """The session, opened on first use in the running event loop."""
        if self._session is None:
            self._session = open_session()
        return self._session


def fetchers(timeout: float = FETCH_TIMEOUT) -> OwnedFetcherBackend:
    """OCSP, CRL and certificate fetchers for a ValidationContext, which closes them when it is released."""
    backend = AIOHttpFetcherBackend(session=SharedTlsSession(), per_request_timeout=timeout)  # type: ignore[arg-type]
    return OwnedFetcherBackend(backend)


class Timestamper(HTTPTimeStamper):
    """pyHanko's RFC 3161 client; without a `session=` of the caller's, each request opens its own over the
    shared TLS context (a timestamper outlives event loops, so it cannot keep one)."""

    @asynccontextmanager
    async def _acquire_session(self) -> AsyncIterator[aiohttp.ClientSession]:
        if self._session is not None:       # the caller's session (or LazySession): pyHanko's own handling
            async with super()._acquire_session() as session:
                yield session
            return
        async with open_session() as session:
            yield session
