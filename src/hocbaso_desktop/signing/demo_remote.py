"""The demo's remote signer (`hocbaso demo --remote-signing`): one homeroom teacher signs through a CSC service.

Creates the reference CSC service's folder (its own PKI: root → issuing CA → the teacher; keys 0600) in
``data_dir/csc``, starts it on 127.0.0.1:`port` for the registration only, trusts its root, registers it as
"demo-csc" (client secret random, stored sealed in the school database) and binds the teacher's credential.
Later, `python -m hocbaso_server.csc --state data_dir/csc --port PORT` serves it again for signing.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing import remote_setup, trust
from hocbaso_desktop.signing.demo_issue import ADMIN, _homeroom_users
from hocbaso_desktop.storage import open_session, users_repo
from hocbaso_server.csc import CscHttpServer, make_service_pki
from hocbaso_server.csc.state import load_state, save_state

DEMO_REMOTE_PIN = "246810"  # demo material only, documented
DEMO_SERVICE = "demo-csc"
DEMO_CLIENT_ID = "demo-school"


@dataclass(frozen=True)
class DemoRemote:
    """What was set up: the teacher, their login at the service, the folder and the URL."""

    username: str
    remote_user: str
    state_dir: Path
    url: str


def bind_demo_remote(db_path: Path | str, password: str, data_dir: Path | str, *, class_name: str = "3A",
                     port: int = 8766) -> DemoRemote:
    """Set up the demo service and bind the homeroom teacher of `class_name` to it."""
    state_dir = Path(data_dir) / "csc"
    admin = open_session(db_path, ADMIN, password)
    try:
        _class_id, username = _homeroom_users(admin, [class_name])[class_name]
        full_name = users_repo.get_user(admin.db, username).full_name
        remote_user = username.replace("gvcn.", "gv.")
        secret = secrets.token_urlsafe(24)
        pki = make_service_pki({remote_user: full_name})
        save_state(state_dir, pki, clients={DEMO_CLIENT_ID: secret},
                   credentials=[{"id": f"demo-{remote_user}", "user": remote_user, "pin": DEMO_REMOTE_PIN,
                                 "mode": "explicit", "multisign": 10}])
        try:
            server = CscHttpServer(load_state(state_dir), port=port).start()
        except OSError as exc:
            raise InvalidInputError(_("Cổng {p} đang bận: chọn cổng khác bằng --csc-port.", p=port)) from exc
        try:
            trust.add_trust_anchor(admin, pki.root_der)
            remote_setup.add_service(admin, name=DEMO_SERVICE, url=server.base_url(), client_id=DEMO_CLIENT_ID,
                                     client_secret=secret)
            remote_setup.bind_remote(admin, username=username, role="gvcn", service_name=DEMO_SERVICE,
                                     remote_user=remote_user)
            url = server.base_url()
        finally:
            server.stop()
    finally:
        admin.db.close()
    return DemoRemote(username, remote_user, state_dir, url)
