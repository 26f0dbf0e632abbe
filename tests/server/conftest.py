"""The server's protocol tests run against both stores: SQLite (embedded) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from hocbaso_server import admin
from hocbaso_server.stores import open_store
from tests.fixtures.central_server import CentralServer


@dataclass
class Province:
    """A running server with only per-school tokens, and two registered schools."""

    server: CentralServer
    tokens: dict[str, str]
    target: object

    def client(self, school: str) -> httpx.Client:
        """An HTTP client authenticated as `school` (plain HTTP on 127.0.0.1: no TLS context is built, which
        would load the CA bundle, ~20 ms a client)."""
        return httpx.Client(base_url=self.server.url + "/api/v1", timeout=30, verify=False,
                            headers={"Authorization": f"Bearer {self.tokens[school]}"})


@pytest.fixture(params=["sqlite", "postgresql"])
def province(request, tmp_path) -> Iterator[Province]:
    """The server on each engine, with schools 79000701 and 79000802 and their own tokens."""
    if request.param == "postgresql":
        target = request.getfixturevalue("postgres_url")
        options = {"database": target, "blobs_dir": tmp_path / "blobs"}
    else:
        target = tmp_path / "central"
        options = {}
    store = open_store(target)
    tokens = {code: admin.add_school(store, code, name)
              for code, name in (("79000701", "Trường Tiểu học Hòa Bình"), ("79000802", "Trường THCS Lê Quý Đôn"))}
    store.close()
    server = CentralServer(tmp_path / "central", api_token=None, **options).start()
    yield Province(server, tokens, target)
    server.stop()
