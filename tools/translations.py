"""Extract, merge and check the program's translations (one Qt Linguist .ts file per language).

The source strings are Vietnamese. They are found by parsing the Python source, not by a list:

- Qt: ``x.tr("…")`` (context: the enclosing class, as pyside6-lupdate does), ``QT_TR_NOOP("…")``,
  ``QT_TRANSLATE_NOOP("Context", "…")`` and ``QCoreApplication.translate("Context", "…")``;
- the core's messages: ``_("…")`` and ``N_("…")`` (a label in a table) from ``hocbaso_desktop.domain.i18n``
  (context ``i18n``).

The text of the school's documents (DOCUMENT_PATHS: printing/, the issued form) stays Vietnamese and is
left out, except the messages those modules raise.

Usage (from the project root; run it again whenever strings change, e.g. after merging main)::

    .venv/bin/python tools/translations.py check            # what is missing or untranslated; exit 1 if any
    .venv/bin/python tools/translations.py update           # add new strings to the .ts, drop vanished ones
    .venv/bin/python tools/translations.py todo  > todo.json    # untranslated strings, {source: ""}
    .venv/bin/python tools/translations.py fill  done.json      # merge {source: translation} into the .ts

The program reads the .ts file itself at run time (hocbaso_desktop.domain.i18n.load_ts), so the bundle needs no
compiled .qm file and the file stays editable in Qt Linguist.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "hocbaso_desktop"
TS_FILE = PACKAGE / "resources" / "i18n" / "hocbaso_en.ts"
CORE_CONTEXT = "i18n"
CATALOGUE_CONTEXT = "catalogue"  # the subject catalogue's names (resources/subjects.json), i18n.CATALOGUE_CONTEXT
# Modules whose text is only ever drawn into a school's documents, which stay Vietnamese (they are drawn
# inside i18n.vietnamese()); their strings are not translated, except the messages they raise.
DOCUMENT_PATHS = ("printing/", "signing/page.py")
# A translation call over a table of labels (`_(LABELS[key])`, `self.tr(screen.title)`) cannot be read
# statically: its line says so with this comment, and the table's strings are marked with N_() (core) or
# QT_TRANSLATE_NOOP (Qt), which this tool extracts.
DYNAMIC_MARK = "# i18n: table"
_FIELD = re.compile(r"\{[^{}]*\}|%\(?\w*\)?[sdrn]|%\d")


@dataclass
class Message:
    """One source string of one context, with where it is used and its translation."""

    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False


@dataclass
class Extraction:
    """What the source holds: messages by (context, source), and calls whose text cannot be read statically."""

    messages: dict[tuple[str, str], Message] = field(default_factory=dict)
    dynamic: list[str] = field(default_factory=list)
    import_time: list[str] = field(default_factory=list)


def _literal(node: ast.AST) -> str | None:
    """The string a node always evaluates to (a literal, or literals joined with +), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, result: Extraction, rel: str, lines: list[str]) -> None:
        self.result, self.rel, self.lines = result, rel, lines
        self.classes: list[str] = []
        self.functions = 0
        self.raising = 0
        self.document = rel.startswith(DOCUMENT_PATHS)

    def visit_Raise(self, node: ast.Raise) -> None:
        self.raising += 1
        self.generic_visit(node)
        self.raising -= 1

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _visit_function(self, node: ast.AST) -> None:
        self.functions += 1
        self.generic_visit(node)
        self.functions -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _visit_function  # noqa: N815 (ast's names)

    def _add(self, context: str, node: ast.AST, line: int) -> None:
        if self.document and not self.raising:
            return
        text = _literal(node)
        where = f"{self.rel}:{line}"
        if text is None:
            if DYNAMIC_MARK not in self.lines[line - 1]:
                self.result.dynamic.append(where)
            return
        message = self.result.messages.setdefault((context, text), Message(context, text))
        message.locations.append((self.rel, line))

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        context = self.classes[-1] if self.classes else ""
        if isinstance(func, ast.Name) and name == "N_" and args:
            self._add(CORE_CONTEXT, args[0], node.lineno)
        elif isinstance(func, ast.Name) and name == "_" and args:
            self._add(CORE_CONTEXT, args[0], node.lineno)
            if self.functions == 0:
                # evaluated at import, before the language is chosen: it would stay Vietnamese
                self.result.import_time.append(f"{self.rel}:{node.lineno}")
        elif args and (name == "QT_TR_NOOP" or (isinstance(func, ast.Attribute) and name == "tr")):
            self._add(context, args[0], node.lineno)
        elif len(args) >= 2 and _literal(args[0]) is not None and (
                name == "QT_TRANSLATE_NOOP" or (name == "translate" and isinstance(func, ast.Attribute)
                                                and getattr(func.value, "id", "") in ("QCoreApplication", "QApplication"))):
            self._add(_literal(args[0]) or "", args[1], node.lineno)
        self.generic_visit(node)


def catalogue_names(package: Path = PACKAGE) -> list[str]:
    """The names of the subject catalogue (subjects, their parts, primary qualities and competencies)."""
    path = package / "resources" / "subjects.json"
    if not path.exists():  # a package without the catalogue (the tool's own test)
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    names = [item[1] for group in data["primary_items"].values() for item in group]
    for level, value in data.items():
        if level.startswith("_") or level == "primary_items":
            continue
        for subject in value["subjects"]:
            names += [subject["name"], *(part["name"] for part in subject.get("parts", ()))]
    return names + legacy_subject_names(package)


def legacy_subject_names(package: Path = PACKAGE) -> list[str]:
    """The subjects of old paper records (TT58/2011, `domain/legacy.SUBJECTS_58`): shown like the catalogue's."""
    path = package / "domain" / "legacy.py"
    if not path.exists():
        return []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0] if isinstance(node, ast.Assign) \
            else None
        if isinstance(target, ast.Name) and target.id == "SUBJECTS_58" and node.value is not None:
            return [name for _code, name, _aliases in ast.literal_eval(node.value)]
    return []


def extract(package: Path = PACKAGE) -> Extraction:
    """Every translatable string in the package's Python source (found by parsing it) and the catalogue's names."""
    result = Extraction()
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        source = path.read_text(encoding="utf-8")
        _Visitor(result, rel, source.splitlines()).visit(ast.parse(source, str(path)))
    for name in catalogue_names(package):  # shown by i18n.shown_name and in message fields (context "catalogue")
        message = result.messages.setdefault((CATALOGUE_CONTEXT, name), Message(CATALOGUE_CONTEXT, name))
        message.locations.append(("resources/subjects.json", 1))
    return result


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], Message]:
    """The messages of a .ts file by (context, source); vanished and obsolete ones are left out."""
    messages: dict[tuple[str, str], Message] = {}
    if not path.exists():
        return messages
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            node = msg.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (node.text or "") if node is not None else ""
            messages[(name, source)] = Message(name, source, translation=text, finished=bool(text) and not kind)
    return messages


def fields_of(text: str) -> list[str]:
    """The fields a message fills at run time ({name}, {0}, %s, %(name)s), sorted."""
    return sorted(_FIELD.findall(text))


def merge(found: Extraction, existing: dict[tuple[str, str], Message]) -> list[Message]:
    """The .ts content for what the source holds now: known translations kept, new strings unfinished.

    A new string whose source is already translated in another context starts from that translation
    (still marked unfinished only when there is none).
    """
    by_source = {m.source: m for m in existing.values() if m.finished}
    merged = []
    for key, message in sorted(found.messages.items()):
        old = existing.get(key) or by_source.get(message.source)
        if old is not None:
            message.translation, message.finished = old.translation, old.finished
        merged.append(message)
    return merged


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def write_ts(messages: list[Message], path: Path = TS_FILE) -> None:
    """Write messages as a Qt Linguist .ts file (source language Vietnamese, target English)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">']
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        out += ["<context>", f"    <name>{escape(name)}</name>"]
        for m in contexts[name]:
            out.append("    <message>")
            for file, line in sorted(set(m.locations)):
                out.append(f'        <location filename="../../{_attr(file)}" line="{line}"/>')
            out.append(f"        <source>{escape(m.source)}</source>")
            kind = "" if m.finished else ' type="unfinished"'
            out.append(f"        <translation{kind}>{escape(m.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def problems(found: Extraction, existing: dict[tuple[str, str], Message]) -> list[str]:
    """Everything that keeps a visible string from showing in English, one line each."""
    lines = [f"{where}: translatable call with a text that is not a literal" for where in found.dynamic]
    lines += [f"{where}: _() evaluated at import, before the language is chosen" for where in found.import_time]
    for key, message in sorted(found.messages.items()):
        where = "{}:{}".format(*message.locations[0])
        old = existing.get(key)
        if old is None:
            lines.append(f"{where}: not in {TS_FILE.name} [{key[0]}] {message.source!r}")
        elif not old.finished:
            lines.append(f"{where}: not translated [{key[0]}] {message.source!r}")
        elif fields_of(old.translation) != fields_of(message.source):
            lines.append(f"{where}: fields differ {fields_of(message.source)} → {fields_of(old.translation)}: "
                         f"{message.source!r}")
    return lines


def main(argv: list[str]) -> int:
    """The command: check, update, todo or fill (see the module docstring)."""
    command = argv[0] if argv else "check"
    found, existing = extract(), read_ts()
    if command == "check":
        lines = problems(found, existing)
        print("\n".join(lines) or f"{len(found.messages)} strings, all translated")
        return 1 if lines else 0
    if command == "update":
        write_ts(merge(found, existing))
        print(f"{TS_FILE}: {len(found.messages)} strings")
        return 0
    if command == "todo":
        todo = {m.source: "" for m in merge(found, existing) if not m.finished}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    if command == "fill" and len(argv) == 2:
        done = {k: v for k, v in json.loads(Path(argv[1]).read_text(encoding="utf-8")).items() if v}
        merged = merge(found, existing)
        for m in merged:
            if m.source in done:
                m.translation, m.finished = done[m.source], True
        write_ts(merged)
        print(f"{sum(m.finished for m in merged)}/{len(merged)} translated")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
