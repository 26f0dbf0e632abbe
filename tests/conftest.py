"""Shared pytest configuration: fixtures are exposed from their modules in tests/fixtures/."""

from __future__ import annotations

import pytest

from hocbaso_desktop.storage import keyfile, rekey

pytest_plugins = [
    "tests.fixtures.school",  # first: other fixture modules import its constants
    "tests.fixtures.dataio",
    "tests.fixtures.central_server",
    "tests.fixtures.postgres",
    "tests.fixtures.fault_proxy",
    "tests.fixtures.hostile_server",
    "tests.fixtures.tls_server",
    "tests.fixtures.pki",
    "tests.fixtures.real_pki",
    "tests.fixtures.receiving_pki",
    "tests.fixtures.softhsm",
    "tests.fixtures.pdfsig",
    "tests.fixtures.printing",
    "tests.fixtures.signing",
    "tests.fixtures.ltv_pki",
    "tests.fixtures.openssl_ltv",
    "tests.fixtures.csc_service",
    "tests.fixtures.csc_spec_service",
]

# The files whose tests take longest (measured, docs/notes/issue-14.md "Round 3"), longest first: they start at
# once, so the run does not end with one worker finishing a long test while the others sit idle; the rest keep
# their order, and pytest-xdist's work stealing (`make test`) balances them. Work stealing first hands each worker a
# contiguous slice of the list, so under it these tests are dealt to the heads of the slices (`_dealt`).
LONG_FIRST = (
    # a server trickling one byte every 2 s: 30 s of the product's deadline, spent waiting
    "security/test_i21_limits.py::test_a_server_sending_one_byte_every_2s_is_cut_off",
    "security/test_i21_limits.py",
    "cli/test_ltv_independent_e2e.py",
    "cli/test_real_chain_e2e.py",
    "cli/test_remote_spec_e2e.py",
    "sync/test_engine.py",
    "signing/test_remote_issuance.py",
    "printing/test_demo_school_printing.py",
    "dataio/test_xlsx_import_fuzz.py",
    "server/test_schools_apart.py",
    "signing/test_lta.py",
    "cli/test_remote_cmds.py",
    "cli/test_opencryptoki_e2e.py",
    "server/test_province.py",
    "security/test_i21_transfer.py",
    "storage/test_backup.py",
    "test_selftest.py",
    "sync/test_sender.py",
)


@pytest.hookimpl(trylast=True)   # after -m / -k / --deselect, so the slices are those xdist will cut
def pytest_collection_modifyitems(config, items):
    """Run the tests of LONG_FIRST first, in that order (a stable sort keeps every file's own order)."""

    def rank(item) -> int:
        node = item.nodeid.removeprefix("tests/")
        return next((i for i, prefix in enumerate(LONG_FIRST) if node.startswith(prefix)), len(LONG_FIRST))

    items.sort(key=rank)
    worker = getattr(config, "workerinput", {})   # a pytest-xdist worker (its own --dist option reads "no")
    if worker.get("workercount", 1) > 1 and any(arg.endswith("worksteal") for arg in worker.get("mainargv", ())):
        items[:] = _dealt(items, sum(rank(item) < len(LONG_FIRST) for item in items), worker["workercount"])


def _dealt(items: list, n_long: int, workers: int) -> list:
    """`items` (the first `n_long` of them long, longest first) ordered so that each of the contiguous slices
    pytest-xdist's work stealing sends its workers at the start begins with its share of the long tests."""
    sizes, left = [], len(items)
    for i in range(workers):  # as WorkStealingScheduling.check_schedule splits the pending list
        sizes.append(left // (workers - i))
        left -= sizes[-1]
    long, rest = items[:n_long], iter(items[n_long:])
    slices = [long[i::workers] for i in range(workers)]
    ordered = []
    for share, size in zip(slices, sizes, strict=True):
        ordered += share + [next(rest) for _ in range(max(0, size - len(share)))]
    return ordered + list(rest)


REAL_DEFAULT_KDF = dict(keyfile.DEFAULT_KDF)
# Argon2id still, at its smallest memory (8 KiB a lane is its floor; 64 KiB costs 0.05 ms against 4 ms for 8 MiB):
# the suite derives a key some 1,600 times (every sign-in, wrap and re-key).
TEST_KDF = {"t": 1, "m": 64, "p": 1}


@pytest.fixture(autouse=True, scope="session")
def _test_key_derivation():
    """Password and recovery-code wraps made inside the test process use light parameters (stored per wrap, so
    files made here open anywhere); real subprocesses of `hocbaso` and tests/storage/test_keyfile.py use the real
    ones."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyfile, "DEFAULT_KDF", TEST_KDF)
        patch.setattr(keyfile, "RECOVERY_KDF", TEST_KDF)
        patch.setattr(rekey, "RECOVERY_KDF", TEST_KDF)
        yield


def pytest_configure(config):
    """Caches the program keeps between runs (the cut stamp font) go to a folder of the test run, not the user's.

    The cyclic collector runs far less often: tests allocate millions of short-lived objects (PDF objects, ASN.1
    values, rows), and a young collection at every 700 new ones cost ≈ 4 % of the suite's CPU (tests/signing,
    printing and dataio in one process: 79.6 s user against 76.5 s, two runs each)."""
    import gc
    import os
    import tempfile

    if "HOCBASO_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="hocbaso-test-cache-")
        os.environ["HOCBASO_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    gc.set_threshold(100_000, 100, 1_000)


import os  # noqa: E402
import shutil  # noqa: E402

import pytest  # noqa: E402

# Tests read Vietnamese unless they choose otherwise: a language saved on this computer must not leak in.
os.environ["HOCBASO_LANG"] = "vi"


@pytest.fixture(autouse=True)
def _vietnamese_after_each_test():
    """A test that switches the language switches it back (the catalogue is process-wide)."""
    yield
    from hocbaso_desktop.domain import i18n

    if i18n.language() != i18n.DEFAULT_LANGUAGE:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
