"""The one TLS context: built once, verified as httpx and pyHanko verify, against a server of an openssl CA."""

from __future__ import annotations

import ssl

import httpx
import pytest

from hocbaso_desktop.sync.bounded_http import BoundedHttp
from hocbaso_desktop.sync.errors import OfflineError
from hocbaso_desktop.tls import verified_context


@pytest.fixture
def no_ca_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def _request(method: str, url: str, **kwargs) -> httpx.Response:
    """One request through the sync client (BoundedHttp over DeadlineTransport), closed after."""
    http = BoundedHttp()
    try:
        return http.request(method, url, **kwargs)
    finally:
        http.close()


def test_one_context_per_setting_checking_certificate_and_host_name(no_ca_setting, tls_server, monkeypatch):
    first = verified_context()
    assert verified_context() is first
    assert first.verify_mode == ssl.CERT_REQUIRED and first.check_hostname
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.ca_file))
    for_the_school_ca = verified_context()
    assert for_the_school_ca is not first and verified_context() is for_the_school_ca
    assert [c["subject"] for c in for_the_school_ca.get_ca_certs()] == [((("commonName", "Test TLS CA"),),)]
    monkeypatch.delenv("SSL_CERT_FILE")
    assert verified_context() is first


def test_the_sync_client_talks_to_a_server_its_ca_file_trusts(no_ca_setting, tls_server, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.ca_file))
    answer = _request("POST", f"{tls_server.url}/ping", content=b"xin chao")
    assert (answer.status_code, answer.content) == (200, b"xin chao")


def test_an_untrusted_server_is_offline_not_trusted(no_ca_setting, tls_server):
    with pytest.raises(OfflineError) as caught:
        _request("GET", f"{tls_server.url}/ping")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value.__cause__)


def test_a_certificate_for_another_name_is_refused(no_ca_setting, tls_server, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.ca_file))
    with pytest.raises(OfflineError) as caught:
        _request("GET", f"https://localhost:{tls_server.port}/ping")
    assert "Hostname mismatch" in str(caught.value.__cause__)
