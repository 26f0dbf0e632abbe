"""pyHanko's HTTP clients on the shared TLS context: a server of an openssl CA, trusted only through it."""

from __future__ import annotations

import asyncio
import hashlib

import aiohttp
import pytest
from pyhanko.sign.timestamps.common_utils import TimestampRequestError

from hocbaso_desktop.signing.http_sessions import SharedTlsSession, Timestamper, fetchers, open_session
from hocbaso_desktop.tls import verified_context


@pytest.fixture
def trusted(tls_server, monkeypatch):
    """The test CA is the machine's CA setting (as a school behind an inspecting proxy sets it)."""
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.ca_file))
    return tls_server


async def _get(url: str) -> tuple[int, str]:
    async with open_session() as session, session.get(url) as answer:
        return answer.status, await answer.text()


async def _get_lazily(url: str) -> tuple[int, str]:
    lazy = SharedTlsSession()
    try:
        async with lazy.get_session().get(url) as answer:
            return answer.status, await answer.text()
    finally:
        await lazy.close()


def test_sessions_trust_what_the_ca_setting_trusts(trusted, monkeypatch):
    for get in (_get, _get_lazily):
        assert asyncio.run(get(f"{trusted.url}/ping")) == (200, "ok")
    monkeypatch.delenv("SSL_CERT_FILE")
    for get in (_get, _get_lazily):
        with pytest.raises(aiohttp.ClientConnectorCertificateError):
            asyncio.run(get(f"{trusted.url}/ping"))


def test_fetchers_are_owned_by_the_context_they_are_given_to():
    owned = fetchers(timeout=3)
    assert isinstance(owned.backend.session, SharedTlsSession) and owned.backend.per_request_timeout == 3


def test_the_timestamper_reaches_a_trusted_server_and_refuses_an_untrusted_one(trusted, monkeypatch):
    digest = hashlib.sha256(b"hocbaso").digest()
    stamper = Timestamper(f"{trusted.url}/tsa", timeout=5)
    with pytest.raises(TimestampRequestError) as answered:   # the server echoes the request as text/plain
        asyncio.run(stamper.async_timestamp(digest, "sha256"))
    assert isinstance(answered.value.__cause__, aiohttp.ContentTypeError)
    monkeypatch.delenv("SSL_CERT_FILE")
    with pytest.raises(TimestampRequestError) as refused:
        asyncio.run(stamper.async_timestamp(digest, "sha256"))
    assert isinstance(refused.value.__cause__, aiohttp.ClientConnectorCertificateError)


def test_a_timestamper_given_a_session_uses_it_and_leaves_it_open(trusted):
    url, seen = f"{trusted.url}/tsa", []

    async def started(_session, _context, params) -> None:
        seen.append(str(params.url))

    async def run() -> bool:
        trace = aiohttp.TraceConfig()
        trace.on_request_start.append(started)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=verified_context()),
                                         trace_configs=[trace]) as session:
            stamper = Timestamper(url, timeout=5, session=session)
            with pytest.raises(TimestampRequestError):     # the server echoes the request as text/plain
                await stamper.async_timestamp(hashlib.sha256(b"hocbaso").digest(), "sha256")
            return session.closed

    assert asyncio.run(run()) is False
    assert seen == [url]
