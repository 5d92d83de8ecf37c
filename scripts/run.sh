#!/usr/bin/env bash
# Set up everything on a fresh Debian/Ubuntu machine (system libraries, a virtual
# environment in .venv, the app with its server and test tools at the versions of
# requirements.lock), then run the app or the tests.
#   bash scripts/run.sh app [shopapp arguments...]   opens the app
#   bash scripts/run.sh test [pytest arguments...]   runs the test suite (headless)
# Re-running is cheap: each step is skipped when it is already done.
# Needs Python 3.12 or newer (pyvalhalla has wheels for 3.12+ only). The interpreter is, in
# this order: $PYTHON; python3.13 or python3.12 on PATH; pyenv's newest 3.13 or 3.12;
# python3 if it is 3.12+. A .venv made with an older Python is made again.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
MIN_PYTHON=3.12

# python_ok CMD: CMD runs and is Python >= MIN_PYTHON. (A pyenv shim on PATH such as
# python3.12 exits 127 "command not found" while no pyenv version selects it: not ok.)
python_ok() {
    "$1" -c "import sys; sys.exit(sys.version_info < tuple(map(int, '$MIN_PYTHON'.split('.'))))" \
        >/dev/null 2>&1
}

python_version() { "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null; }

find_python() {  # prints the interpreter to build .venv with, or explains and fails
    local cmd version prefix
    if [ -n "${PYTHON:-}" ]; then
        python_ok "$PYTHON" && { echo "$PYTHON"; return 0; }
        if version=$(python_version "$PYTHON"); then
            echo "run.sh: PYTHON=$PYTHON is Python $version; shopapp needs $MIN_PYTHON or newer." >&2
        else
            echo "run.sh: PYTHON=$PYTHON does not run." >&2
        fi
        return 1
    fi
    for cmd in python3.13 python3.12; do
        command -v "$cmd" >/dev/null 2>&1 && python_ok "$cmd" && { command -v "$cmd"; return 0; }
    done
    if command -v pyenv >/dev/null 2>&1; then
        # Its CPython 3.13.x and 3.12.x, newest first (the python3.12 shim on PATH needs a
        # selected version, so ask pyenv for the folder instead).
        for version in $(pyenv versions --bare 2>/dev/null \
                | grep -E '^3\.1[23](\.[0-9]+)*$' | sort -t. -k1,1n -k2,2nr -k3,3nr); do
            prefix=$(pyenv prefix "$version" 2>/dev/null) || continue
            for cmd in "$prefix/bin/python${version%.*}" "$prefix/bin/python3"; do
                [ -x "$cmd" ] && python_ok "$cmd" && { echo "$cmd"; return 0; }
            done
        done
    fi
    command -v python3 >/dev/null 2>&1 && python_ok python3 && { command -v python3; return 0; }
    cat >&2 <<MESSAGE
run.sh: shopapp needs Python $MIN_PYTHON or newer, and none was found
(python3 here is $(python_version python3 || echo "missing")). Install one, then run this again:
  Ubuntu 24.04:           sudo apt install python3.12 python3.12-venv
  Debian 13:              sudo apt install python3 python3-venv     (its python3 is 3.13)
  Debian 12, Ubuntu 22.04 and older: pyenv (https://github.com/pyenv/pyenv#installation),
                          then: pyenv install 3.12
  Any system:             Python 3.12 from https://www.python.org/downloads/
Or name an interpreter:   PYTHON=/path/to/python3.12 bash scripts/run.sh ${what:-app}
MESSAGE
    return 1
}

install_system_libraries() {
    # Qt's multimedia (scan sounds) needs libpulse0; the rest of Qt's libraries are on
    # a standard Debian image. The tests also turn PDFs into PNGs with poppler's pdftoppm
    # (as a fallback where QtPdf is missing). Only apt-based systems, only what is missing.
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

make_venv() {
    # An existing .venv is kept if its Python is new enough (and, when $PYTHON is given, is
    # the same X.Y as $PYTHON); otherwise it is made again, with everything reinstalled.
    local python venv_version wanted
    if [ -x "$VENV/bin/python" ] && python_ok "$VENV/bin/python"; then
        [ -z "${PYTHON:-}" ] && return 0
        venv_version=$(python_version "$VENV/bin/python")
        wanted=$(python_version "$PYTHON" || true)
        [ "${venv_version%.*}" = "${wanted%.*}" ] && return 0
    fi
    python=$(find_python) || exit 69
    if [ -e "$VENV" ]; then
        echo "Making .venv again with $python ($(python_version "$python")):" \
            "the one there has Python $(python_version "$VENV/bin/python" || echo "that does not run")" >&2
        rm -rf "$VENV"
    fi
    if ! "$python" -m venv "$VENV"; then
        rm -rf "$VENV"
        echo "run.sh: $python could not make a virtual environment; on Debian/Ubuntu install" \
            "its venv module: sudo apt install python$(python_version "$python" | cut -d. -f1,2)-venv" >&2
        exit 69
    fi
}

install_python_packages() {
    # The locked versions (requirements.lock, with hashes: the app, its `server` and `dev`
    # extras; bash scripts/lock.sh refreshes it), then the project itself without its
    # dependencies (all of them are in the lock). Done again when either file changes.
    local stamp="$VENV/.installed-$(cat pyproject.toml requirements.lock | sha256sum | cut -c1-16)"
    [ -f "$stamp" ] && return 0
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q --require-hashes --no-deps -r requirements.lock
    "$VENV/bin/python" -m pip install -q --no-deps -e .
    rm -f "$VENV"/.installed-*
    touch "$stamp"
}

what="${1:-app}"
shift || true
make_venv  # first: with no suitable Python, say so before installing anything
install_system_libraries
install_python_packages
case "$what" in
    app)
        exec "$VENV/bin/shopapp" "$@"
        ;;
    test)
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        # The central API's PostgreSQL tests: a throwaway cluster where PostgreSQL is
        # installed and we may start it (root or postgres), as .ci/run does; else they
        # skip, and this says how to run them.
        if [ -z "${SHOPAPP_TEST_PG_URL:-}" ]; then
            if command -v pg_ctlcluster >/dev/null 2>&1 \
                    && { [ "$(id -u)" -eq 0 ] || [ "$(id -un)" = postgres ]; } \
                    && url=$(sh "$ROOT/.ci/postgres.sh"); then
                export SHOPAPP_TEST_PG_URL="$url"
            else
                echo "run.sh: PostgreSQL tests skipped (no local cluster to start); to run them:" \
                    "install postgresql-15 and run this as root, or set SHOPAPP_TEST_PG_URL" >&2
            fi
        fi
        # The printing tests' CUPS (tests/printing), started where we may (root), as
        # .ci/run does; else they skip and say why.
        if [ "$(id -u)" -eq 0 ]; then
            sh "$ROOT/.ci/cups.sh" || echo "run.sh: CUPS not started: the printing tests skip" >&2
        else
            echo "run.sh: printing tests need CUPS: run .ci/cups.sh as root (or they skip)" >&2
        fi
        exec "$VENV/bin/python" -m pytest -q "$@"
        ;;
    *)
        echo "usage: bash scripts/run.sh app|test [arguments]" >&2
        exit 64
        ;;
esac
