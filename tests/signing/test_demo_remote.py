"""`hocbaso demo --remote-signing`: the demo's homeroom teacher of 3A signs through the reference CSC service."""

from __future__ import annotations

import os
import stat

from tests.cli.test_school_cmds import hocbaso

from hocbaso_desktop.signing.demo_remote import DEMO_REMOTE_PIN, bind_demo_remote
from hocbaso_server.csc import CscHttpServer
from hocbaso_server.csc.state import load_state


def test_demo_binds_a_teacher_who_signs_remotely(demo_school, tmp_path):
    remote = bind_demo_remote(demo_school.path, demo_school.password, tmp_path / "data", port=0)
    assert remote.username == "gvcn.3a"
    assert stat.S_IMODE(os.stat(remote.state_dir / "config.json").st_mode) == 0o600
    assert all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in (remote.state_dir / "keys").iterdir())
    port = int(remote.url.split(":")[2].split("/")[0])
    service = load_state(remote.state_dir)
    pin = tmp_path / "pin.txt"
    pin.write_text(DEMO_REMOTE_PIN, encoding="utf-8")
    with CscHttpServer(service, port=port):
        signed = hocbaso("sign", "--class", "3A", "--year", demo_school.year, "--as", "gvcn", "--remote",
                         "--pin-file", str(pin), "--db", str(demo_school.path), user="gvcn.3a")
    assert signed.returncode == 0, signed.stderr
    assert "Đã ký 30 học bạ" in signed.stdout
    assert service.violations == []
    assert sum(1 for _v, m, _b in service.requests if m == "credentials/authorize") == 6  # 60 hashes, multisign 10
