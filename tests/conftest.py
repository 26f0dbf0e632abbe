"""Shared pytest configuration: fixtures are exposed from their modules in tests/fixtures/."""

pytest_plugins = [
    "tests.fixtures.school",  # first: other fixture modules import its constants
    "tests.fixtures.dataio",
    "tests.fixtures.central_server",
    "tests.fixtures.postgres",
    "tests.fixtures.fault_proxy",
    "tests.fixtures.pki",
    "tests.fixtures.softhsm",
    "tests.fixtures.pdfsig",
    "tests.fixtures.printing",
    "tests.fixtures.signing",
]

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
