"""XAdES-BES signatures on hocba.xml with signxml: one enveloped signature per signer, in the signing order.

Two facts measured here (issue 16): several enveloped signatures that each sign the whole document
(URI="") break one another, so each signature references the record element by its Id (the signatures
are its siblings, outside what they sign); and signxml 5.2's XAdES signer with exclusive
canonicalisation makes a SignedProperties reference its own verifier rejects, so the default
canonicalisation (C14N 1.1) is used. The raw signature is made by the token worker: signxml is given a
key object whose `sign` delegates to the `RawSigner` (the key never leaves the token).

Each signature carries the signer's role as a XAdES ClaimedRole and the Id `sig-<role>`. Verification
checks the schema, each signature alone (signxml's XAdES verifier: references, value, signing-certificate
property) against its certificate, that certificate's chain to a trusted root at the signing time the
signature states, the roles and their order against the record's list of signers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from lxml import etree
from signxml import DigestAlgorithm, InvalidInput, SignatureMethod, methods
from signxml.exceptions import InvalidCertificate, InvalidDigest, InvalidSignature
from signxml.xades import XAdESSigner, XAdESVerifier

from hocbaso_desktop.domain.errors import SigningError, VerificationError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing import xml_form
from hocbaso_desktop.signing.certificates import check_signing_certificate

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
ROLE_ORDER = ("gvcn", "principal", "seal")


class _TokenKey:
    """The private-key face signxml needs (`sign`, `public_key`), signing through a RawSigner."""

    def __init__(self, raw) -> None:
        self._raw = raw
        self._public = x509.load_der_x509_certificate(raw.certificate_der).public_key()

    def public_key(self):
        """The certificate's public key (signxml writes it into KeyValue)."""
        return self._public

    @property
    def key_size(self) -> int:
        """The key's size in bits: signxml sizes an ECDSA value's r || s by it (an EC key failed without it)."""
        return self._public.key_size

    @property
    def curve(self):
        """An EC key's curve: signxml names it in ECKeyValue."""
        return self._public.curve

    def sign(self, data: bytes, padding=None, algorithm=None, signature_algorithm=None) -> bytes:
        """PKCS#1 v1.5 (RSA) or DER ECDSA over `data` with SHA-256, made by the token."""
        return self._raw.sign_raw(data, "sha256")


def sign_xml(xml: bytes, raw, role: str) -> bytes:
    """Append one XAdES-BES signature of `role` over the record element; return the new document bytes."""
    doc = xml_form.parse(xml)
    record = xml_form.record_element(doc)
    public = x509.load_der_x509_certificate(raw.certificate_der).public_key()
    algorithm = SignatureMethod.ECDSA_SHA256 if isinstance(public, ec.EllipticCurvePublicKey) \
        else SignatureMethod.RSA_SHA256
    signer = XAdESSigner(method=methods.enveloped, signature_algorithm=algorithm,
                         digest_algorithm=DigestAlgorithm.SHA256, claimed_roles=[role])
    chain = [x509.load_der_x509_certificate(d) for d in (raw.certificate_der, *raw.chain_der)]
    try:
        signed = signer.sign(doc, key=_TokenKey(raw), cert=chain, reference_uri=f"#{record.get('Id')}")
    except InvalidInput as exc:
        raise SigningError(_("Không ký được học bạ dạng XML: {e}", e=str(exc))) from exc
    new = signed.findall(f"{{{DS}}}Signature")[-1]
    new.set("Id", f"sig-{role}")
    _retarget(new)
    return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")


def _retarget(sig: etree._Element) -> None:
    """QualifyingProperties' Target names the signature's Id (changed after signing; Target is not signed)."""
    for qp in sig.iter(f"{{{XADES}}}QualifyingProperties"):
        qp.set("Target", f"#{sig.get('Id')}")


@dataclass(frozen=True)
class XmlSignatureCheck:
    """The result for one XML signature."""

    role: str
    signer: str
    certificate_sha256: str
    signing_time: str
    ok: bool
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class XmlReport:
    """The verdict on a hocba.xml."""

    record_id: str
    version: str
    schema_ok: bool
    signatures: tuple[XmlSignatureCheck, ...]
    matches_pdf: bool | None = None     # None: no PDF given
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Everything valid."""
        return (self.schema_ok and bool(self.signatures) and all(s.ok for s in self.signatures)
                and self.matches_pdf is not False and not self.problems)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary."""
        return {**asdict(self), "ok": self.ok}


def _check_one(doc: etree._Element, sig: etree._Element, roots_der: Sequence[bytes]) -> XmlSignatureCheck:
    """Verify one signature alone: the others are removed (they are outside what it signs)."""
    alone = deepcopy(doc)
    for other in alone.findall(f"{{{DS}}}Signature"):
        if other.get("Id") != sig.get("Id"):
            alone.remove(other)
    role = (sig.findtext(f".//{{{XADES}}}ClaimedRole") or "").strip()
    certs = [x509.load_der_x509_certificate(_b64(t.text)) for t in sig.iter(f"{{{DS}}}X509Certificate")]
    when_text = sig.findtext(f".//{{{XADES}}}SigningTime") or ""
    problems: list[str] = []
    signer = certs[0].subject.rfc4514_string() if certs else ""
    if not certs:
        return XmlSignatureCheck(role, "", "", when_text, False, (_("Chữ ký không kèm chứng thư số."),))
    leaf = certs[0]
    try:
        XAdESVerifier().verify(etree.tostring(alone), x509_cert=leaf.public_bytes(serialization.Encoding.PEM),
                               expect_references=3)
    except (InvalidSignature, InvalidDigest, InvalidCertificate, InvalidInput) as exc:
        problems.append(_("Chữ ký XML không hợp lệ: {e}", e=str(exc)))
    try:
        when = datetime.fromisoformat(when_text) if when_text else datetime.now(UTC)
        check_signing_certificate(leaf.public_bytes(serialization.Encoding.DER), at=when, trust_roots_der=roots_der,
                                  chain_der=[c.public_bytes(serialization.Encoding.DER) for c in certs[1:]])
    except (SigningError, ValueError) as exc:
        problems.append(_("Chứng thư số của chữ ký XML không hợp lệ: {e}", e=str(exc)))
    names = [a.value for a in leaf.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)]
    return XmlSignatureCheck(role, names[0] if names else signer,
                             hashlib.sha256(leaf.public_bytes(serialization.Encoding.DER)).hexdigest(), when_text,
                             not problems, tuple(problems))


def _b64(text: str | None) -> bytes:
    import base64

    return base64.b64decode("".join((text or "").split()))


def verify_xml(data: bytes, roots_der: Sequence[bytes], *, payload: dict | None = None) -> XmlReport:
    """Verify a signed hocba.xml offline; with `payload` (a PDF's payload.json), also that both say the same."""
    doc = xml_form.parse(data)
    record = xml_form.record_element(doc)
    errors = xml_form.schema_errors(doc)
    problems = [_("Tệp XML không đúng lược đồ hocba.xsd: {e}", e=e) for e in errors[:5]]
    sigs = doc.findall(f"{{{DS}}}Signature")
    checks = tuple(_check_one(doc, s, roots_der) for s in sigs)
    if not sigs:
        problems.append(_("Tệp XML không có chữ ký số nào."))
    expected = xml_form.signers_of(doc)
    if [c.role for c in checks] != expected[:len(checks)] or len(checks) != len(expected):
        problems.append(_("Thứ tự hoặc vai trò người ký XML không đúng danh sách người ký của học bạ ({r}).",
                          r=" → ".join(expected)))
    matches = None if payload is None else xml_form.matches_payload(doc, payload)
    if matches is False:
        problems.append(_("Dữ liệu trong tệp XML không khớp với dữ liệu học bạ (payload.json) của tệp PDF."))
    rid = record.findtext(f"{{{xml_form.NS}}}madinhdanhhocba") or ""
    version = record.findtext(f"{{{xml_form.NS}}}phienbanthongtinhocba") or ""
    return XmlReport(rid, version, not errors, checks, matches, tuple(problems))


def format_xml_report(report: XmlReport) -> str:
    """The report as Vietnamese text."""
    lines = [_("Học bạ dạng XML {id}, phiên bản {v}", id=report.record_id, v=report.version),
             _("Lược đồ hocba.xsd: {r}", r=_("đúng") if report.schema_ok else _("SAI"))]
    for i, s in enumerate(report.signatures, 1):
        lines.append(_("Chữ ký XML {i}: {who} — {role} — {r}", i=i, who=s.signer, role=s.role,
                       r=_("HỢP LỆ") if s.ok else _("KHÔNG HỢP LỆ")))
        lines.extend(f"  - {p}" for p in s.problems)
    if report.matches_pdf is not None:
        lines.append(_("Khớp với dữ liệu học bạ (payload.json) của tệp PDF: {r}", r=_("có") if report.matches_pdf else _("KHÔNG")))
    lines.extend(f"- {p}" for p in report.problems)
    lines.append(_("KẾT LUẬN: TỆP XML HỢP LỆ") if report.ok else _("KẾT LUẬN: TỆP XML KHÔNG HỢP LỆ"))
    return "\n".join(lines)


def require_valid_schema(xml: bytes) -> None:
    """Raise VerificationError when `xml` does not satisfy hocba.xsd (checked before it is signed)."""
    errors = xml_form.schema_errors(xml_form.parse(xml))
    if errors:
        raise VerificationError(_("Học bạ dạng XML không đúng lược đồ: {e}", e=errors[0]))
