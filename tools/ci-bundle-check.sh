#!/usr/bin/env bash
# Build the one-folder bundle and prove that the frozen program works: self-test, one end-to-end
# command (demo school, then a printed PDF), the window under Xvfb, --version.
# Called by .ci/run after `make test`. Prints the build time and the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=dist/hocbaso/hocbaso
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export HOCBASO_PASSWORD=hocbaso-demo
export QT_QPA_PLATFORM=offscreen
# Keep the checks away from this machine's real data folder and token store.
export XDG_DATA_HOME="$TMP/xdg"
mkdir -p "$TMP/softhsm"
printf 'directories.tokendir = %s\nobjectstore.backend = file\n' "$TMP/softhsm" > "$TMP/softhsm2.conf"
export SOFTHSM2_CONF="$TMP/softhsm2.conf"

start=$(date +%s)
# HOCBASO_SKIP_BUILD=1 checks an existing dist/hocbaso (e.g. after a manual pyinstaller run).
if [ "${HOCBASO_SKIP_BUILD:-0}" != 1 ]; then make bundle; fi
echo "bundle: build time $(( $(date +%s) - start )) s, size $(du -sh dist/hocbaso | cut -f1)," \
     "$(find dist/hocbaso -type f | wc -l) files"

echo "== self-test"
"$BUNDLE" self-test

echo "== end to end: demo school"
"$BUNDLE" demo --db "$TMP/x.hocbaso"
if "$BUNDLE" print --help >/dev/null 2>&1; then
  echo "== end to end: print"
  "$BUNDLE" print --db "$TMP/x.hocbaso" --user hieutruong --class 4A --kind summary --period cn --out "$TMP/pdf"
  test -s "$TMP/pdf/4A_"*"_tonghop_cn.pdf"
  head -c 5 "$TMP/pdf/4A_"*"_tonghop_cn.pdf" | grep -q '%PDF-'
else
  echo "== end to end: students list"
  "$BUNDLE" students list --db "$TMP/x.hocbaso" --user quantri --class 4A
fi
echo "== self-test with the school database"
"$BUNDLE" self-test --db "$TMP/x.hocbaso" --user quantri

echo "== window under Xvfb (must still be running after 8 s)"
set +e
QT_QPA_PLATFORM=xcb xvfb-run -a timeout 8 "$BUNDLE" > "$TMP/gui.log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 124 ]; then
  echo "the window exited early (code $rc):"; cat "$TMP/gui.log"; exit 1
fi

echo "== English from the bundled catalogue (.ts read at run time)"
"$BUNDLE" --lang en students --help | grep -q "show this help message and exit"
"$BUNDLE" --lang en students list --help | grep -q "the class's list of students\|class name, e.g. 4A"
"$BUNDLE" students list --help | grep -q "hiện hướng dẫn này rồi thoát"

echo "== --version"
xvfb-run -a "$BUNDLE" --version
echo "bundle check: OK"
