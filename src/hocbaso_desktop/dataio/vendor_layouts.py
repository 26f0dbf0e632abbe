"""Layouts of other systems' exports (vnEdu, SMAS, MISA EMIS, CSDL ngành), rewritten to ours before checking.

Two shapes are common and neither is ours:
- the name in two columns, "Họ đệm" (or "Họ và đệm") and "Tên": joined into the "Tên" column, headed
  "Họ và tên" (an error about the name points at that cell);
- a score sheet of one subject and one semester, columns "TX1…TX4" / "ĐĐGtx1", "GK", "CK", "ĐTBM": the
  subject and the semester come from a line above the headers ("Môn: Toán", "Học kỳ I") or the sheet's
  title ("Toán - HK1"); each column becomes "Toán | học kì I | ĐĐGtx1". Averages (ĐTBM, ĐTBmhk) are
  computed by the program: those columns are left out with a warning.
Cell references never move: only header texts and the joined name cells change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hocbaso_desktop.dataio.column_mapping import cell_text, header_key
from hocbaso_desktop.dataio.xlsx_reader import Sheet
from hocbaso_desktop.domain.assessment import PERIOD_NAMES

FAMILY_HEADERS = {header_key(h) for h in ("Họ đệm", "Họ và đệm", "Họ và tên đệm", "Họ, tên đệm", "Họ lót")}
GIVEN_HEADERS = {header_key(h) for h in ("Tên", "Tên HS", "Tên học sinh (tên)")}
AVERAGE_HEADERS = {header_key(h) for h in ("ĐTBM", "ĐTBmhk", "ĐTBmcn", "TBM", "ĐTB", "ĐTBHK", "TBHK", "ĐTB môn",
                                           "Điểm TBM", "Điểm trung bình môn", "ĐTBM HK1", "ĐTBM HK2", "ĐTBM CN")}

# Header (one component of one subject and period) → component code.
COMPONENT_ONLY: dict[str, str] = {
    **{header_key(f"{p}{n}"): f"tx{n}" for n in range(1, 10)
       for p in ("TX", "TX ", "ĐĐGtx", "ĐĐG TX", "ĐĐGTX", "Điểm TX", "KTTX", "Thường xuyên ")},
    **{header_key(h): "gk" for h in ("GK", "GHK", "ĐĐGgk", "ĐĐG GK", "Giữa kỳ", "Giữa kì", "KTGK", "Điểm GK")},
    **{header_key(h): "ck" for h in ("CK", "CHK", "ĐĐGck", "ĐĐG CK", "Cuối kỳ", "Cuối kì", "KTCK", "Điểm CK")},
    **{header_key(h): "comment" for h in ("NX", "Nhận xét", "Nhận xét môn học")},
    **{header_key(h): "result" for h in ("KQ", "Kết quả", "Đánh giá", "Đ/CĐ")},
}
_SUBJECT_LINE = re.compile(r"^\s*m[oô]n(?: h[oọ]c)?\s*[:\-–]?\s*(.+?)\s*$", re.IGNORECASE)
_PERIODS = (  # most specific first: "giữa học kì II" before "học kì I"
    ("gk2", r"giua (hoc )?k[iy] (ii|2)|ghk ?(ii|2)"), ("gk1", r"giua (hoc )?k[iy] (i|1)|ghk ?(i|1)"),
    ("ck1", r"cuoi (hoc )?k[iy] (i|1)\b|chk ?(i|1)\b"), ("cn", r"ca nam|cuoi nam|\bcn\b"),
    ("hk2", r"(hoc )?k[iy] (ii|2)\b|\bhk ?(ii|2)\b"), ("hk1", r"(hoc )?k[iy] (i|1)\b|\bhk ?(i|1)\b"),
)


def merge_name_columns(sheet: Sheet, header_row: int) -> Sheet:
    """Join "Họ đệm" + "Tên" into the "Tên" column headed "Họ và tên"; the sheet unchanged otherwise."""
    header = sheet.rows[header_row] if header_row < len(sheet.rows) else ()
    keys = [header_key(h) for h in header]
    family = next((c for c, k in enumerate(keys) if k in FAMILY_HEADERS), None)
    given = next((c for c, k in enumerate(keys) if k in GIVEN_HEADERS), None)
    if family is None or given is None:
        return sheet
    rows = list(sheet.rows)
    head = list(header)
    head[given], head[family] = "Họ và tên", None
    rows[header_row] = tuple(head)
    for r in range(header_row + 1, len(rows)):
        row = list(rows[r])
        if given < len(row) or family < len(row):
            row += [None] * (max(family, given) + 1 - len(row))
            joined = " ".join(p for p in (cell_text(row[family]), cell_text(row[given])) if p)
            row[given], row[family] = joined or None, None
            rows[r] = tuple(row)
    return replace(sheet, rows=tuple(rows))


def period_in(text: str, primary: bool) -> str | None:
    """The assessment period a line of text names ("Học kỳ I" → hk1; "cuối năm" → cn), or None."""
    key = header_key(text)
    for period, pattern in _PERIODS:
        if re.search(pattern, key) and (period in ("hk1", "hk2") or primary or period == "cn"):
            return period
    return None


def subject_sheet_context(sheet: Sheet, header_row: int, primary: bool) -> tuple[str | None, str | None]:
    """(subject text, period) of a one-subject score sheet, from the lines above the headers or the title."""
    subject = period = None
    for row in sheet.rows[:header_row]:
        for value in row:
            text = cell_text(value)
            if not text:
                continue
            for part in re.split(r"[,;|]|\s{2,}", text):
                found = _SUBJECT_LINE.match(part)
                if found and subject is None:
                    subject = found.group(1).strip()
                if period is None:
                    period = period_in(part, primary)
    if subject is None or period is None:
        parts = [p.strip() for p in re.split(r"\s[-–_]\s|[-–_](?=\s*(?:hk|HK|học|Học|cả|Cả))", sheet.title) if p.strip()]
        for part in parts:
            found_period = period_in(part, primary)
            if found_period and period is None:
                period = found_period
            elif not found_period and subject is None and not re.fullmatch(r"\d+\s*[A-Za-z]\d*", part):
                subject = part
    return subject, period


def expand_subject_columns(sheet: Sheet, header_row: int, primary: bool) -> tuple[Sheet, list[int], list[int]]:
    """Rewrite component-only headers to "subject | period | component".

    Returns the sheet, the columns rewritten, and the columns that hold computed averages (to be left out).
    Nothing is rewritten when the subject or the period cannot be found (the caller reports it).
    """
    header = sheet.rows[header_row]
    columns = {c: COMPONENT_ONLY[header_key(h)] for c, h in enumerate(header) if header_key(h) in COMPONENT_ONLY}
    averages = [c for c, h in enumerate(header) if header_key(h) in AVERAGE_HEADERS]
    if not columns:
        return sheet, [], averages
    subject, period = subject_sheet_context(sheet, header_row, primary)
    if subject is None or period is None:
        return sheet, [], averages
    if primary:
        columns = {c: {"gk": "test", "ck": "test", "result": "level"}.get(k, k) for c, k in columns.items()}
    head = list(header)
    for c, component in columns.items():
        head[c] = f"{subject} | {PERIOD_NAMES[period]} | {component}"
    rows = list(sheet.rows)
    rows[header_row] = tuple(head)
    return replace(sheet, rows=tuple(rows)), sorted(columns), averages


def is_vendor_header(header: object) -> bool:
    """True for a header of another system's layout (a score component, an average, a split name)."""
    key = header_key(header)
    return key in COMPONENT_ONLY or key in AVERAGE_HEADERS or key in FAMILY_HEADERS or key in GIVEN_HEADERS


def has_component_columns(header: tuple[object, ...]) -> bool:
    """True when a header row has one-subject score columns (TX1, GK, CK…)."""
    return any(header_key(h) in COMPONENT_ONLY for h in header)
