#!/usr/bin/env bash
# Makes sure the test suite's outside needs are met: a local PostgreSQL, Debian's Chromium and poppler-utils.
# On a fresh Debian machine (as root) it installs them from apt; otherwise it says what is missing.
set -euo pipefail

pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

if [ -z "${TEST_PG_URL:-}" ]; then
  if ! command -v pg_isready >/dev/null || ! pg_ready; then
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
      echo "[test-env] installing PostgreSQL from apt"
      apt_install postgresql
    fi
    version=$(ls /etc/postgresql | sort -n | tail -1)
    echo "[test-env] starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    # Tests connect as the superuser over TCP without a password, as on the CI machines.
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    if ! grep -q "^host all all 127.0.0.1/32 trust" "$hba"; then
      as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
      as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
    fi
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
    pg_ready || { echo "[test-env] PostgreSQL did not start" >&2; exit 1; }
  fi
fi

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "[test-env] installing Chromium from apt"
  apt_install chromium
fi
# The print tests read the PDFs back (pdftotext) and render them to PNG (pdftoppm).
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "[test-env] installing poppler-utils from apt"
  apt_install poppler-utils
fi
echo "[test-env] PostgreSQL, Chromium and poppler-utils are ready"
