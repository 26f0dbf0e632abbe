"""The stateless evaluator's JSON formats (rules brief; vectors from domain.md §2.7, §3.5, §3.6, §3.8, §3.9)."""

from __future__ import annotations

import copy
import json
import unicodedata
from decimal import Decimal
from typing import Any

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.evaluator_json import evaluate_json

GRADE4_SUBJECTS = ["Tiếng Việt", "Toán", "Ngoại ngữ 1", "Lịch sử và Địa lí", "Khoa học", "Tin học và Công nghệ"]
QUALITIES = ["Yêu nước", "Nhân ái", "Chăm chỉ", "Trung thực", "Trách nhiệm"]
COMPETENCIES = ["tuhoc", "giaotiep", "giaiquyet", "ngonngu", "tinhtoan", "khoahoc", "congnghe", "tinhoc", "thammi",
                "thechat"]


def primary_doc(tests: list[int | str] | None = None, **levels: str) -> dict[str, Any]:
    subjects: dict[str, Any] = {name: {"level": "T", "test": t}
                                for name, t in zip(GRADE4_SUBJECTS, tests or [10] * 6, strict=True)}
    for name in ("Đạo đức", "Giáo dục thể chất", "Âm nhạc", "Mĩ thuật", "Hoạt động trải nghiệm"):
        subjects[name] = {"level": "T"}
    for name, level in levels.items():
        subjects[name.replace("_", " ")]["level"] = level
    return {"level": "tieuhoc", "grade": 4, "subjects": subjects, "qualities": dict.fromkeys(QUALITIES, "T"),
            "competencies": dict.fromkeys(COMPETENCIES, "T")}


def test_primary_output_format_and_example_1() -> None:
    """§2.7 example 1 → {"result": "HTXS", "reasons": [...]} and nothing else."""
    out = evaluate_json(primary_doc([10, 9, 9, 10, 9, 9]))
    assert set(out) == {"result", "reasons"}
    assert out["result"] == "HTXS" and isinstance(out["reasons"], list) and out["reasons"]


def test_primary_example_2_one_arts_part_at_h() -> None:
    """§2.7 example 2: Âm nhạc = H (merged into Nghệ thuật at the lower level) → HT despite all tests 10."""
    assert evaluate_json(primary_doc(Âm_nhạc="H"))["result"] == "HT"


def test_primary_examples_3_to_8() -> None:
    """§2.7 examples 3–8 through the JSON evaluator."""
    assert evaluate_json(primary_doc([10, 9, 8, 10, 9, 9]))["result"] == "HTT"
    four = primary_doc()
    four["qualities"]["Trung thực"] = "Đ"
    assert evaluate_json(four)["result"] == "HT"
    assert evaluate_json(primary_doc([8, 7, 6, 5, 9, 9], Đạo_đức="H"))["result"] == "HT"
    assert evaluate_json(primary_doc([10, 10, 10, 4, 10, 10]))["result"] == "CHT"
    assert evaluate_json(primary_doc(Toán="C"))["result"] == "CHT"
    eight = primary_doc()
    eight["qualities"]["Chăm chỉ"] = "C"
    assert evaluate_json(eight)["result"] == "CHT"


def test_primary_names_accept_nfd_any_case_and_codes() -> None:
    """Subject and quality names: the Vietnamese name in NFC or NFD, any case, or the code."""
    doc = primary_doc([10, 10, 10, 10, 10, 8])
    doc["subjects"] = {unicodedata.normalize("NFD", k.upper()): v for k, v in doc["subjects"].items()}
    doc["qualities"] = {unicodedata.normalize("NFD", k.lower()): v for k, v in doc["qualities"].items()}
    assert evaluate_json(doc)["result"] == "HTT"
    doc["subjects"]["TV"] = doc["subjects"].pop(unicodedata.normalize("NFD", "TIẾNG VIỆT"))
    assert evaluate_json(doc)["result"] == "HTT"


def test_primary_exempt_test_m() -> None:
    """A test of "M" (exempt) is accepted and ignored."""
    assert evaluate_json(primary_doc([10, 10, "M", 10, 10, 10]))["result"] == "HTXS"


@pytest.mark.parametrize(("mutate", "field"), [
    (lambda d: d["subjects"]["Toán"].pop("test"), "subjects.Toán.test"),
    (lambda d: d["subjects"]["Đạo đức"].update(test=9), "subjects.Đạo đức.test"),
    (lambda d: d["subjects"]["Toán"].update(test=9.5), "subjects.Toán.test"),
    (lambda d: d["subjects"].pop("Khoa học"), "subjects.Khoa học"),
    (lambda d: d["subjects"].update({"Hoá học": {"level": "T"}}), "subjects.Hoá học"),
    (lambda d: d["qualities"].pop("Nhân ái"), "qualities.Nhân ái"),
    (lambda d: d["qualities"].update({"Yêu nước": "H"}), "qualities.Yêu nước"),
    (lambda d: d.update(grade=7), "grade"),
    (lambda d: d.update(level="daihoc"), "level"),
])
def test_primary_invalid_input_names_the_field(mutate: Any, field: str) -> None:
    """Invalid input raises InvalidInputError whose field is the JSON path, named in the message."""
    doc = primary_doc()
    mutate(doc)
    with pytest.raises(InvalidInputError) as err:
        evaluate_json(doc)
    assert err.value.field == field and field in err.value.message


def secondary_doc(averages: list[str], comments: list[str] | None = None, **top: Any) -> dict[str, Any]:
    """Eight scored subjects whose every assessment equals the given value, then comment subjects."""
    names = ["Ngữ văn", "Toán", "Ngoại ngữ 1", "Giáo dục công dân", "Lịch sử và Địa lí", "Khoa học tự nhiên",
             "Công nghệ", "Tin học"]
    subjects: list[dict[str, Any]] = []
    for name, value in zip(names, averages, strict=True):
        sem = {"tx": [Decimal(value)] * 3, "gk": Decimal(value), "ck": Decimal(value)}
        subjects.append({"name": name, "kind": "score", "periods_per_year": 70, "hk1": sem, "hk2": copy.deepcopy(sem),
                         "retest": None})
    for name, value in zip(["Giáo dục thể chất", "Nghệ thuật", "Hoạt động trải nghiệm, hướng nghiệp",
                            "Nội dung giáo dục của địa phương"], comments or ["Đ"] * 4, strict=True):
        subjects.append({"name": name, "kind": "comment", "hk1": value, "hk2": value})
    doc = {"level": "thcs", "subjects": subjects, "conduct": {"hk1": "T", "hk2": "T", "summer": None}, "absences": 3}
    doc.update(top)
    return doc


def test_secondary_output_format() -> None:
    """The output keys of the brief; averages as "8.5", levels as Vietnamese words."""
    out = evaluate_json(secondary_doc(["8.5"] * 8))
    assert set(out) == {"subjects", "learning", "conduct", "promoted", "title", "reasons"}
    assert out["subjects"][0] == {"name": "Ngữ văn", "hk1": "8.5", "hk2": "8.5", "year": "8.5"}
    assert out["subjects"][8] == {"name": "Giáo dục thể chất", "hk1": "Đ", "hk2": "Đ", "year": "Đ"}
    assert out["learning"] == {"hk1": "Tốt", "hk2": "Tốt", "year": "Tốt", "adjusted": False}
    assert out["conduct"] == {"hk1": "Tốt", "hk2": "Tốt", "year": "Tốt"}
    assert out["promoted"] is True and out["title"] == "Học sinh Giỏi"
    json.dumps(out)  # plain JSON types only


def test_secondary_example_a_and_floats_from_json() -> None:
    """§3.5 example A with the issue's literal input (floats as parsed by json.loads) → "7.6"."""
    doc = json.loads('{"level": "thcs", "subjects": [{"name": "Toán", "kind": "score", "periods_per_year": 140,'
                     ' "hk1": {"tx": [8, 7.5, 9, 6], "gk": 7, "ck": 8}, "hk2": {"tx": [8, 9, 7, 8], "gk": 8,'
                     ' "ck": 8.5}, "retest": null}], "conduct": {"hk1": "T", "hk2": "K", "summer": null},'
                     ' "absences": 3}')
    out = evaluate_json(doc)
    assert out["subjects"][0]["hk1"] == "7.6"
    assert out["learning"]["year"] is None  # one scored subject: manual review (§3.6 note)
    assert out["conduct"]["year"] == "Khá" and out["promoted"] is None


def test_secondary_adjusted_flag_section_3_6() -> None:
    """§3.6 row "8.5 ×7, 4.0": Đạt adjusted to Khá."""
    out = evaluate_json(secondary_doc(["8.5"] * 7 + ["4.0"]))
    assert out["learning"]["year"] == "Khá" and out["learning"]["adjusted"] is True


def test_secondary_retest_replaces_year_results_section_3_8() -> None:
    """§3.8: pending retest → promoted null; with the retest the subject's year result and the level change."""
    pending = evaluate_json(secondary_doc(["6.0"] * 7 + ["3.0"]))
    assert pending["learning"]["year"] == "Chưa đạt" and pending["promoted"] is None
    doc = secondary_doc(["6.0"] * 7 + ["3.0"])
    doc["subjects"][7]["retest"] = 5.5
    done = evaluate_json(doc)
    assert done["subjects"][7]["year"] == "5.5" and done["learning"]["year"] == "Đạt" and done["promoted"] is True


def test_secondary_summer_and_absences_section_3_8() -> None:
    """§3.8: conduct Chưa đạt → promoted null until the summer result; 46 absences → not promoted."""
    pending = evaluate_json(secondary_doc(["7.0"] * 8, conduct={"hk1": "Đạt", "hk2": "CĐ", "summer": None}))
    assert pending["conduct"]["year"] == "Chưa đạt" and pending["promoted"] is None
    passed = evaluate_json(secondary_doc(["7.0"] * 8, conduct={"hk1": "Đ", "hk2": "CĐ", "summer": "Đ"}))
    assert passed["conduct"]["year"] == "Đạt" and passed["promoted"] is True
    assert evaluate_json(secondary_doc(["7.0"] * 8, absences=46))["promoted"] is False


def test_secondary_title_excellent_section_3_9() -> None:
    """§3.9: Tốt/Tốt with 9.0 ×6 and 8.0 ×2 → Học sinh Xuất sắc."""
    assert evaluate_json(secondary_doc(["9.0"] * 6 + ["8.0"] * 2))["title"] == "Học sinh Xuất sắc"


def test_secondary_incomplete_subject_is_null() -> None:
    """A missing ĐĐGtx (null in the list) leaves the semester and year null, never renormalised."""
    doc = secondary_doc(["8.0"] * 8)
    doc["subjects"][1]["hk1"]["tx"][2] = None
    out = evaluate_json(doc)
    assert out["subjects"][1]["hk1"] is None and out["subjects"][1]["year"] is None
    assert out["learning"]["year"] is None and out["promoted"] is None


@pytest.mark.parametrize(("mutate", "field"), [
    (lambda d: d["subjects"][2]["hk1"]["tx"].__setitem__(1, 7.55), "subjects[2].hk1.tx[1]"),
    (lambda d: d["subjects"][2]["hk1"]["tx"].append(7), "subjects[2].hk1.tx"),
    (lambda d: d["subjects"][0]["hk2"].update(gk=11), "subjects[0].hk2.gk"),
    (lambda d: d["subjects"][0]["hk2"].update(bonus=1), "subjects[0].hk2.bonus"),
    (lambda d: d["subjects"][8].update(hk1="T"), "subjects[8].hk1"),
    (lambda d: d["subjects"][3].update(kind="grade"), "subjects[3].kind"),
    (lambda d: d["subjects"].append({"name": "Lập trình", "kind": "score"}), "subjects[12].periods_per_year"),
    (lambda d: d["subjects"].append({"name": "Toán"}), "subjects[12].name"),
    (lambda d: d["conduct"].update(hk1="Giỏi"), "conduct.hk1"),
    (lambda d: d.update(absences=-1), "absences"),
    (lambda d: d.update(absences=None), "absences"),
    (lambda d: d.update(subjects={}), "subjects"),
])
def test_secondary_invalid_input_names_the_field(mutate: Any, field: str) -> None:
    """Invalid input → InvalidInputError naming the JSON path (e.g. subjects[2].hk1.tx[1])."""
    doc = secondary_doc(["8.0"] * 8)
    mutate(doc)
    with pytest.raises(InvalidInputError) as err:
        evaluate_json(doc)
    assert err.value.field == field


def test_not_an_object() -> None:
    """The document must be a JSON object."""
    with pytest.raises(InvalidInputError):
        evaluate_json([])  # type: ignore[arg-type]


def thcs_with_art(music: str, arts: str, names: tuple[str, str] = ("Âm nhạc", "Mĩ thuật")) -> dict[str, Any]:
    """A grade-8 year with every score 9.0 and both parts of Nghệ thuật (THCS) given by the names of the files."""
    doc = secondary_doc(["9.0"] * 8, grade=8)
    doc["subjects"] = [s for s in doc["subjects"] if s["name"] != "Nghệ thuật"]
    for name, value in zip(names, (music, arts), strict=True):
        doc["subjects"].append({"name": name, "hk1": value, "hk2": value})
    return doc


@pytest.mark.parametrize("names", [("Âm nhạc", "Mĩ thuật"), ("Nghệ thuật (Âm nhạc)", "Nghệ thuật (Mĩ thuật)"),
                                   ("Âm nhạc", "Mỹ thuật")])
def test_thcs_music_and_fine_arts_are_two_comment_subjects(names: tuple[str, str]) -> None:
    """Both parts accepted (no "môn học bị trùng"); each is a comment subject with its own Đ/CĐ."""
    out = evaluate_json(thcs_with_art("Đ", "Đ", names))
    rows = {s["name"]: s for s in out["subjects"]}
    assert rows[names[0]]["year"] == "Đ" and rows[names[1]]["year"] == "Đ"
    assert out["learning"]["year"] == "Tốt" and out["title"] == "Học sinh Xuất sắc"


def test_thcs_one_art_part_cd_prevents_tot_and_kha() -> None:
    """TT22 Art 9: Tốt and Khá need every comment subject Đ; Mĩ thuật CĐ with all scores 9.0 → Đạt, raised one
    level by the single-subject adjustment (§3.6, setting adjustment_covers_comment_subjects) → Khá, adjusted."""
    out = evaluate_json(thcs_with_art("Đ", "CĐ"))
    assert {s["name"]: s["year"] for s in out["subjects"]}["Mĩ thuật"] == "CĐ"
    assert out["learning"]["year"] == "Khá" and out["learning"]["adjusted"] is True
    assert out["title"] is None
    music = evaluate_json(thcs_with_art("CĐ", "Đ"))
    assert music["learning"] == out["learning"]
    both = evaluate_json(thcs_with_art("CĐ", "CĐ"))  # Đạt allows at most one comment subject CĐ
    assert both["learning"]["year"] == "Chưa đạt"


def test_thcs_single_art_subject_of_an_older_file_still_evaluates() -> None:
    """A year written before the split, with one "Nghệ thuật", gives the result it gave."""
    out = evaluate_json(secondary_doc(["9.0"] * 8, grade=8))
    assert out["learning"]["year"] == "Tốt" and out["subjects"][9]["name"] == "Nghệ thuật"
