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


def pytest_configure(config):
    """Caches the program keeps between runs (the cut stamp font) go to a folder of the test run, not the user's."""
    import os
    import tempfile

    os.environ.setdefault("HOCBASO_CACHE_DIR", tempfile.mkdtemp(prefix="hocbaso-test-cache-"))
