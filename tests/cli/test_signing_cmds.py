"""A class signed from the command line, as the issue describes: trust, bind, sign as GVCN then principal, verify."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.school import SMALL_CLASS_SIZE
from tests.fixtures.softhsm import require_softhsm


def _pem(der: bytes, path):
    path.write_bytes(x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM))
    return str(path)


def test_bind_sign_issue_export_verify(small_demo_school, demo_pki, softhsm_tokens, tmp_path):
    require_softhsm()
    db = ("--db", str(small_demo_school.path))
    env = softhsm_tokens.env
    module = softhsm_tokens.module_path
    root = _pem(demo_pki.root_der, tmp_path / "root.pem")
    issuing = _pem(demo_pki.issuing_der, tmp_path / "issuing.pem")
    unconfirmed = hocbaso("trust", "add", root, *db, user="quantri", stdin="")
    assert unconfirmed.returncode == 3 and "--fingerprint" in unconfirmed.stderr
    no_traceback(unconfirmed)
    assert hocbaso("trust", "add", root, *db, user="quantri", stdin="có\n").returncode == 0
    serial = {label: t.serial for label, t in softhsm_tokens.tokens.items()}
    for target, role, label, key_id in (("gvcn.4a", "gvcn", "GiaoVien", "01"),
                                        ("hieutruong", "principal", "HieuTruong", "02")):
        bind = ("certs", "bind", "--user", target, "--role", role, "--module", module, "--token-serial",
                serial[label], "--key-id", key_id, "--chain", issuing, *db)  # --chain of the signing issue still works
        refused = hocbaso(*bind, extra_env={**env, "HOCBASO_USER": "quantri"})   # the demo school's names differ
        assert refused.returncode == 3 and "--accept-name-mismatch" in refused.stderr
        bound = hocbaso(*bind, "--accept-name-mismatch", extra_env={**env, "HOCBASO_USER": "quantri"})
        assert bound.returncode == 0, bound.stderr
    refused = hocbaso("certs", "bind", "--user", "gvcn.4b", "--role", "gvcn", "--module", module,
                      "--token-serial", serial["GiaoVien"], "--key-id", "01", *db,
                      extra_env={**env, "HOCBASO_USER": "gvcn.4a"})  # not an administrator
    assert refused.returncode == 3
    no_traceback(refused)
    pin = tmp_path / "pin.txt"
    pin.write_text("123456\n", encoding="utf-8")
    base = ("--class", "4A", "--year", small_demo_school.year, "--module", module, "--pin-file", str(pin), *db)
    gvcn = hocbaso("sign", *base, "--as", "gvcn", "--token-serial", serial["GiaoVien"], user="gvcn.4a", extra_env=env)
    assert gvcn.returncode == 0, gvcn.stderr
    wrong_role = hocbaso("sign", *base, "--as", "principal", "--token-serial", serial["GiaoVien"], user="gvcn.4a",
                         extra_env=env)
    assert wrong_role.returncode == 3
    no_traceback(wrong_role)
    head = hocbaso("sign", *base, "--as", "principal", "--token-serial", serial["HieuTruong"], user="hieutruong",
                   extra_env=env)
    assert head.returncode == 0, head.stderr
    out = tmp_path / "out"
    exported = hocbaso("export", "--class", "4A", "--year", small_demo_school.year, "--out", str(out), *db,
                       user="hieutruong")
    assert exported.returncode == 0, exported.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == SMALL_CLASS_SIZE
    verified = hocbaso("verify", str(pdfs[0]), "--trust", root, "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "123456" not in gvcn.stdout + gvcn.stderr + head.stdout + head.stderr
