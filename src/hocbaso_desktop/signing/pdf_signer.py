"""PAdES signing of the issued PDF with pyHanko, the raw signature made by a `RawSigner` (the token worker).

Order (engineering notes §5.3): the first signature's incremental update also embeds `payload.json` and
writes the payload's SHA-256, record id and version into the document information dictionary, so every
signature covers them and pyHanko's difference analysis flags any later change. Each later signer adds
one approval signature in its own incremental update and its own field.

Visible signatures: the issued page already has an empty field per required role at its box of the
form (signing/page.py); given a `stamp`, the signature's appearance there is a Vietnamese text stamp
("Ký bởi … / Chức vụ … / Ngày ký dd/mm/yyyy HH:MM", Vietnam time) in Noto Serif, whose 1/1000-em
metrics pyHanko 0.38 lays out correctly (engineering notes §5.6; Tinos is spaced twice too wide).
"""

from __future__ import annotations

import io
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import platformdirs
from asn1crypto import algos, x509
from pyhanko import stamp as pyhanko_stamp
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from hocbaso_desktop.domain.errors import HocbasoError, SigningError
from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import VIETNAM_TIME, _, in_vietnamese
from hocbaso_desktop.printing import bundled_font_files
from hocbaso_desktop.signing.pdf_update import open_writer
from hocbaso_desktop.signing.stamp_font import InMemoryFontFactory, cut_font

PAYLOAD_NAME = "payload.json"
XML_NAME = "hocba.xml"
INFO_PAYLOAD_SHA256 = "/HocbasoPayloadSHA256"
INFO_RECORD_ID = "/HocbasoRecordId"
INFO_VERSION = "/HocbasoVersion"
log = logging.getLogger(__name__)
FIELD_NAMES = {SignerRole.HOMEROOM: "Sig1_GVCN", SignerRole.PRINCIPAL: "Sig2_HieuTruong", SignerRole.SEAL: "Sig3_DauTruong"}
ROLE_TITLES = {SignerRole.HOMEROOM: "Giáo viên chủ nhiệm", SignerRole.PRINCIPAL: "Hiệu trưởng", SignerRole.SEAL: "Con dấu của đơn vị"}
NOTO_SERIF = Path("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf")
STAMP_FONT_SIZE = 7
ROLE_REASONS = {SignerRole.HOMEROOM: "Giáo viên chủ nhiệm ký học bạ", SignerRole.PRINCIPAL: "Hiệu trưởng ký duyệt học bạ",
                SignerRole.SEAL: "Ký số con dấu của nhà trường, phát hành học bạ"}


class RawSigner(Protocol):
    """What the token layer gives signing: the certificate, its chain and a raw signature operation."""

    certificate_der: bytes
    chain_der: Sequence[bytes]

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Sign `data` (the DER signed attributes) with the token's key; PKCS#1 v1.5 for RSA."""
        ...


@dataclass(frozen=True)
class PayloadAttachment:
    """The canonical payload (and the record's XML form) to embed before the first signature, and their ids."""

    data: bytes
    sha256: str
    record_id: str
    version: int
    xml: bytes | None = None        # hocba.xml, the record's XML form (data only; its signed copy is kept apart)
    at: datetime | None = None      # when the files were made (the embedded files' ModDate, PDF/A-3)


@dataclass(frozen=True)
class VisibleStamp:
    """What the visible signature says: who signed, in what capacity, when (shown in Vietnam time)."""

    signer_name: str
    title: str
    signed_at: datetime

    def text(self) -> str:
        """The stamp's three lines (the capacity once: a certificate name "X – Hiệu trưởng" gives "X")."""
        when = self.signed_at.astimezone(VIETNAM_TIME).strftime("%d/%m/%Y %H:%M")
        return _("Ký bởi: {n}\nChức vụ: {t}\nNgày ký: {d}", n=name_without_title(self.signer_name, self.title),
                 t=self.title, d=when)


def name_without_title(name: str, title: str) -> str:
    """`name` without a trailing " – title" (or "- title") naming the same capacity as `title`."""
    match = re.fullmatch(r"(.+?)\s+[–—-]\s+([^–—-]+)", name.strip())
    if match and title.strip():
        tail, wanted = match.group(2).strip().casefold(), title.strip().casefold()
        if tail in wanted or wanted in tail:
            return match.group(1).strip()
    return name


# Latin, Vietnamese (Latin Extended Additional), combining marks and punctuation: all a stamp needs.
_STAMP_UNICODES = [*range(0x20, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00), *range(0x2000, 0x2070)]


# Part of the cached cut's name: changed whenever `cut_font` makes a different cut, so an old one is not reused
# (1000: scaled to 1,000 units to the em).
_CUT_VERSION = "1000"


@lru_cache(maxsize=1)
def _stamp_font() -> bytes:
    """The stamp font cut down to the characters a Vietnamese stamp uses (made once, then kept on disk).

    pyHanko subsets the font again for every signature; on the whole Noto Serif (3,000+ glyphs) that took
    ~190 ms per signature (fontTools reading GSUB/GPOS), on this cut ~15 ms (NFC Vietnamese is precomposed, so
    the shaping tables are dropped). Making the cut reads the whole font (~0.4 s), which every `hocbaso sign`
    process would pay: the result is kept in the user's cache folder, named by the source font's size and time.
    """
    font_file = NOTO_SERIF if NOTO_SERIF.exists() else bundled_font_files()["Regular"]
    stat = font_file.stat()
    prefix = f"stamp-{_CUT_VERSION}-"
    cached = stamp_font_cache_dir() / f"{prefix}{font_file.stem}-{stat.st_size}-{int(stat.st_mtime)}.ttf"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    data = cut_font(font_file, _STAMP_UNICODES)
    try:  # a font is no personal data; a read-only profile only costs the cut next time
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)
        for old in cached.parent.glob("stamp-*.ttf"):   # cuts of an older version are never read again
            if not old.name.startswith(prefix):
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("stamp font not cached: %s", exc)
    return data


def stamp_font_cache_dir() -> Path:
    """Where the cut stamp font is kept (HOCBASO_CACHE_DIR, else the user's cache folder)."""
    override = os.environ.get("HOCBASO_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("hocbaso", appauthor=False))


@lru_cache(maxsize=1)
def stamp_style() -> pyhanko_stamp.TextStampStyle:
    """The stamp style, built once per process: Noto Serif (else the bundled Tinos), cut to Vietnamese."""
    font = InMemoryFontFactory("", font_size=STAMP_FONT_SIZE, font_data=_stamp_font())
    return pyhanko_stamp.TextStampStyle(
        stamp_text="%(noidung)s", border_width=1, border_color=(0.1, 0.2, 0.7),
        # leading 1.45×: Vietnamese capitals with two marks (Ễ, Ộ) must not touch the line above
        text_box_style=TextBoxStyle(font=font, font_size=STAMP_FONT_SIZE, leading=round(STAMP_FONT_SIZE * 1.45)),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT, margins=layout.Margins.uniform(3)))


class _DelegatingSigner(signers.Signer):
    """A pyHanko `Signer` whose raw signature is made by a `RawSigner` (so the key never leaves the token)."""

    def __init__(self, raw: RawSigner, chain: Sequence[bytes] | None = None) -> None:
        self.raw = raw
        self.chain = tuple(raw.chain_der if chain is None else chain)
        self.certificate_der, self.chain_der = raw.certificate_der, self.chain   # what the CMS will carry
        cert = x509.Certificate.load(raw.certificate_der)
        algo = cert.public_key.algorithm
        mechanism = "sha256_rsa" if algo == "rsa" else "sha256_ecdsa"
        self._size = cert.public_key.bit_size // 8 if algo == "rsa" else 2 * ((cert.public_key.bit_size + 7) // 8) + 8
        super().__init__(
            signing_cert=cert,
            cert_registry=SimpleCertificateStore.from_certs([x509.Certificate.load(c) for c in self.chain]),
            signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": mechanism}),
        )

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        """Return the raw signature; a dry run (sizing the placeholder) does not touch the token."""
        if dry_run:
            return bytes(self._size)
        # The token call blocks on a pipe; pyHanko runs its own loop in this thread, so a plain call is fine.
        return self.raw.sign_raw(data, digest_algorithm)


def _attach(writer: IncrementalPdfFileWriter, name: str, data: bytes, mime: str, description: str,
            relationship: str, at: datetime | None) -> None:
    """Embed one file as a PDF/A-3 associated file (/AF on the catalog, /AFRelationship, MIME, ModDate)."""
    params = EmbeddedFileParams(creation_date=at, modification_date=at) if at is not None else None
    embed_file(writer, FileSpec(
        file_spec_string=name, file_name=name, description=description,
        embedded_data=EmbeddedFileObject.from_file_data(writer, data=data, mime_type=mime, params=params),
        af_relationship=generic.NameObject(relationship)))


def _embed_payload(writer: IncrementalPdfFileWriter, payload: PayloadAttachment) -> None:
    """Attach payload.json (and hocba.xml) and name the payload's hash in the document information dictionary.

    payload.json is the page's source (the form is drawn from it); hocba.xml is the same record as data.
    """
    at = payload.at or datetime.now(UTC)
    _attach(writer, PAYLOAD_NAME, payload.data, "application/json", "Dữ liệu học bạ (RFC 8785)", "/Source", at)
    if payload.xml is not None:
        _attach(writer, XML_NAME, payload.xml, "application/xml", "Học bạ dạng XML", "/Data", at)
    info = writer.trailer["/Info"].get_object() if "/Info" in writer.trailer else None
    if info is None:
        info = generic.DictionaryObject()
        writer.trailer["/Info"] = writer.add_object(info)
    info[generic.NameObject(INFO_PAYLOAD_SHA256)] = generic.TextStringObject(payload.sha256)
    info[generic.NameObject(INFO_RECORD_ID)] = generic.TextStringObject(payload.record_id)
    info[generic.NameObject(INFO_VERSION)] = generic.TextStringObject(str(payload.version))
    writer.update_container(info)


def _reserved_bytes(raw: RawSigner, timestamped: bool) -> int:
    """Room for the CMS: certificates + signature + signed attributes, with margin.

    Giving pyHanko the size skips its dry-run signature (one CMS built twice), about 20 ms per signature.
    """
    certs = len(raw.certificate_der) + sum(len(c) for c in raw.chain_der)
    size = certs + 512 + 4096 + (8192 if timestamped else 0)
    return 2 * size  # pyHanko counts hex digits: two per byte (must be even)


def prepare_signer(raw: RawSigner, chain: Sequence[bytes] | None = None) -> signers.Signer:
    """The pyHanko signer for `raw`, built once per batch (parsing the certificates costs ~6 ms).

    `chain` is what the CMS carries besides the signer's certificate: the path from `signing.chain`
    (intermediates, root excluded); None embeds `raw.chain_der` as given.
    """
    return _DelegatingSigner(raw, chain)


def lock_spec() -> fields.FieldMDPSpec:
    """The lock of the last required signature's field: every field, and DocMDP "no changes" (P=1)."""
    return fields.FieldMDPSpec(fields.FieldMDPAction.ALL)


def _lock_field(writer: IncrementalPdfFileWriter, name: str) -> fields.SigFieldSpec | None:
    """Make sure the field `name` locks the document when signed; None when the existing field already does.

    The lock belongs in the field from the start (signing/page.py puts it there when the page is rendered):
    adding /Lock to a field later is a change that invalidates the earlier signatures. So an existing field
    without one is only given it when nothing is signed yet; a missing field is created locked.
    """
    for field_name, _value, ref in fields.enumerate_sig_fields(writer):
        if field_name != name:
            continue
        field = ref.get_object()
        if "/Lock" not in field and not any(True for _ in fields.enumerate_sig_fields(writer, filled_status=True)):
            lock_dict = lock_spec().as_pdf_object()
            lock_dict[generic.NameObject("/P")] = generic.NumberObject(fields.MDPPerm.NO_CHANGES.value)
            field[generic.NameObject("/Lock")] = lock_dict
            writer.mark_update(ref)
        return None
    return fields.SigFieldSpec(name, field_mdp_spec=lock_spec(), doc_mdp_update_value=fields.MDPPerm.NO_CHANGES)


@in_vietnamese
def sign_pdf(pdf: bytes, raw: RawSigner | signers.Signer, *, role: str, location: str = "",
             payload: PayloadAttachment | None = None, timestamper: TimeStamper | None = None,
             stamp: VisibleStamp | None = None, lock: bool = False) -> bytes:
    """Add one PAdES approval signature for `role`; embed `payload` first when given (first signer only).

    `raw` is a token's RawSigner, or the result of `prepare_signer` when signing many documents. With
    `stamp`, the signature is drawn in the role's existing field (its box of the form); without a field
    there, or without `stamp`, the signature is invisible. `lock` (the last required signature) locks the
    document: no later signature, annotation or change is permitted (FieldMDP /Lock with DocMDP P=1).
    """
    try:
        writer = open_writer(pdf)
        if payload is not None:
            _embed_payload(writer, payload)
        new_field = _lock_field(writer, FIELD_NAMES[role]) if lock else None
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAMES[role], md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
            reason=ROLE_REASONS[role], location=location or None,
            # the lock's own permission (P=1): pyHanko would otherwise warn, in English, once per page
            **({"docmdp_permissions": fields.MDPPerm.NO_CHANGES} if lock else {}),
        )
        out = io.BytesIO()
        delegate = raw if isinstance(raw, _DelegatingSigner) else _DelegatingSigner(raw)
        pdf_signer = signers.PdfSigner(meta, signer=delegate, timestamper=timestamper, new_field_spec=new_field,
                                       stamp_style=stamp_style() if stamp is not None else None)
        pdf_signer.sign_pdf(writer, output=out, bytes_reserved=_reserved_bytes(delegate, timestamper is not None),
                            appearance_text_params={"noidung": stamp.text()} if stamp is not None else None)
        return out.getvalue()
    except HocbasoError:
        raise
    except (TimeoutError, ValueError, KeyError, OSError, PdfError) as exc:  # PdfError: a damaged stored PDF
        raise SigningError(_("Không ký được tệp PDF: {e}", e=str(exc))) from exc
