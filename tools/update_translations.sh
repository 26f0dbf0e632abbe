#!/bin/sh
# Update the English .ts file from the source (new strings added, vanished ones dropped) and say what is
# left to translate. The work is done by tools/translations.py (it parses the Python source: tr(),
# QT_TRANSLATE_NOOP, i18n._ and N_); see its docstring for todo/fill. pyside6-lupdate is not needed.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
"$PYTHON" "$ROOT/tools/translations.py" update
"$PYTHON" "$ROOT/tools/translations.py" check
