"""Shared pytest configuration: fixtures are exposed from their modules in tests/fixtures/."""

from __future__ import annotations

import pytest

from hocbaso_desktop.storage import keyfile

pytest_plugins = [
    "tests.fixtures.school",  # first: other fixture modules import its constants
    "tests.fixtures.dataio",
    "tests.fixtures.central_server",
    "tests.fixtures.postgres",
    "tests.fixtures.fault_proxy",
    "tests.fixtures.hostile_server",
    "tests.fixtures.pki",
    "tests.fixtures.real_pki",
    "tests.fixtures.receiving_pki",
    "tests.fixtures.softhsm",
    "tests.fixtures.pdfsig",
    "tests.fixtures.printing",
    "tests.fixtures.signing",
    "tests.fixtures.ltv_pki",
    "tests.fixtures.csc_service",
    "tests.fixtures.csc_spec_service",
]

REAL_DEFAULT_KDF = dict(keyfile.DEFAULT_KDF)
TEST_KDF = {"t": 1, "m": 8192, "p": 1}  # Argon2id still, light: every sign-in of the suite pays it


@pytest.fixture(autouse=True, scope="session")
def _test_key_derivation():
    """Password wraps made inside the test process use light parameters (stored per wrap, so files made
    here open anywhere); real subprocesses of `hocbaso` and tests/storage/test_keyfile.py use the real ones."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyfile, "DEFAULT_KDF", TEST_KDF)
        yield


def pytest_configure(config):
    """Caches the program keeps between runs (the cut stamp font) go to a folder of the test run, not the user's."""
    import os
    import tempfile

    os.environ.setdefault("HOCBASO_CACHE_DIR", tempfile.mkdtemp(prefix="hocbaso-test-cache-"))


import os  # noqa: E402

import pytest  # noqa: E402

# Tests read Vietnamese unless they choose otherwise: a language saved on this computer must not leak in.
os.environ["HOCBASO_LANG"] = "vi"


@pytest.fixture(autouse=True)
def _vietnamese_after_each_test():
    """A test that switches the language switches it back (the catalogue is process-wide)."""
    yield
    from hocbaso_desktop import i18n

    if i18n.language() != i18n.DEFAULT_LANGUAGE:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
