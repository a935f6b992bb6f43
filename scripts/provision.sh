#!/usr/bin/env bash
# Install and start what the test suite talks to: Dovecot (IMAP), Chromium (web UI), PostgreSQL.
# Idempotent. As root it installs Debian packages; otherwise it only checks and says what is missing.
set -euo pipefail

need_pkgs=()
command -v dovecot >/dev/null 2>&1 || need_pkgs+=(dovecot-imapd)
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v openssl >/dev/null 2>&1 || need_pkgs+=(openssl)
command -v systemd-analyze >/dev/null 2>&1 || need_pkgs+=(systemd)  # verifies deploy/systemd units

if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "provision: installing ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    echo "provision: missing ${need_pkgs[*]}; run 'sudo apt-get install ${need_pkgs[*]}'" >&2
    exit 1
  fi
fi
# Debian's dovecot package starts a system instance through its init script; the tests run their
# own instances on high ports, so the system one is not needed.

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && [ -d /etc/postgresql ]; then
    echo "provision: starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  fi
fi
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "provision: PostgreSQL ready on 127.0.0.1:5432"
elif [ "${CI:-}" = "true" ]; then
  echo "provision: PostgreSQL does not answer on 127.0.0.1:5432" >&2
  exit 1
else
  echo "provision: PostgreSQL not reachable; its tests will be skipped" >&2
fi
# --- axe-core (accessibility checks in the Chromium tests: tests/axe_support.py) ---
# Installed with npm into a cache folder the tests read (UNMIGNET_AXE_DIR overrides it); nothing
# is fetched at test time. The version is pinned so every machine checks the same rules.
AXE_VERSION="4.11.0"
AXE_DIR="${UNMIGNET_AXE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/unmignet/axe-core}"
if [ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]; then
  if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "provision: installing npm (for axe-core)"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm >/dev/null
  fi
  if command -v npm >/dev/null 2>&1; then
    mkdir -p "$AXE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$AXE_DIR" "axe-core@$AXE_VERSION"
  elif [ "${CI:-}" = "true" ]; then
    echo "provision: npm missing, so axe-core cannot be installed" >&2
    exit 1
  else
    echo "provision: npm missing; the axe-core checks will be skipped" >&2
  fi
fi
# --- end axe-core ---------------------------------------------------------------------------------

echo "provision: dovecot $(dovecot --version 2>/dev/null | cut -d' ' -f1), $(chromium --version 2>/dev/null)"
