"""The mapping step: a column the importer does not recognise is matched by the user, and remembered.

The user says "this header means that column of ours" (a field's name, an assessment header
"Toán | học kì I | ĐĐGtx1", a component such as "TX1", or "bỏ qua"). A real import that used the mapping
remembers it, in the school's settings, for the header row's *shape* (its headers, in order, matched as
the importer matches them); the next file of the same shape is read the same way without asking.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from hocbaso_desktop.dataio.column_mapping import (
    ASSIGNMENT_FIELDS,
    STUDENT_FIELDS,
    field_of,
    header_key,
    looks_like_assessment,
)
from hocbaso_desktop.dataio.vendor_layouts import COMPONENT_ONLY
from hocbaso_desktop.dataio.xlsx_reader import Sheet
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _

SETTING = "import.column_maps"
IGNORE = "bỏ qua"
_IGNORE_KEYS = {header_key(w) for w in (IGNORE, "ignore", "bo", "không nhập")}
MAX_REMEMBERED = 200  # shapes kept in the settings; the oldest go first


def shape_of(row: tuple[object, ...]) -> str:
    """The shape of a header row: a short hash of its headers' matching keys, in order."""
    text = "\x1f".join(header_key(h) for h in row)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def target_header(target: str) -> str | None:
    """The header our importer reads for a mapping target; None for "bỏ qua"; InvalidInputError if unknown."""
    key = header_key(target)
    if key in _IGNORE_KEYS:
        return None
    field = field_of(target, "students") or field_of(target, "assignments")
    if field:
        return (STUDENT_FIELDS.get(field) or ASSIGNMENT_FIELDS[field])[0]
    if looks_like_assessment(target) or key in COMPONENT_ONLY:
        return target.strip()
    raise InvalidInputError(_("“{t}” không phải tên cột nào của chương trình. Dùng tên cột như “Họ và tên”, "
                              "“Ngày sinh”, “Mã học sinh”, một cột điểm “Toán | học kì I | ĐĐGtx1” hoặc “{i}”.",
                              t=target, i=IGNORE), field="map")


def parse_map_options(items: list[str] | tuple[str, ...] | None) -> dict[str, str]:
    """Options "Header in the file=our column" → {header key: target}; InvalidInputError for a bad one."""
    mapping: dict[str, str] = {}
    for item in items or ():
        header, sep, target = item.partition("=")
        if not sep or not header.strip() or not target.strip():
            raise InvalidInputError(_("Cách ghép cột “{m}” phải có dạng “Tên cột trong tệp=Tên cột của chương trình”.",
                                      m=item), field="map")
        target_header(target)  # refuse an unknown target now, before anything is read
        mapping[header_key(header)] = target.strip()
    return mapping


def target_choices() -> tuple[str, ...]:
    """The names a user may map a column to (for the import screen's list)."""
    return (*(names[0] for names in STUDENT_FIELDS.values()), ASSIGNMENT_FIELDS["subject"][0],
            ASSIGNMENT_FIELDS["teacher"][0], ASSIGNMENT_FIELDS["periods_per_year"][0], IGNORE)


def apply_mapping(sheet: Sheet, row_index: int, mapping: dict[str, str]) -> tuple[Sheet, dict[str, str]]:
    """Rewrite the headers of one row that the mapping names; return the sheet and the mapping entries used."""
    row = list(sheet.rows[row_index])
    used: dict[str, str] = {}
    for c, header in enumerate(row):
        key = header_key(header)
        if key and key in mapping:
            used[key] = mapping[key]
            row[c] = target_header(mapping[key])
    if not used:
        return sheet, used
    rows = list(sheet.rows)
    rows[row_index] = tuple(row)
    return replace(sheet, rows=tuple(rows)), used


def remember(stored: object, shape: str, used: dict[str, str]) -> dict[str, dict[str, str]]:
    """The settings value with this shape's mapping added (newest last, at most MAX_REMEMBERED shapes)."""
    maps = dict(stored) if isinstance(stored, dict) else {}
    maps.pop(shape, None)
    maps[shape] = {**used}
    while len(maps) > MAX_REMEMBERED:
        maps.pop(next(iter(maps)))
    return maps
