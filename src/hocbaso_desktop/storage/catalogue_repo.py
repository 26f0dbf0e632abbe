"""Subjects kept from before a catalogue change: which classes still hold them, and the one-time note of the change.

THCS "Nghệ thuật" became two parts (Âm nhạc, Mĩ thuật). Nothing is moved or invented: a class that was
planned or assessed with the single subject keeps it (its values stay readable, its results are computed as
they were); new classes get the two parts. `note_art_split` records, once per database, what that means
for this school, in the settings and the audit log, and returns the message to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.storage import audit, settings_repo

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

ART_SPLIT_KEY = "catalogue.art_split"
_LEGACY_ART = "NT"


_KEEPS_ART = """(EXISTS (SELECT 1 FROM teaching_assignments t WHERE t.class_id = c.id AND t.subject_code = ?)
    OR EXISTS (SELECT 1 FROM enrolments e JOIN assessments a
                 ON a.student_id = e.student_id AND a.year = c.year AND a.subject = ?
               WHERE e.class_id = c.id))"""


def classes_with_combined_art(db: SchoolDatabase, year: str | None = None) -> set[str]:
    """Ids of THCS classes (of `year`, or of every year) planned or assessed with the single "Nghệ thuật"."""
    if _level(db) != Level.THCS:
        return set()
    rows = db.query(f"SELECT c.id FROM classes c WHERE (? IS NULL OR c.year = ?) AND {_KEEPS_ART}",
                        (year, year, _LEGACY_ART, _LEGACY_ART))
    return {r[0] for r in rows}


def class_has_combined_art(db: SchoolDatabase, class_id: str) -> bool:
    """True when this THCS class keeps the single "Nghệ thuật" (it has its assignment or values)."""
    if _level(db) != Level.THCS:
        return False
    row = db.query_one(f"SELECT EXISTS (SELECT 1 FROM classes c WHERE c.id = ? AND {_KEEPS_ART})",
                       (class_id, _LEGACY_ART, _LEGACY_ART))
    return bool(row and row[0])


def note_art_split(db: SchoolDatabase) -> str | None:
    """Once per THCS database: record which classes keep the single Nghệ thuật; the message, or None."""
    if _level(db) != Level.THCS or settings_repo.get_setting(db, ART_SPLIT_KEY) is not None:
        return None
    classes = db.query(f"SELECT c.id, c.year, c.name FROM classes c WHERE {_KEEPS_ART} ORDER BY c.year, c.name",
                           (_LEGACY_ART, _LEGACY_ART))
    values = db.query_one("SELECT COUNT(*) FROM assessments WHERE subject = ?", (_LEGACY_ART,))[0]
    kept = [f"{name} ({year})" for _id, year, name in classes]
    with db.transaction():
        settings_repo.set_setting(db, ART_SPLIT_KEY, {"kept_classes": kept, "values": values})
        if kept:
            audit.append(db, actor="system", action="catalogue.art_split", entity="catalogue", entity_id="NT",
                         before={"subject": "Nghệ thuật"},
                         after={"subjects": ["Nghệ thuật (Âm nhạc)", "Nghệ thuật (Mĩ thuật)"],
                                "kept_classes": kept, "values": values})
    if not kept:
        return None
    return _("Môn Nghệ thuật (THCS) nay gồm hai phân môn “Nghệ thuật (Âm nhạc)” và “Nghệ thuật (Mĩ thuật)”, mỗi phân "
             "môn có giáo viên, nhận xét và kết quả Đ/CĐ riêng. {n} lớp đã có dữ liệu môn Nghệ thuật chung giữ nguyên "
             "môn đó ({v} giá trị, không sửa, không chia): {c}. Các lớp mới dùng hai phân môn.",
             n=len(kept), v=values, c=", ".join(kept))


def _level(db: SchoolDatabase) -> str | None:
    row = db.query_one("SELECT level FROM school LIMIT 1")
    return row[0] if row else None


__all__ = ["ART_SPLIT_KEY", "class_has_combined_art", "classes_with_combined_art", "note_art_split"]
