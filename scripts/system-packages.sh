#!/usr/bin/env bash
# Installs the system packages the build and the tests need, when they are missing:
#   pdf      Pango and fonts, which WeasyPrint uses to write the PDF download;
#   browser  a Chromium for the browser tests: Debian's package where apt-get can install it,
#            otherwise Playwright's own build (as on GitHub's Ubuntu runners, whose chromium is a snap).
# Usage: scripts/system-packages.sh pdf|browser PYTHON
set -euo pipefail
what=$1
python=${2:-python3}

apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: $*" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  echo "${missing[@]:-}"
}

case "$what" in
  pdf)
    command -v dpkg-query >/dev/null || exit 0 # not a Debian-like system: see README for what to install
    missing=$(missing_packages libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
    [ -z "$missing" ] || apt_install $missing
    ;;
  browser)
    [ -x /usr/bin/chromium ] && exit 0
    if grep -qi '^ID=debian' /etc/os-release 2>/dev/null; then
      apt_install chromium
    else
      "$python" -m playwright install --with-deps chromium # does nothing when already installed
    fi
    ;;
  *)
    echo "usage: $0 pdf|browser PYTHON" >&2
    exit 2
    ;;
esac
