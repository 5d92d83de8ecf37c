#!/usr/bin/env bash
# The Qt-free core must not import Qt or the UI: only shopapp/ui may (STYLE.md).
# shopapp/cli.py is the entry point: it may open the window or run a UI command (report), both
# imported lazily inside the command's function; nothing else may.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(grep -rnE '^\s*(from|import)\s+(PySide6|shiboken6|shopapp\.ui)' \
    --include='*.py' shopapp central_api | grep -v '^shopapp/ui/' | grep -vE '^shopapp/cli.py:[0-9]+:\s+from shopapp\.ui\.(app|report_command) import' || true)
if [ -n "$bad" ]; then
    echo "Qt or UI imported outside shopapp/ui:" >&2
    echo "$bad" >&2
    exit 1
fi
echo "layering ok: no Qt outside shopapp/ui"
