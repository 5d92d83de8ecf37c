#!/usr/bin/env bash
# requirements.lock: the one lock of shopapp's Python packages (the app, the `server` and `dev`
# extras; never `lkh`), with hashes, for every platform and Python >= 3.12. CI, scripts/run.sh
# and the frozen build (installer/build_linux.sh) install from it.
#   bash scripts/lock.sh                      refresh after a change of pyproject.toml's
#                                             dependencies (keeps every pin that still fits)
#   bash scripts/lock.sh --upgrade            move everything to the newest allowed versions
#   bash scripts/lock.sh --upgrade-package X  move X only
#   bash scripts/lock.sh --check              exit 1 if the lock does not fit pyproject.toml
# Needs uv (in the dev extra: .venv/bin/uv; or any uv on PATH) and the package index.
set -euo pipefail
cd "$(dirname "$0")/.."
LOCK=requirements.lock
UV=${UV:-}
if [ -z "$UV" ]; then
    if [ -x .venv/bin/uv ]; then UV=.venv/bin/uv
    elif command -v uv >/dev/null 2>&1; then UV=uv
    else
        echo "lock.sh: no uv: run 'bash scripts/run.sh test --co -q' once (it installs the dev" \
            "extra, uv included), or 'pip install uv'" >&2
        exit 69
    fi
fi
compile() {  # compile OUTPUT [uv options]
    local out="$1"; shift
    "$UV" pip compile pyproject.toml --extra server --extra dev \
        --universal --python-version 3.12 --generate-hashes \
        --custom-compile-command "bash scripts/lock.sh" --quiet -o "$out" "$@"
}
if [ "${1:-}" = "--check" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$LOCK" "$tmp/lock"
    compile "$tmp/lock"  # keeps the pins that fit: a change means pyproject moved
    if ! diff -u "$LOCK" "$tmp/lock" >"$tmp/diff"; then
        head -n 60 "$tmp/diff" >&2
        echo "lock.sh: $LOCK does not fit pyproject.toml: run 'bash scripts/lock.sh' and commit it" >&2
        exit 1
    fi
    echo "ok  $LOCK fits pyproject.toml ($(grep -cE '^[a-z0-9]' "$LOCK") packages)"
    exit 0
fi
compile "$LOCK" "$@"
grep -qE '^elkai==' "$LOCK" && { echo "lock.sh: elkai (LKH-3, non-commercial) got into $LOCK" >&2; exit 1; }
echo "$LOCK: $(grep -cE '^[a-z0-9]' "$LOCK") packages"
