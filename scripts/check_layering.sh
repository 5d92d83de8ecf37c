#!/usr/bin/env bash
# Which package may import which (STYLE.md, DESIGN.md):
# - The Qt-free core must not import Qt or the UI: only shopapp/ui may. shopapp/cli.py is the
#   entry point: it may open the window or run a UI command (report), both imported lazily
#   inside the command's function; nothing else may.
# - The reference server (central_api) imports nothing of the desktop app (shopapp): what
#   both need is in parcelwire, and the server runs the app's map importer as a program.
# - parcelwire, which both import, imports neither of them, nor Qt.
# An import is an import statement anywhere in a file (also inside a function) or an
# importlib.import_module / __import__ of the name. tests/test_package_boundaries.py plants
# violations in a copy of the tree and checks that this script fails on each.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

bad=$(grep -rnE '^\s*(from|import)\s+(PySide6|shiboken6|shopapp\.ui)' \
    --include='*.py' shopapp central_api | grep -v '^shopapp/ui/' | grep -vE '^shopapp/cli.py:[0-9]+:\s+from shopapp\.ui\.(app|report_command) import' || true)
if [ -n "$bad" ]; then
    echo "Qt or UI imported outside shopapp/ui:" >&2
    echo "$bad" >&2
    status=1
fi

# imports NAMES DIR...: the lines of DIR's Python files that import a package of NAMES
# (NAMES: an extended regex such as 'shopapp|central_api').
imports() {
    local names="$1"
    shift
    local statement="^\s*(from\s+($names)(\.|\s)|import\s+([A-Za-z0-9_.]+\s*,\s*)*($names)(\.|\s|,|$))"
    local dynamic="(import_module|__import__)\(\s*[\"']($names)(\.|[\"'])"
    grep -rnE "$statement|$dynamic" --include='*.py' "$@" || true
}

bad=$(imports 'shopapp' central_api parcelwire)
if [ -n "$bad" ]; then
    echo "the desktop app (shopapp) imported by the server or the shared package:" >&2
    echo "$bad" >&2
    status=1
fi
bad=$(imports 'central_api|PySide6|shiboken6' parcelwire)
if [ -n "$bad" ]; then
    echo "the server or Qt imported by the shared package (parcelwire):" >&2
    echo "$bad" >&2
    status=1
fi

if [ "$status" -ne 0 ]; then
    exit "$status"
fi
echo "layering ok: no Qt outside shopapp/ui; central_api and parcelwire import no shopapp;" \
    "parcelwire imports no central_api and no Qt"
