#!/usr/bin/env bash
# The lowest versions pyproject.toml allows, tested: a separate virtual environment with the
# oldest supported Python (3.12) and every direct dependency of the app and of its `server`
# extra at its lower bound (uv's --resolution lowest-direct; what they pull in at the newest
# that fits), the test tools at the versions of requirements.lock; then the core tests and the
# central API's on it, and the app's --self-test (Qt at its lowest). A lower bound the code
# does not work with fails here.
#   bash scripts/lowest_versions.sh [pytest arguments]     (default: the core tests, below)
# Environment: LOWEST_VENV (default build/venv-lowest), LOWEST_PYTHON (a Python 3.12),
# UV (default .venv/bin/uv, from the dev extra). About 1-2 minutes to install (first time),
# 4-5 minutes of tests on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${LOWEST_VENV:-build/venv-lowest}
UV=${UV:-.venv/bin/uv}
export UV_PYTHON_DOWNLOADS=never
[ -x "$UV" ] || command -v "$UV" >/dev/null 2>&1 || { echo "lowest_versions.sh: no uv at $UV (bash scripts/run.sh installs it)" >&2; exit 69; }

find_python312() {
    local version prefix
    if [ -n "${LOWEST_PYTHON:-}" ]; then echo "$LOWEST_PYTHON"; return 0; fi
    if command -v pyenv >/dev/null 2>&1; then
        for version in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.12(\.[0-9]+)?$' | sort -t. -k3,3nr); do
            prefix=$(pyenv prefix "$version" 2>/dev/null) || continue
            [ -x "$prefix/bin/python3.12" ] && { echo "$prefix/bin/python3.12"; return 0; }
        done
    fi
    if python3.12 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1; then
        command -v python3.12; return 0
    fi
    return 1
}
python=$(find_python312) || { echo "lowest_versions.sh: no Python 3.12 found (set LOWEST_PYTHON)" >&2; exit 69; }

# The test tools the core tests import, at the lock's versions.
tools="$VENV.tools.in"
mkdir -p "$(dirname "$VENV")"
: >"$tools"
for tool in pytest pytest-timeout pytest-qt hypothesis httpx zxing-cpp schemathesis; do
    line=$(grep -E "^$tool==" requirements.lock | sed 's/ .*//') \
        || { echo "lowest_versions.sh: $tool is not in requirements.lock" >&2; exit 1; }
    echo "$line" >>"$tools"
done
"$UV" pip compile --quiet pyproject.toml "$tools" --extra server --resolution lowest-direct \
    --python "$python" --no-header -o "$VENV.txt"
echo "== lowest allowed versions of the direct dependencies ($("$python" -V)):"
grep -E "^($(sed -n '/^dependencies = \[/,/^\]/p;/^server = \[/,/^\]/p' pyproject.toml \
    | grep -oE '^\s+"[A-Za-z0-9_.-]+' | tr -d ' "' | tr '\n' '|' | sed 's/|$//'))(\[|==)" \
    -i "$VENV.txt" | tr '\n' ' '
echo
if [ ! -x "$VENV/bin/python" ] || [ "$("$VENV/bin/python" -c 'import sys; print(sys.version_info[:2] == (3, 12))')" != True ]; then
    rm -rf "$VENV"
    "$UV" venv --quiet --python "$python" "$VENV"
fi
"$UV" pip sync --quiet --python "$VENV/bin/python" "$VENV.txt"
"$UV" pip install --quiet --python "$VENV/bin/python" --no-deps -e .

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== shopapp --self-test on the lowest versions"
"$VENV/bin/shopapp" --self-test --data-dir "$(mktemp -d)"
echo "== core tests on the lowest versions"
if [ $# -eq 0 ]; then
    set -- tests/parcels tests/scanning tests/planning tests/counter tests/store tests/central_api \
        --ignore=tests/central_api/test_schemathesis.py
fi
exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
