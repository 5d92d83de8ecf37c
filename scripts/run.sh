#!/usr/bin/env bash
# Set up everything on a fresh Debian/Ubuntu machine (system libraries, a virtual
# environment in .venv, the app with its test tools), then run the app or the tests.
#   bash scripts/run.sh app [shopapp arguments...]   opens the app
#   bash scripts/run.sh test [pytest arguments...]   runs the test suite (headless)
# Re-running is cheap: each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

install_system_libraries() {
    # Qt's multimedia (scan sounds) needs libpulse0; the rest of Qt's libraries are on
    # a standard Debian image. The tests also turn PDFs into PNGs with poppler's pdftoppm
    # (this PySide6 has no QtPdf). Only apt-based systems, only what is missing.
    command -v apt-get >/dev/null 2>&1 || return 0
    local wanted=(libpulse0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
    [ "$what" = test ] && wanted+=(poppler-utils)
    local missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system libraries: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_python_packages() {
    local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
    [ -f "$stamp" ] && return 0
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[dev]"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
}

what="${1:-app}"
shift || true
install_system_libraries
install_python_packages
case "$what" in
    app)
        exec "$VENV/bin/shopapp" "$@"
        ;;
    test)
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        exec "$VENV/bin/python" -m pytest -q "$@"
        ;;
    *)
        echo "usage: bash scripts/run.sh app|test [arguments]" >&2
        exit 64
        ;;
esac
