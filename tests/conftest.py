"""Shared pytest configuration: fixtures are exposed from their modules in tests/fixtures/."""

pytest_plugins = [
    "tests.fixtures.school",  # first: other fixture modules import its constants
    "tests.fixtures.dataio",
    "tests.fixtures.central_server",
    "tests.fixtures.postgres",
    "tests.fixtures.fault_proxy",
    "tests.fixtures.hostile_server",
    "tests.fixtures.pki",
    "tests.fixtures.softhsm",
    "tests.fixtures.pdfsig",
    "tests.fixtures.printing",
    "tests.fixtures.signing",
]
