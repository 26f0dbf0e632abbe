"""Signer identity: does a certificate name the person (or the school) it is bound to or signs for?

Names are compared the Vietnamese way: NFC, case-folded, spaces collapsed; a title that CAs and our
demo append to the CN after a dash, a comma or a parenthesis ("Trần Văn Đức – Hiệu trưởng") is not
part of the name. Diacritics are never dropped: "Hòa" and "Hoa" are different people. The personal ID
is read from the subject's UID or serialNumber ("CCCD:079…", "CMND:…", as Vietnamese CAs write it)
and compared with the one recorded for the account's staff member when both are present. A seal's
certificate must name the school in its O or its CN.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

from hocbaso_desktop.domain.i18n import _

_UID = x509.ObjectIdentifier("0.9.2342.19200300.100.1.1")
_TITLE_SEPARATORS = re.compile(r"\s+[–—-]\s+|\s*[,(]")
_ID_PREFIX = re.compile(r"^\s*(CCCD|CMND|CCCD/CMND|HC|PP|DDCN|ĐDCN|PID)\s*[:=]?\s*", re.I)


def fold(text: str) -> str:
    """NFC, case-folded, single-spaced: the form two names are compared in."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def _attrs(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(a.value) for a in cert.subject.get_attributes_for_oid(oid)]


def certificate_name(cert: x509.Certificate) -> str:
    """The subject CN as printed (the whole subject when there is no CN)."""
    names = _attrs(cert, NameOID.COMMON_NAME)
    return names[0] if names else cert.subject.rfc4514_string()


def name_part(common_name: str) -> str:
    """The CN without an appended title ("Trần Văn Đức – Hiệu trưởng" → "Trần Văn Đức")."""
    return _TITLE_SEPARATORS.split(common_name, maxsplit=1)[0]


def personal_ids(cert: x509.Certificate) -> list[str]:
    """The personal ID numbers (digits) in the subject's UID and serialNumber ("CCCD:…", "CMND:…")."""
    found = []
    for value in _attrs(cert, _UID) + _attrs(cert, NameOID.SERIAL_NUMBER):
        if _ID_PREFIX.match(value) or value.strip().isdigit():
            digits = re.sub(r"\D", "", _ID_PREFIX.sub("", value))
            if digits:
                found.append(digits)
    return found


def names_match(expected: str, common_name: str) -> bool:
    """Whether a CN names `expected` (whole CN, or the CN without its title)."""
    want = fold(expected)
    return bool(want) and want in (fold(common_name), fold(name_part(common_name)))


@dataclass(frozen=True)
class IdentityCheck:
    """The result of comparing a certificate with the account or school it is meant for."""

    certificate_name: str
    expected_name: str
    problems: tuple[str, ...]

    @property
    def matches(self) -> bool:
        """No difference found."""
        return not self.problems


def check_person(cert_der: bytes, full_name: str, personal_id: str = "") -> IdentityCheck:
    """Compare a person's certificate with an account's full name and (when recorded) personal ID."""
    cert = x509.load_der_x509_certificate(cert_der)
    cn = certificate_name(cert)
    problems = []
    if not names_match(full_name, cn):
        problems.append(_("Tên trên chứng thư “{c}” khác tên tài khoản “{a}”.", c=cn, a=full_name))
    ids = personal_ids(cert)
    wanted = re.sub(r"\D", "", personal_id or "")
    if ids and wanted and wanted not in ids:
        problems.append(_("Số định danh trên chứng thư ({c}) khác số định danh đã ghi cho người này ({a}).",
                          c=", ".join(ids), a=wanted))
    return IdentityCheck(cn, full_name, tuple(problems))


def check_organisation(cert_der: bytes, school_name: str) -> IdentityCheck:
    """Compare a seal certificate's O or CN with the school's name."""
    cert = x509.load_der_x509_certificate(cert_der)
    cn = certificate_name(cert)
    names = [*_attrs(cert, NameOID.ORGANIZATION_NAME), cn]
    if any(names_match(school_name, n) for n in names):
        return IdentityCheck(cn, school_name, ())
    shown = ", ".join(dict.fromkeys(names))
    return IdentityCheck(cn, school_name, (_("Chứng thư con dấu mang tên “{c}”, không phải tên trường “{a}”.",
                                             c=shown, a=school_name),))
