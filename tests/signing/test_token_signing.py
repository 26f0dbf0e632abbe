"""Signing through the real token path: SoftHSM2 tokens, the worker process, one PIN per batch."""

from __future__ import annotations

import shutil

import pytest
from tests.fixtures.softhsm import KEY_IDS

from hocbaso_desktop.signing import issuance
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.signing.token_signing import bound_token_signer
from hocbaso_desktop.signing.verify import verify_pdf
from hocbaso_desktop.storage import records_repo
from hocbaso_desktop.token import DEMO_USER_PIN, PinFinalTryError, PinIncorrectError


class FixedPin:
    """A PinPrompt that answers one PIN and counts how often it was asked."""

    def __init__(self, pin: str) -> None:
        self.pin, self.asked, self.messages = pin, 0, []

    def ask_pin(self, token, remaining_tries):
        self.asked += 1
        return self.pin

    def show_message(self, message: str) -> None:
        self.messages.append(message)


def _bind(school, demo_pki, tokens, role, user, person, label):
    bind_certificate(school.session("quantri"), username=user, role=role,
                     cert_der=demo_pki.people[person].certificate_der, chain_der=demo_pki.chain_der,
                     key_id=KEY_IDS[person].hex(), token_serial=tokens.tokens[label].serial,
                     module_path=tokens.module_path, accept_name_mismatch=role == "seal")  # seal of another school


def test_batch_on_softhsm_one_pin_and_pulled_token(test_school, demo_pki, softhsm_tokens):
    _bind(test_school, demo_pki, softhsm_tokens, "gvcn", "gvcn.4a", "giaovien", "GiaoVien")
    session = test_school.session("gvcn.4a")
    issuance.prepare_class(session, test_school.class_id)
    plan = issuance.plan_batch(session, test_school.class_id, "gvcn")
    token_dir = softhsm_tokens.directory
    backup = token_dir.with_name("tokens-backup")
    shutil.copytree(token_dir, backup)
    prompt = FixedPin(DEMO_USER_PIN)

    def pull_after_first(done, total, item):
        if done == 1:
            shutil.rmtree(token_dir)            # the token "leaves": its files are gone

    with bound_token_signer(session, "gvcn", prompt, env=softhsm_tokens.env) as signer:
        result = issuance.sign_batch(session, plan, signer, progress=pull_after_first)
    assert prompt.asked == 1
    assert result.signed == 1 and result.remaining == 2 and result.stopped_by
    states = sorted(s.record.status.value for s in records_repo.latest_for_class(test_school.db, test_school.class_id))
    assert states == ["locked", "locked", "signing"]
    shutil.copytree(backup, token_dir)           # plugged back in
    again = issuance.plan_batch(session, test_school.class_id, "gvcn")
    with bound_token_signer(session, "gvcn", FixedPin(DEMO_USER_PIN), env=softhsm_tokens.env) as signer:
        assert issuance.sign_batch(session, again, signer).signed == 2
    for stored in records_repo.latest_for_class(test_school.db, test_school.class_id):
        report = verify_pdf(stored.pdf, [demo_pki.root_der])
        assert [s.role for s in report.signatures] == ["gvcn"] and report.signatures[0].ok
        assert not report.ok and report.missing_roles == ("principal",)    # a page signed by GVCN alone is not done


def test_wrong_pin_then_final_try_refused(test_school, demo_pki, softhsm_tokens):
    _bind(test_school, demo_pki, softhsm_tokens, "principal", "hieutruong", "hieutruong", "HieuTruong")
    session = test_school.session("hieutruong")
    client = softhsm_tokens.client()
    try:
        with pytest.raises(PinIncorrectError), bound_token_signer(session, "principal", FixedPin("000000"),
                                                                  client=client):
            pytest.fail("signed with a wrong PIN")
        with pytest.raises(PinIncorrectError), bound_token_signer(session, "principal", FixedPin("000001"),
                                                                  client=client):
            pytest.fail("signed with a wrong PIN")
        # the program's own count has reached the last try: it refuses without trying, even with the right PIN
        with pytest.raises(PinFinalTryError), bound_token_signer(session, "principal", FixedPin(DEMO_USER_PIN),
                                                                 client=client):
            pytest.fail("logged in on the final try")
    finally:
        client.close()
