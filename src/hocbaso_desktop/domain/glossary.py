"""The glossary: one English name in the code for each thing the school names in Vietnamese.

The stored values stay the Vietnamese codes the files and the database have always held (a member
compares equal to its value, so ``Level.TIEU_HOC == "tieuhoc"``); code writes the member, never the
literal. Terms:

| English (code)                | Vietnamese                         | value              |
|-------------------------------|------------------------------------|--------------------|
| `Level` (school level)        | cấp học                            |                    |
| `Level.TIEU_HOC` (primary)    | tiểu học                           | "tieuhoc"          |
| `Level.THCS` (lower second.)  | trung học cơ sở                    | "thcs"             |
| `Level.THPT` (upper second.)  | trung học phổ thông                | "thpt"             |
| `Role` (an account's role)    | vai trò                            |                    |
| `Role.ADMIN`                  | quản trị viên                      | "quan_tri"         |
| `Role.PRINCIPAL`              | hiệu trưởng                        | "hieu_truong"      |
| `Role.VICE_PRINCIPAL`         | phó hiệu trưởng                    | "pho_hieu_truong"  |
| `Role.HOMEROOM`               | giáo viên chủ nhiệm (GVCN)         | "gvcn"             |
| `Role.SUBJECT_TEACHER`        | giáo viên bộ môn (GVBM)            | "gvbm"             |
| `Role.ACADEMIC`               | nhân viên học vụ                   | "hoc_vu"           |
| `Role.CLERK`                  | văn thư                            | "van_thu"          |
| `SignerRole` (who signs)      | người ký                           |                    |
| `SignerRole.HOMEROOM`         | giáo viên chủ nhiệm ký             | "gvcn"             |
| `SignerRole.PRINCIPAL`        | hiệu trưởng ký duyệt               | "principal"        |
| `SignerRole.SEAL`             | con dấu của trường                 | "seal"             |
| legacy page                   | trích lục (học bạ giấy chuyển đổi) | module `trichluc`  |
| record page / record book     | trang học bạ / học bạ              |                    |
| issue, revoke                 | phát hành, thu hồi                 |                    |
| entry window (checkpoint)     | đợt nhập đánh giá (kì đánh giá)    |                    |
| transfer                      | chuyển trường                      |                    |

A signer role is not an account role: the principal's account (`Role.PRINCIPAL`, "hieu_truong") or the
vice-principal's signs as `SignerRole.PRINCIPAL` ("principal"); the clerk (`Role.CLERK`) holds the seal.
"""

from __future__ import annotations

from enum import StrEnum

from hocbaso_desktop.domain.i18n import _


class Level(StrEnum):
    """School level (cấp học)."""

    TIEU_HOC = "tieuhoc"
    THCS = "thcs"
    THPT = "thpt"

    @property
    def label(self) -> str:
        """The Vietnamese name of the level."""
        return {"tieuhoc": _("Tiểu học"), "thcs": _("Trung học cơ sở"), "thpt": _("Trung học phổ thông")}[self.value]

    @property
    def grades(self) -> tuple[int, ...]:
        """The grades taught at this level."""
        return {"tieuhoc": (1, 2, 3, 4, 5), "thcs": (6, 7, 8, 9), "thpt": (10, 11, 12)}[self.value]

    @property
    def regulation(self) -> str:
        """The circular that governs assessment at this level today."""
        return "27/2020" if self is Level.TIEU_HOC else "22/2021"

    @property
    def caphoc_code(self) -> str:
        """The data dictionary's level code (manhomcaphoc: 02 Tiểu học, 03 THCS, 04 THPT)."""
        return {"tieuhoc": "02", "thcs": "03", "thpt": "04"}[self.value]


class Role(StrEnum):
    """An account's role (vai trò; design: domain.md §4.6)."""

    ADMIN = "quan_tri"
    PRINCIPAL = "hieu_truong"
    VICE_PRINCIPAL = "pho_hieu_truong"
    HOMEROOM = "gvcn"
    SUBJECT_TEACHER = "gvbm"
    ACADEMIC = "hoc_vu"
    CLERK = "van_thu"

    @property
    def label(self) -> str:
        """The Vietnamese name of the role."""
        return {
            "quan_tri": _("Quản trị viên"),
            "hieu_truong": _("Hiệu trưởng"),
            "pho_hieu_truong": _("Phó Hiệu trưởng"),
            "gvcn": _("Giáo viên chủ nhiệm"),
            "gvbm": _("Giáo viên bộ môn"),
            "hoc_vu": _("Nhân viên học vụ"),
            "van_thu": _("Văn thư"),
        }[self.value]


class SignerRole(StrEnum):
    """Who signs a record page (người ký), in signing order: homeroom teacher, principal, the school's seal."""

    HOMEROOM = "gvcn"
    PRINCIPAL = "principal"
    SEAL = "seal"

    @property
    def label(self) -> str:
        """The Vietnamese name of the signer."""
        return {"gvcn": _("Giáo viên chủ nhiệm"), "principal": _("Hiệu trưởng"),
                "seal": _("Con dấu của trường")}[self.value]


SIGNING_ORDER = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)
