"""The record's XML form (hocba.xml): one element per field of the national data dictionary, from the payload.

Built from the frozen payload alone, so the same payload always gives the same bytes and a verifier can
rebuild it to compare with a PDF's payload.json. The schema (resources/xml/hocba.xsd, generated from the
dictionary by tools/make_hocba_xsd.py) gives the elements and their order:

    <hocbaso xmlns="urn:hocbaso:hocba:1" phienbandinhdang="1">
      <thongtinsohocbasotieuhoc Id="hocba-<record id>">   (or thongtinsohocbasothcsthpt)
        one element per dictionary field, empty when the payload has no value;
        the subject rows, the study history (and certificates) as lists of the sub-tables' fields;
        <bosung>: every payload value without a dictionary field, as JSON (so nothing signed is lost);
        <dsnguoiky>: the required signers in order (role, name)
      </…>
      <ds:Signature …/> one XAdES-BES signature per signer, in order (signing/xades.py)
    </hocbaso>

Identifiers the dictionary asks for and the payload does not name are derived: the technical key is the
record id's 32 hex digits, `idbanghi` the record id, `phienban` the version, `sukien` NEW or UPDATE.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from lxml import etree

from hocbaso_desktop.domain.errors import VerificationError
from hocbaso_desktop.domain.i18n import _

NS = "urn:hocbaso:hocba:1"
XS = "http://www.w3.org/2001/XMLSchema"
FORMAT_VERSION = "1"
MAX_XML_BYTES = 5 * 1024 * 1024
SUBLISTS = {"bangdiem": ("dsbangdiem", "bangdiem", "bangdiem"), "dsbangdiem": ("dsbangdiem", "bangdiem", "bangdiem"),
            "quatrinhhoctap": ("dsquatrinhhoctap", "quatrinhhoctap", "quatrinhhoctap"),
            "chungchi": ("dschungchi", "chungchi", "chungchi")}   # suffix -> (list element, item, payload key)
SIGNER_NAME_FIELDS = {"gvcn": "tengvcn", "principal": "tengiamhieu", "seal": "tentruong"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=True)


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


@lru_cache(maxsize=1)
def _schema_doc() -> etree._ElementTree:
    data = resources.files("hocbaso_desktop").joinpath("resources/xml/hocba.xsd").read_bytes()
    return etree.ElementTree(etree.fromstring(data))


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The shipped XML Schema of hocba.xml."""
    return etree.XMLSchema(_schema_doc())


@lru_cache(maxsize=8)
def table_fields(table: str) -> tuple[str, ...]:
    """The dictionary fields of `table`, in order (read from the schema)."""
    found = _schema_doc().getroot().find(f"{{{XS}}}complexType[@name='{table}']")
    if found is None:
        raise VerificationError(_("Bảng dữ liệu “{t}” không có trong lược đồ XML.", t=table))
    names = [e.get("name") for e in found.find(f"{{{XS}}}sequence").findall(f"{{{XS}}}element")]
    lists = {v[0] for v in SUBLISTS.values()}
    return tuple(n for n in names if n not in ("bosung", "dsnguoiky") and n not in lists)


def _text(value: Any) -> str:
    """A payload value as element text (booleans as XML booleans, None as empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def record_element_id(record_id: str) -> str:
    """The Id of the record element every signature references."""
    return f"hocba-{record_id}"


def _derived(payload: Mapping[str, Any], table: str) -> dict[str, str]:
    rid = str(payload.get("madinhdanhhocba", ""))
    try:
        key = uuid.UUID(rid).hex
    except ValueError:
        key = hashlib.sha256(rid.encode()).hexdigest()[:32]
    version = str(payload.get("phienbanthongtinhocba", ""))
    return {f"key{table}": key, "idbanghi": rid, "phienban": version,
            "sukien": "NEW" if version == "1" else "UPDATE"}


def _fill(parent: etree._Element, fields: Sequence[str], values: Mapping[str, Any]) -> None:
    for name in fields:
        etree.SubElement(parent, _q(name)).text = _text(values.get(name))


def build_xml(payload: Mapping[str, Any], signers: Sequence[str]) -> bytes:
    """The unsigned hocba.xml of `payload`; `signers` are the required roles in order."""
    table = str(payload.get("bang") or "thongtinsohocbasotieuhoc")
    fields = table_fields(table)
    derived = _derived(payload, table)
    root = etree.Element(_q("hocbaso"), nsmap={None: NS}, phienbandinhdang=FORMAT_VERSION)
    record = etree.SubElement(root, _q(table), Id=record_element_id(str(payload.get("madinhdanhhocba", ""))))
    _fill(record, fields, {**derived, **payload})
    extras = {k: v for k, v in payload.items() if k not in fields}
    for suffix, (list_el, item_el, key) in SUBLISTS.items():
        sub = f"{table}_{suffix}"
        if record.find(_q(list_el)) is not None or not _has_table(sub):
            continue
        listing = etree.SubElement(record, _q(list_el))
        sub_fields = table_fields(sub)
        for i, row in enumerate(payload.get(key) or []):
            row_key = hashlib.sha256(f"{derived[f'key{table}']}/{key}/{i}".encode()).hexdigest()[:32]
            _fill(etree.SubElement(listing, _q(item_el)), sub_fields,
                  {**row, f"key{sub}": row_key, f"key{table}": derived[f"key{table}"], "idbanghi": derived["idbanghi"],
                   "phienban": derived["phienban"], "sukien": derived["sukien"]})
            for name, value in sorted(row.items()):
                if name not in sub_fields:
                    extras[f"{key}[{i}].{name}"] = value
        extras.pop(key, None)
    bosung = etree.SubElement(record, _q("bosung"))
    for name in sorted(extras):
        etree.SubElement(bosung, _q("truong"), ten=name).text = json.dumps(extras[name], ensure_ascii=False,
                                                                          sort_keys=True)
    people = etree.SubElement(record, _q("dsnguoiky"))
    for n, role in enumerate(signers, 1):
        etree.SubElement(people, _q("nguoiky"), vaitro=role, thutu=str(n)).text = \
            _text(payload.get(SIGNER_NAME_FIELDS[role]))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@lru_cache(maxsize=16)
def _has_table(table: str) -> bool:
    return _schema_doc().getroot().find(f"{{{XS}}}complexType[@name='{table}']") is not None


def parse(data: bytes) -> etree._Element:
    """Parse hocba.xml safely (no entities, no network, bounded size); VerificationError when it cannot."""
    if len(data) > MAX_XML_BYTES:
        raise VerificationError(_("Tệp XML quá lớn (tối đa {n} MB).", n=MAX_XML_BYTES // 1024 // 1024))
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise VerificationError(_("Tệp không phải XML hợp lệ: {e}", e=str(exc))) from exc


def schema_errors(doc: etree._Element) -> list[str]:
    """The schema violations of a parsed hocba.xml (empty when valid)."""
    checker = schema()
    if checker.validate(etree.ElementTree(doc)):
        return []
    return [f"{e.line}: {e.message}" for e in list(checker.error_log)[:20]]


def record_element(doc: etree._Element) -> etree._Element:
    """The record element (the one the signatures reference)."""
    found = [child for child in doc if isinstance(child.tag, str) and child.tag.startswith(f"{{{NS}}}")]
    if doc.tag != _q("hocbaso") or len(found) != 1:
        raise VerificationError(_("Tệp XML không phải học bạ số (thiếu phần tử học bạ)."))
    return found[0]


def signers_of(doc: etree._Element) -> list[str]:
    """The roles of the required signers the record names, in order."""
    return [e.get("vaitro") for e in record_element(doc).iter(_q("nguoiky"))]


def matches_payload(doc: etree._Element, payload: Mapping[str, Any]) -> bool:
    """Whether the record element is exactly what `payload` gives (canonical XML of both compared)."""
    rebuilt = record_element(etree.fromstring(build_xml(payload, signers_of(doc)), _PARSER))
    return etree.tostring(rebuilt, method="c14n") == etree.tostring(record_element(doc), method="c14n")
