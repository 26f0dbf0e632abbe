"""Fixtures of the sync tests: an open demo school database and a sync engine factory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.sync.backoff import Backoff
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
from tests.fixtures.central_server import API_TOKEN
from tests.sync.helpers import open_school


@pytest.fixture
def school_db(demo_school) -> Iterator[SchoolDatabase]:
    """The test's own demo school, open as the administrator."""
    db = open_school(demo_school.path, demo_school.password)
    yield db
    db.close()


@pytest.fixture
def make_engine(school_db):
    """Build an engine for `url` that never really sleeps (the delays asked for are recorded)."""
    import random

    import httpx

    def factory(url: str, *, sleeps: list | None = None, **kwargs) -> SyncEngine:
        from hocbaso_desktop.storage import settings_repo

        record = sleeps if sleeps is not None else []
        with school_db.transaction():  # the school's configured centre: its receipt key is pinned at first ping
            settings_repo.set_setting(school_db, "sync.server_url", url)
        # 1 s lets the proxy's "slow" fault stall past the client's timeout; tests without it pass
        # timeout=None (the product's own), so a loaded machine cannot turn a slow answer into a fault
        kwargs.setdefault("timeout", httpx.Timeout(1.0))
        # fault scenarios may drop the first requests of a run: keep trying as for a server once reached
        kwargs.setdefault("unreached_attempts", 8)
        return SyncEngine(school_db, SyncSettings(url, API_TOKEN), sleep=record.append,
                          backoff=Backoff(rng=random.Random(1)), **kwargs)
    return factory
