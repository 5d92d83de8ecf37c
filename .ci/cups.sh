#!/bin/sh
# A real print system for the printing tests (tests/printing): install CUPS and poppler
# where missing, start cupsd in the background where it is not running, and wait until
# it answers. Idempotent: installed packages and a running scheduler are fine.
# Needs root; without it, it says so and exits 1 (the printing tests then skip).
#   sh .ci/cups.sh
set -eu
export LC_ALL=C  # lpstat's answers are read below

log() { echo "cups.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    log "not root: cannot install or start CUPS; the printing tests will skip"
    exit 1
fi

missing=""
command -v cupsd >/dev/null 2>&1 || missing="$missing cups"
command -v lp >/dev/null 2>&1 || missing="$missing cups-bsd"
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
    log "installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    # The package lists may be stale or absent on a fresh image: refresh once if needed.
    # shellcheck disable=SC2086
    apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null && apt-get install -y --no-install-recommends $missing >/dev/null; }
fi

if lpstat -r 2>/dev/null | grep -q "scheduler is running"; then
    log "cupsd already running"
else
    log "starting cupsd"
    # Another process may start it at the same moment: tolerate one already there.
    mkdir -p /run/cups
    cupsd >/dev/null 2>&1 || true
fi

# Wait until it answers (up to 15 s).
i=0
until lpstat -r 2>/dev/null | grep -q "scheduler is running"; do
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then
        log "cupsd did not come up; see /var/log/cups/error_log"
        exit 1
    fi
    sleep 0.5
done
log "cupsd is running"
