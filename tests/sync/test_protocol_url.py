"""The central system's address: HTTPS, or plain HTTP only to this computer (the reference server)."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.sync.protocol import check_server_url


@pytest.mark.parametrize("url", ["https://so-gddt.example.vn/hocbaso/", "http://127.0.0.1:8080", "http://localhost"])
def test_accepted(url):
    assert not check_server_url(url).endswith("/")


@pytest.mark.parametrize("url", ["http://so-gddt.example.vn/hocbaso", "ftp://x", "so-gddt.example.vn", "https://"])
def test_refused(url):
    with pytest.raises(InvalidInputError):
        check_server_url(url)
