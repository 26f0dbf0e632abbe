"""The demo school: complete, deterministic, Vietnamese, and valid under the rules."""

from __future__ import annotations

import unicodedata

from hocbaso_desktop.domain.assessment import validate_entry
from hocbaso_desktop.domain.personal_id import validate_personal_id
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.storage import assessments_repo, school_repo
from hocbaso_desktop.storage.database import SchoolDatabase


def test_primary_demo_has_every_class_role_and_year(demo_template):
    assert demo_template.year == "2026-2027"
    assert demo_template.class_names == ("1A", "1B", "2A", "2B", "3A", "3B", "4A", "4B", "5A", "5B")
    roles = set(demo_template.users.values())
    assert roles == set(Role)
    assert {"quantri", "hieutruong", "vanthu", "hocvu", "gvcn.4a"} <= set(demo_template.users)
    db = SchoolDatabase.open(demo_template.path, "hieutruong", demo_template.password)
    try:
        classes = school_repo.list_classes(db, demo_template.year)
        assert len(classes) == 10
        four_a = school_repo.find_class(db, demo_template.year, "4A")
        students = school_repo.students_in_class(db, four_a.id)
        assert len(students) == 30
        for s in students:
            assert unicodedata.is_normalized("NFC", s.full_name)
            validate_personal_id(s.personal_id, sex=s.sex, birth_year=s.birth.year)
        # the older students have earlier years: 4A was 3A, 2A, 1A
        history = school_repo.history(db, students[0].id)
        assert [h.class_name for h in history] == ["1A", "2A", "3A", "4A"]
        entries = assessments_repo.entries_for_class(db, four_a.id, demo_template.year)
        assert len(entries) > 30 * 50
        for e in entries:
            assert validate_entry("tieuhoc", 4, e) == e
    finally:
        db.close()


def test_secondary_demo_entries_validate(demo_template_thcs):
    db = SchoolDatabase.open(demo_template_thcs.path, "hieutruong", demo_template_thcs.password)
    try:
        cls = school_repo.find_class(db, demo_template_thcs.year, "8B")
        entries = assessments_repo.entries_for_class(db, cls.id, demo_template_thcs.year)
        assert entries
        for e in entries:
            assert validate_entry("thcs", 8, e) == e
    finally:
        db.close()


def test_same_seed_same_school(tmp_path):
    from datetime import date

    from hocbaso_desktop.demo import create_demo_school

    def names(path):
        made = create_demo_school(path, password="mat-khau-demo", today=date(2026, 11, 23), students_per_class=3,
                                  classes_per_grade=1, seed=7)
        db = SchoolDatabase.open(made.path, "quantri", "mat-khau-demo")
        try:
            cls = school_repo.find_class(db, made.year, "1A")
            return [(s.full_name, s.personal_id) for s in school_repo.students_in_class(db, cls.id)]
        finally:
            db.close()

    assert names(tmp_path / "a.hocbaso") == names(tmp_path / "b.hocbaso")


def test_failed_demo_leaves_nothing_behind(tmp_path, monkeypatch):
    from datetime import date

    import pytest

    from hocbaso_desktop import demo

    def broken(self):
        raise RuntimeError("mất điện giữa chừng")

    monkeypatch.setattr(demo._Builder, "build", broken)
    with pytest.raises(RuntimeError):
        demo.create_demo_school(tmp_path / "x.hocbaso", password="mat-khau-demo", today=date(2026, 11, 23))
    assert list(tmp_path.iterdir()) == []
