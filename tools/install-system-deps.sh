#!/usr/bin/env bash
# Installs the Debian packages the program and its tests need, only those missing, only as root.
# Used by `make run`, with --tests by `make test`, with --bundle by `make bundle`; safe to run again (does nothing when
# everything is there).
set -euo pipefail
# dpkg refuses to work without ldconfig and start-stop-daemon in PATH, and a clean environment (a CI job, env -i)
# may leave the sbin folders out
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
packages=(
  python3-venv
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  fonts-noto-core fonts-croscore fonts-liberation2
  poppler-utils libnss3-tools softhsm2 opensc zbar-tools xdotool xmlsec1 openssl
  postgresql
)
command -v dpkg-query >/dev/null 2>&1 || { echo "install-system-deps: not a Debian system; skipping"; exit 0; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing_of() {
  for p in "$@"; do installed "$p" || echo "$p"; done
}
# Only the tests need these: a second PKCS#11 implementation (opencryptoki's soft token, beside SoftHSM2) and
# LibreOffice's Calc, the independent reader of the exported workbooks (a live formula would come out computed).
# The headless Calc (≈ 90 MB to download once per machine) conflicts with the desktop one: where the desktop
# LibreOffice is installed, its own Calc is added instead, so no one's LibreOffice is removed. Without them those
# tests skip, so a failure to install them (no network, a busy package manager) is reported and does not stop
# the tests.
optional_packages=()
for_what="the tests"; without="the tests that need it will skip"
if [ "${1:-}" = --tests ]; then
  optional_packages=(opencryptoki)
  if installed libreoffice-core; then optional_packages+=(libreoffice-calc)
  else optional_packages+=(libreoffice-calc-nogui); fi
fi
# With --bundle: PyInstaller freezes the interpreter's shared library, which Debian keeps apart from its python3.11
# (the venv's interpreter where it is installed, see the Makefile).
if [ "${1:-}" = --bundle ] && installed python3.11; then
  optional_packages=(libpython3.11)
  for_what="the bundle"; without="PyInstaller will say which library it misses"
fi
mapfile -t missing < <(missing_of "${packages[@]}")
mapfile -t missing_optional < <(missing_of "${optional_packages[@]}")
all_missing=("${missing[@]}" "${missing_optional[@]}")
[ ${#all_missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "install-system-deps: missing Debian packages (run as root to install): ${all_missing[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || [ ${#missing[@]} -eq 0 ]
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-system-deps: installing ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for p in "${missing_optional[@]}"; do   # one at a time: one that cannot be installed does not keep the other out
  echo "install-system-deps: installing, for $for_what, $p"
  apt-get install -y -qq --no-install-recommends "$p" >/dev/null \
    || echo "install-system-deps: could not install $p; $without" >&2
done
