"""The school's data as frozen dataclasses: school, year, class, student, staff, enrolment, record page.

Pure data: no I/O. Identifiers are strings (UUIDs made by the caller, never here). Names and other
text are stored NFC (the constructors in `storage/` and the importers normalise at the boundary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _


class Sex(StrEnum):
    """Sex as coded by QCVN 109:2017 (gioitinh): 0 unknown, 1 male, 2 female."""

    UNKNOWN = "0"
    MALE = "1"
    FEMALE = "2"

    @property
    def label(self) -> str:
        """The Vietnamese word."""
        return {"0": _("Không rõ"), "1": _("Nam"), "2": _("Nữ")}[self.value]


_YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")


def parse_school_year(text: str) -> str:
    """Check a school year written ``YYYY-YYYY`` (second = first + 1) and return it."""
    m = _YEAR_RE.match(text.strip())
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        raise InvalidInputError(_("Năm học “{y}” không hợp lệ: cần dạng 2025-2026.", y=text), field="namhoc")
    return text.strip()


def school_year_of(day: date) -> str:
    """The school year containing `day` (a year starts in September)."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


@dataclass(frozen=True)
class School:
    """A school (trường): the owner of one database."""

    code: str
    name: str
    level: Level
    so_code: str = ""
    so_name: str = ""
    commune: str = ""
    province: str = ""
    address: str = ""

    @property
    def place(self) -> str:
        """The place written on the date lines of its documents ("Phường …, ngày …"): the commune (ward)
        when known, else the province; the same for drafts, issued pages and every page of a book."""
        return self.commune or self.province


@dataclass(frozen=True)
class PartialDate:
    """A date of birth that may be only a year, or a year and month (ngaythangnamsinh / thangnamsinh / namsinh)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise InvalidInputError(_("Ngày sinh có ngày mà thiếu tháng."), field="ngaythangnamsinh")
        try:
            date(self.year, 1 if self.month is None else self.month, 1 if self.day is None else self.day)
        except ValueError as exc:
            raise InvalidInputError(_("Ngày sinh {d} không tồn tại.", d=self.display()),
                                    field="ngaythangnamsinh") from exc

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse dd/mm/yyyy, mm/yyyy, yyyy or ISO yyyy-mm-dd."""
        t = text.strip()
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", t):
            y, m, d = (int(x) for x in t.split("-"))
            return cls(y, m, d)
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", t):
            d, m, y = (int(x) for x in t.split("/"))
            return cls(y, m, d)
        if re.fullmatch(r"\d{1,2}/\d{4}", t):
            m, y = (int(x) for x in t.split("/"))
            return cls(y, m)
        if re.fullmatch(r"\d{4}", t):
            return cls(int(t))
        raise InvalidInputError(_("Ngày sinh “{d}” không hợp lệ (dd/mm/yyyy).", d=text), field="ngaythangnamsinh")

    def iso(self) -> str:
        """yyyy-mm-dd, yyyy-mm or yyyy."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """dd/mm/yyyy, mm/yyyy or yyyy, as shown to people."""
        if self.day is not None:
            return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"
        if self.month is not None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class Student:
    """A student's identity, as the học bạ's first page records it."""

    id: str
    full_name: str
    sex: Sex
    birth: PartialDate
    personal_id: str = ""          # số định danh cá nhân, 12 digits (validated by personal_id.py)
    student_code: str = ""         # mahocsinh / mã định danh Bộ GD&ĐT
    registry_number: str = ""      # số đăng bộ
    birthplace: str = ""
    hometown: str = ""
    residence: str = ""
    ethnicity: str = "Kinh"
    nationality: str = "Việt Nam"
    father_name: str = ""
    mother_name: str = ""
    guardian_name: str = ""
    father_job: str = ""
    mother_job: str = ""
    guardian_job: str = ""
    policy_group: str = ""         # doituongchinhsach
    disabled_not_assessed: bool = False   # cokhuyettatkhongdanhgia
    exemptions: tuple[str, ...] = ()      # subject codes the student is exempted from (M)
    read_only: bool = False               # history received from another school (transfer in)


class StaffTitle(StrEnum):
    """A staff member's title (chức vụ)."""

    PRINCIPAL = "hieu_truong"
    VICE_PRINCIPAL = "pho_hieu_truong"
    TEACHER = "giao_vien"
    CLERK = "van_thu"
    ACADEMIC = "hoc_vu"
    IT = "quan_tri"

    @property
    def label(self) -> str:
        """The Vietnamese title."""
        return {
            "hieu_truong": _("Hiệu trưởng"),
            "pho_hieu_truong": _("Phó Hiệu trưởng"),
            "giao_vien": _("Giáo viên"),
            "van_thu": _("Văn thư"),
            "hoc_vu": _("Nhân viên học vụ"),
            "quan_tri": _("Quản trị viên"),
        }[self.value]


@dataclass(frozen=True)
class Staff:
    """A member of staff."""

    id: str
    full_name: str
    title: StaffTitle
    personal_id: str = ""


@dataclass(frozen=True)
class SchoolClass:
    """A class (lớp) in one school year."""

    id: str
    year: str
    grade: int
    name: str
    homeroom_teacher_id: str | None = None


@dataclass(frozen=True)
class TeachingAssignment:
    """A subject teacher teaches a subject in a class (phân công giảng dạy)."""

    teacher_id: str
    subject_code: str
    class_id: str
    periods_per_year: int | None = None   # secondary: derives the number of regular assessments


class EnrolmentEvent(StrEnum):
    """What happened to a student's enrolment."""

    ENROLLED = "enrolled"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    GRADUATED = "graduated"


@dataclass(frozen=True)
class Enrolment:
    """One line of a student's learning history (quá trình học tập)."""

    student_id: str
    year: str
    class_name: str
    school_name: str
    province: str = ""
    event: EnrolmentEvent = EnrolmentEvent.ENROLLED
    on: date | None = None
    class_id: str | None = None


class RecordStatus(StrEnum):
    """Where a học bạ page is in its life (design.md decision 2)."""

    DRAFT = "draft"
    LOCKED = "locked"              # entries locked for signing
    SIGNING = "signing"            # some required signatures present
    ISSUED = "issued"              # phát hành: immutable
    REVOKED = "revoked"            # thu hồi: replaced by a newer version, kept

    @property
    def label(self) -> str:
        """The Vietnamese word for the state."""
        return {
            "draft": _("Bản nháp"),
            "locked": _("Đã khoá để ký"),
            "signing": _("Đang ký"),
            "issued": _("Đã phát hành"),
            "revoked": _("Đã thu hồi"),
        }[self.value]


@dataclass(frozen=True)
class Signature:
    """One signature applied to a record version, in order."""

    role: str                      # "gvcn" | "principal" | "seal"
    signer_name: str
    certificate_serial: str
    signed_at: str                 # RFC 3339 UTC


@dataclass(frozen=True)
class YearRecord:
    """One học bạ page: a student in a school year; the unit that is signed, issued and synced."""

    id: str                        # madinhdanhhocba (UUID, stable across versions)
    version: int
    status: RecordStatus
    student_id: str
    class_id: str
    year: str
    regulation: str                # "27/2020" | "22/2021" | "58/2011" (trích lục of old pages)
    converted_from_paper: bool = False   # trichluc
    signatures: tuple[Signature, ...] = field(default=())
    revoked_reason: str = ""
    issued_on: date | None = None
    issued_place: str = ""


@dataclass(frozen=True)
class UserAccount:
    """A login on the school PC (the password itself lives only in the key file, as a key wrap)."""

    id: str
    username: str
    full_name: str
    role: str                      # domain.roles.Role value
    staff_id: str | None = None
    disabled: bool = False
