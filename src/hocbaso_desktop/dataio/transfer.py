"""Transfers between schools: one package file out (identity, history, issued signed PDFs, open-year
values), and in (every PDF verified against this school's trust list before anything is written).

The package is a ZIP file: ``manifest.json`` plus ``records/<id>-v<version>.pdf`` and, beside each, the record's
signed XML form ``records/<id>-v<version>.xml`` (manifest keys ``tepxml``/``sha256xml``; absent for pages issued
before the XML form existed). The manifest lists each file's SHA-256; the PDFs and XMLs carry the signatures, and
each XML is verified on receipt like its PDF and must hold the same record as the PDF's payload.json. Received pages are stored
as issued (immutable, no class here); the learning history lines keep the old school's names; values of a
year without an issued page are carried over so the new school continues that year's record.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hocbaso_desktop.dataio.json_export import student_from_json, student_to_json
from hocbaso_desktop.domain.assessment import AssessmentEntry, validate_entry
from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError, VerificationError
from hocbaso_desktop.domain.i18n import _, nfc
from hocbaso_desktop.domain.model import Enrolment, EnrolmentEvent, RecordStatus
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.limits import PACKAGE_MAX_MANIFEST, PACKAGE_MAX_MEMBER, loads_bounded, read_member
from hocbaso_desktop.private_files import private_target
from hocbaso_desktop.signing import (
    certificates,
    current_pdf,
    package_seal,
    payload_of_pdf,
    trust_roots,
    verify_pdf,
    xades,
)
from hocbaso_desktop.storage import (
    assessments_repo,
    audit,
    dataio_repo,
    records_repo,
    school_repo,
    utc_now,
    xml_repo,
)

FORMAT = "hocbaso-transfer"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class TransferInResult:
    """What a transfer in stored."""

    student_id: str
    full_name: str
    records: int
    history: int
    entries: int


def transfer_out(session, student_id: str, out: Path | str, *, on: date, destination: str = "") -> Path:
    """Package a student's data and issued pages into `out`, and record the transfer out of their class."""
    require(session.user, Action.TRANSFER)
    db = session.db
    student = school_repo.get_student(db, student_id)
    school = school_repo.get_school(db)
    history = school_repo.history(db, student_id)
    years = sorted({e.year for e in history})
    current = school_repo.class_of_student(db, student_id, years[-1]) if years else None
    records, files, issued_years = [], {}, set()
    for year in years:
        latest = records_repo.latest_for_student(db, student_id, year)
        issued = [v for v in records_repo.versions(db, latest.record.id)
                  if v.record.status is RecordStatus.ISSUED] if latest else []
        if not issued or issued[-1].pdf is None:
            continue
        page = issued[-1]
        pdf = current_pdf(db, page) or b""   # the upgraded (B-LTA) file once there is one
        name = f"records/{page.record.id}-v{page.record.version}.pdf"
        files[name] = pdf
        issued_years.add(year)
        entry = {"madinhdanhhocba": page.record.id, "phienban": page.record.version, "namhoc": year,
                        "thongtu": page.record.regulation, "trichluc": page.record.converted_from_paper,
                        "ngaykyphathanh": page.record.issued_on.isoformat() if page.record.issued_on else None,
                        "diadanhphathanh": page.record.issued_place, "tep": name,
                        "sha256": hashlib.sha256(pdf).hexdigest()}
        xml = xml_repo.get_xml(db, page.record.id, page.record.version)
        if xml is not None:
            entry["tepxml"] = name.removesuffix(".pdf") + ".xml"
            entry["sha256xml"] = hashlib.sha256(xml).hexdigest()
            files[entry["tepxml"]] = xml
        records.append(entry)
    entries = [{"namhoc": y, "mamonhoc": e.subject, "ky": e.period, "thanhphan": e.component, "giatri": e.value}
               for y in years if y not in issued_years for e in assessments_repo.entries_for_student(db, student_id, y)]
    manifest = {
        "dinhdang": FORMAT, "phienban": FORMAT_VERSION, "ngaychuyen": on.isoformat(), "noiden": destination,
        "truong": {"matruong": school.code, "tentruong": school.name, "tentinh": school.province,
                   "capHoc": school.level.value},
        "hocsinh": student_to_json(student),
        "quatrinhhoctap": [{"namhoc": e.year, "tenlop": e.class_name, "tentruong": e.school_name,
                            "tentinh": e.province, "sukien": e.event.value,
                            "ngay": e.on.isoformat() if e.on else None} for e in history],
        "hocba": records, "danhgia": entries,
    }
    path = Path(out)
    with private_target(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in files.items():
            package.writestr(name, data)
    with db.transaction():
        if current is not None:
            school_repo.add_enrolments(db, [Enrolment(student_id, current.year, current.name, school.name,
                                                      school.province, EnrolmentEvent.TRANSFER_OUT, on, current.id)])
        audit.append(db, actor=session.account.username, action="transfer.out", entity="student",
                     entity_id=student_id, before=None,
                     after={"file": path.name, "records": len(records), "destination": destination})
    return path


def read_package(path: Path | str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and the PDFs of a transfer package, each PDF checked against its listed SHA-256."""
    manifest, pdfs, _members, _seal = read_package_sealed(path)
    return manifest, pdfs


def read_package_sealed(path: Path | str) -> tuple[dict[str, Any], dict[str, bytes], dict[str, bytes], bytes | None]:
    """(manifest, PDFs, every member read (the XML forms too), the seal's bytes or None); each member inflated
    within its limit and checked against the manifest's SHA-256."""
    name = Path(path).name
    _refuse_encrypted(path)
    try:
        with zipfile.ZipFile(Path(path)) as package:
            raw = read_member(package, "manifest.json", PACKAGE_MAX_MANIFEST, what=name)
            manifest = loads_bounded(raw.decode("utf-8"), what=name)
            pdfs = {r["tep"]: read_member(package, r["tep"], PACKAGE_MAX_MEMBER, what=name)
                    for r in manifest.get("hocba", [])}
            xmls = {r["tepxml"]: read_member(package, r["tepxml"], PACKAGE_MAX_MEMBER, what=name)
                    for r in manifest.get("hocba", []) if r.get("tepxml")}
            seal = (read_member(package, package_seal.SEAL_MEMBER, 1 << 20, what=name)
                    if package_seal.SEAL_MEMBER in package.namelist() else None)
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidInputError(_("Không đọc được gói chuyển trường {p}.", p=str(path))) from exc
    if manifest.get("dinhdang") != FORMAT or manifest.get("phienban") != FORMAT_VERSION:
        raise InvalidInputError(_("Tệp {p} không phải gói chuyển trường của Học bạ số.", p=str(path)))
    for r in manifest["hocba"]:
        if hashlib.sha256(pdfs[r["tep"]]).hexdigest() != r["sha256"] or (
                r.get("tepxml") and hashlib.sha256(xmls[r["tepxml"]]).hexdigest() != r.get("sha256xml")):
            raise VerificationError(_("Học bạ năm {y} trong gói đã bị thay đổi (mã băm không khớp).", y=r["namhoc"]))
    return manifest, pdfs, {"manifest.json": raw, **pdfs, **xmls}, seal


def _refuse_encrypted(path: Path | str) -> None:
    """An encrypted package (CMS for the receiving school's seal) is opened by the clerk first (issue 21)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1)
    except OSError:
        return  # the zip reader below names the file
    if head == b"\x30":
        raise InvalidInputError(_("Gói {p} đã được mã hoá cho con dấu của trường nhận. Văn thư mở gói bằng thiết bị "
                                  "ký của con dấu trước (màn hình Chuyển trường, “Mở gói đã mã hoá…”, hoặc hocbaso "
                                  "transfer open {p} --out GÓI_ĐÃ_MỞ.zip), rồi nhận gói đã mở.", p=Path(path).name))


def transfer_in(session, package_path: Path | str, class_name: str, *, on: date,
                year: str | None = None, manual_entry: bool = False) -> TransferInResult:
    """Verify a transfer package and receive the student into `class_name`; nothing is written if any check fails.

    Values of the open year count only from a package sealed by the sending school (its seal chains to this
    school's trust store); from an unsealed one they are refused, or, with `manual_entry`, taken as this
    school's own audited entry ("nhập tay") within its open entry windows.
    """
    require(session.user, Action.TRANSFER)
    db = session.db
    manifest, pdfs, members, seal_bytes = read_package_sealed(package_path)
    seal = None if seal_bytes is None else package_seal.check(
        members, seal_bytes, roots=list(trust_roots(db)), chain=list(certificates.chain_for(db)))
    if seal is not None and seal.school_code != str(manifest.get("truong", {}).get("matruong")):
        raise VerificationError(_("Gói được niêm phong cho trường {a} nhưng ghi là của trường {b}.", a=seal.school_code,
                                  b=manifest.get("truong", {}).get("matruong")))
    try:
        student = student_from_json(manifest["hocsinh"])
    except (KeyError, TypeError, ValueError, StopIteration) as exc:
        raise InvalidInputError(_("Gói chuyển trường thiếu thông tin học sinh.")) from exc
    roots = trust_roots(db)
    checks = {}
    try:
        for r in manifest["hocba"]:
            report = verify_pdf(pdfs[r["tep"]], roots)
            if not report.ok or report.record_id != r["madinhdanhhocba"]:
                reasons = "; ".join([*report.problems, *(p for s in report.signatures for p in s.problems)])
                raise VerificationError(_("Học bạ năm {y} không xác thực được: {r}", y=r["namhoc"], r=reasons))
            _check_signed_payload(pdfs[r["tep"]], r, student)
            _check_xml_form(members.get(r.get("tepxml") or ""), pdfs[r["tep"]], r, roots)
            checks[r["tep"]] = report
    except (KeyError, TypeError, AttributeError) as exc:
        raise InvalidInputError(_("Gói chuyển trường thiếu thông tin học bạ.")) from exc
    chosen_year = year or school_repo.latest_year(db)
    school_class = school_repo.find_class(db, chosen_year, class_name)
    school = school_repo.get_school(db)
    with db.transaction():
        if student.id in dataio_repo.existing_ids(db, "students") or (
                student.personal_id and school_repo.find_students_by_personal_id(db, student.personal_id)):
            raise InvalidInputError(_("Học sinh {n} đã có trong cơ sở dữ liệu của trường.", n=student.full_name))
        school_repo.add_students(db, [student])
        history = [Enrolment(student.id, h["namhoc"], h["tenlop"], h["tentruong"], h.get("tentinh", ""),
                             EnrolmentEvent(h["sukien"]), date.fromisoformat(h["ngay"]) if h.get("ngay") else None)
                   for h in manifest["quatrinhhoctap"]]
        history.append(Enrolment(student.id, school_class.year, school_class.name, school.name, school.province,
                                 EnrolmentEvent.TRANSFER_IN, on, school_class.id))
        school_repo.add_enrolments(db, history)
        for r in manifest["hocba"]:
            _store_record(db, student.id, r, pdfs[r["tep"]], checks[r["tep"]], members.get(r.get("tepxml") or ""))
        entries = _carried_entries(manifest, student.id, school.level.value, school_class)
        if entries:
            origin = manifest["truong"]["matruong"]
            reason = f"transfer in from {origin}, sealed by {seal.signer}" if seal else \
                _manual_entry_reason(db, school_class.year, entries, origin, manual_entry)
            assessments_repo.bulk_insert_entries(db, school_class.year, entries, actor=session.account.username,
                                                 reason=reason)
        audit.append(db, actor=session.account.username, action="transfer.in", entity="student", entity_id=student.id,
                     before=None, after={"from": manifest["truong"]["matruong"], "class": school_class.name,
                                         "records": len(manifest["hocba"]), "entries": len(entries),
                                         "sealed_by": seal.signer if seal else None,
                                         "manual_entry": bool(entries) and seal is None})
    return TransferInResult(student.id, student.full_name, len(manifest["hocba"]), len(history), len(entries))


def _manual_entry_reason(db, year: str, entries: list[AssessmentEntry], origin: str, manual_entry: bool) -> str:
    """Unsigned values: refused, unless a person of this school takes them as their own entry in an open window."""
    if not manual_entry:
        raise VerificationError(_("Gói chuyển trường chưa được trường gửi niêm phong (ký số) nên {n} giá trị đánh giá "
                                  "trong gói không có chữ ký: không nhận. Hãy đề nghị trường gửi niêm phong gói, hoặc "
                                  "nhập tay các giá trị này (--nhap-tay) trong đợt nhập điểm đang mở.", n=len(entries)))
    windows = assessments_repo.window_states(db, year)
    closed = sorted({e.period for e in entries if not windows.get(e.period, False)})
    if closed:
        raise InvalidInputError(_("Nhập tay giá trị đánh giá chỉ được trong đợt nhập điểm đang mở; các kỳ sau đang "
                                  "đóng: {k}. Không có gì được ghi.", k=", ".join(closed)))
    return f"nhập tay: transfer in from {origin} (package not sealed)"


def _check_signed_payload(pdf: bytes, r: dict[str, Any], student) -> None:
    """The signed data, not the manifest, decides: the page must be this student's, of this year and version."""
    try:
        payload = json.loads(payload_of_pdf(pdf) or b"{}")
    except (ValueError, TypeError) as exc:
        raise VerificationError(_("Học bạ năm {y} không có dữ liệu ký số đọc được.", y=r["namhoc"])) from exc
    same = (payload.get("madinhdanhhocba") == r["madinhdanhhocba"]
            and payload.get("namhoc") == r["namhoc"]
            and str(payload.get("phienbanthongtinhocba")) == str(r["phienban"])
            and nfc(str(payload.get("hovaten", ""))) == nfc(student.full_name)
            and (not student.personal_id or payload.get("sodinhdanh") in ("", None, student.personal_id)))
    if not same:
        raise VerificationError(_("Học bạ năm {y} trong gói không phải của học sinh {n}, hoặc khác năm học, phiên "
                                  "bản ghi trong gói: không nhận.", y=r["namhoc"], n=student.full_name))


def _check_xml_form(xml: bytes | None, pdf: bytes, r: dict[str, Any], roots) -> None:
    """The XML form, when the package carries one: its signatures and chain, and the same record as the PDF."""
    if xml is None:
        return
    report = xades.verify_xml(xml, list(roots), payload=json.loads(payload_of_pdf(pdf) or b"{}"))
    if not report.ok or report.matches_pdf is not True or report.record_id != r["madinhdanhhocba"]:
        reasons = "; ".join([*report.problems, *(p for s in report.signatures for p in s.problems)])
        raise VerificationError(_("Dạng XML của học bạ năm {y} không xác thực được: {r}", y=r["namhoc"],
                                  r=reasons or _("không cùng học bạ với tệp PDF")))


def _store_record(db, student_id: str, r: dict[str, Any], pdf: bytes, report, xml: bytes | None) -> None:
    if dataio_repo.record_exists(db, r["madinhdanhhocba"]):
        raise InvalidInputError(_("Học bạ năm {y} đã có trong cơ sở dữ liệu.", y=r["namhoc"]))
    payload = payload_of_pdf(pdf) or b""
    dataio_repo.insert_received_record(
        db, record_id=r["madinhdanhhocba"], version=int(r["phienban"]), student_id=student_id, year=r["namhoc"],
        regulation=r["thongtu"], converted_from_paper=bool(r["trichluc"]), payload=payload,
        payload_sha256=report.payload_sha256, pdf=pdf, pdf_sha256=r["sha256"], issued_on=r.get("ngaykyphathanh"),
        issued_place=r.get("diadanhphathanh", ""), created_at=utc_now())
    for seq, sig in enumerate(report.signatures, start=1):
        dataio_repo.insert_received_signature(
            db, record_id=r["madinhdanhhocba"], version=int(r["phienban"]), seq=seq, role=sig.role,
            signer_name=sig.signer, cert_serial=sig.certificate_serial, cert_sha256=sig.certificate_sha256,
            signed_at=sig.signing_time)
    if xml is not None:   # before the page becomes issued: schema 11 fixes an issued record's attachments
        xml_repo.put_xml(db, r["madinhdanhhocba"], int(r["phienban"]), xml)
    dataio_repo.mark_received_issued(db, r["madinhdanhhocba"], int(r["phienban"]))


def _carried_entries(manifest: dict[str, Any], student_id: str, level: str, school_class) -> list[AssessmentEntry]:
    out = []
    for d in manifest.get("danhgia", []):
        if d["namhoc"] != school_class.year:
            continue  # earlier unissued years stay in the old school's history only
        entry = AssessmentEntry(student_id, d["mamonhoc"], d["ky"], d["thanhphan"], d["giatri"])
        try:
            out.append(validate_entry(level, school_class.grade, entry))
        except InvalidInputError as exc:
            raise InvalidInputError(_("Gói chuyển trường có giá trị không hợp lệ: {m}", m=exc.message)) from exc
    return out


def find_student(session, name_or_id: str, year: str | None = None):
    """A student by id, or by exact full name in the year's classes (for the command line)."""
    require(session.user, Action.TRANSFER)
    db = session.db
    try:
        return school_repo.get_student(db, name_or_id)
    except NotFoundError:
        pass  # not an id: try the name below
    chosen = year or school_repo.latest_year(db)
    found = [s for c in school_repo.list_classes(db, chosen) for s in school_repo.students_in_class(db, c.id)
             if s.full_name == name_or_id]
    if len(found) != 1:
        raise NotFoundError(_("Không xác định được học sinh “{n}” ({k} kết quả).", n=name_or_id, k=len(found)))
    return found[0]
