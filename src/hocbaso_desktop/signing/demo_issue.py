"""Issue the demo school's records through the real signing path (`hocbaso demo --issued`).

Creates a demo PKI and one SoftHSM2 token per signer in ``data_dir/tokens`` (demo PINs: user PIN
123456, SO PIN 87654321 — `token.softhsm.DEMO_USER_PIN` / `DEMO_SO_PIN`; demo material only), trusts the
demo root, binds the certificates to the homeroom teachers of `classes`, the principal and the văn thư
(school seal), then locks, signs and issues every page of those classes through the token worker. To
sign more demo pages later from the command line, export ``SOFTHSM2_CONF=data_dir/tokens/softhsm2.conf``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hocbaso_desktop.domain.glossary import Role, SignerRole
from hocbaso_desktop.signing import issuance, trust
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.signing.token_signing import bound_token_signer, warm_token_client
from hocbaso_desktop.storage import open_session, school_repo, users_repo
from hocbaso_desktop.token import (
    DEMO_USER_PIN,
    SOFTHSM_MODULE,
    PersonSpec,
    SoftHsmKey,
    TokenInfo,
    create_demo_pki,
    create_softhsm_token,
)

ADMIN = "quantri"


class _DemoPin:
    """The PIN prompt of the demo: always the documented demo PIN."""

    def ask_pin(self, token: TokenInfo, remaining_tries: int | None) -> str | None:
        """Answer the demo PIN."""
        return DEMO_USER_PIN

    def show_message(self, message: str) -> None:
        """Messages are not shown in the demo run."""


@dataclass(frozen=True)
class DemoSigners:
    """The demo tokens and bindings: the worker environment and each class's (id, homeroom username)."""

    env: dict[str, str]
    classes: dict[str, tuple[str, str]]
    root_pem: Path


@dataclass(frozen=True)
class DemoIssueResult:
    """What the demo issuance produced."""

    issued: int
    tokens_conf: Path
    root_pem: Path


def _homeroom_users(session, classes: Sequence[str]) -> dict[str, tuple[str, str]]:
    """class name -> (class id, homeroom username) for the current year."""
    year = school_repo.latest_year(session.db)
    by_staff = {u.staff_id: u.username for u in users_repo.list_users(session.db) if u.role == Role.HOMEROOM}
    found = {}
    for name in classes:
        school_class = school_repo.find_class(session.db, year, name)
        found[name] = (school_class.id, by_staff[school_class.homeroom_teacher_id])
    return found


def setup_demo_signers(db_path: Path | str, password: str, data_dir: Path | str, classes: Sequence[str]
                       ) -> DemoSigners:
    """Create the demo PKI and SoftHSM2 tokens, trust the root and bind every signer of `classes`."""
    data_dir = Path(data_dir)
    admin = open_session(db_path, ADMIN, password)
    try:
        homerooms = _homeroom_users(admin, classes)
        people = {"hieutruong": users_repo.get_user(admin.db, "hieutruong"),
                  "vanthu": users_repo.get_user(admin.db, "vanthu")}
        people.update({user: users_repo.get_user(admin.db, user) for _cid, user in homerooms.values()})
        org = school_repo.get_school(admin.db).name
        # The seal certificate names the school (chứng thư số con dấu), not the văn thư who keeps the token.
        specs = [PersonSpec.organisation_seal("vanthu", org) if user == "vanthu" else
                 PersonSpec(user.replace(".", "_"), f"{acc.full_name} – {label}", organization=org)
                 for user, acc in people.items()
                 for label in [{"hieutruong": "Hiệu trưởng"}.get(user, "Giáo viên chủ nhiệm")]]
        pki = create_demo_pki(data_dir / "pki", specs, now=datetime.now(UTC))
        trust.add_trust_anchor(admin, pki.root_der)
        tokens_dir = data_dir / "tokens"
        roles = {"hieutruong": SignerRole.PRINCIPAL, "vanthu": SignerRole.SEAL}
        for user in people:
            identity = pki.people[user.replace(".", "_")]
            token = create_softhsm_token(tokens_dir, user.replace(".", "-")[:32], keys=[
                SoftHsmKey(b"\x01", identity.private_key, identity.certificate_der, label=identity.spec.common_name)])
            bind_certificate(admin, username=user, role=roles.get(user, SignerRole.HOMEROOM), cert_der=identity.certificate_der,
                             chain_der=pki.chain_der, key_id="01", token_serial=token.serial,
                             module_path=token.module_path)
    finally:
        admin.close()
    return DemoSigners({"SOFTHSM2_CONF": str(tokens_dir / "softhsm2.conf")}, homerooms, pki.out_dir / "root.pem")


def sign_class_as(db_path: Path | str, password: str, username: str, role: str, class_id: str,
                  env: dict[str, str]) -> issuance.BatchResult:
    """Sign (and, for the last role, issue) every page of a class that `role` signs next, as `username`."""
    data_dir = Path(db_path).with_name(Path(db_path).name + ".data")
    client = warm_token_client(SOFTHSM_MODULE, env, data_dir)
    try:
        session = open_session(db_path, username, password)
        try:
            if role == SignerRole.HOMEROOM:
                issuance.prepare_class(session, class_id)
            plan = issuance.plan_batch(session, class_id, role)
            with bound_token_signer(session, role, _DemoPin(), client=client) as signer:
                return issuance.sign_batch(session, plan, signer)
        finally:
            session.close()
    finally:
        client.close()


def issue_demo_records(db_path: Path | str, password: str, data_dir: Path | str, classes: Sequence[str]
                       ) -> DemoIssueResult:
    """Create demo tokens, bind them, and issue every page of `classes`; return the count issued."""
    signers = setup_demo_signers(db_path, password, data_dir, classes)
    issued = 0
    for class_id, gvcn in signers.classes.values():
        for user, role in ((gvcn, SignerRole.HOMEROOM), ("hieutruong", SignerRole.PRINCIPAL), ("vanthu", SignerRole.SEAL)):
            issued += sign_class_as(db_path, password, user, role, class_id, signers.env).issued
    return DemoIssueResult(issued, Path(signers.env["SOFTHSM2_CONF"]), signers.root_pem)
