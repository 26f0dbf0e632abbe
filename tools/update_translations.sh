#!/bin/sh
# Extract the interface's translatable (Vietnamese source) strings into the English .ts file.
# Run from anywhere: tools/update_translations.sh ; then translate with Qt Linguist and commit the .ts.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LUPDATE="${PYSIDE6_LUPDATE:-$ROOT/.venv/bin/pyside6-lupdate}"
OUT="$ROOT/src/hocbaso_desktop/resources/i18n/hocbaso_en.ts"
mkdir -p "$(dirname "$OUT")"
# -no-obsolete keeps the file to what the code still uses; the source language is Vietnamese.
find "$ROOT/src/hocbaso_desktop/ui" -name '*.py' | sort > "$ROOT/.lupdate-files"
trap 'rm -f "$ROOT/.lupdate-files"' EXIT
"$LUPDATE" -no-obsolete -source-language vi_VN -target-language en_GB @"$ROOT/.lupdate-files" -ts "$OUT"
echo "$OUT"
