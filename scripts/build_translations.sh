#!/bin/sh
# Build the app's translations with PySide6's Qt Linguist tools.
#
# 1. lupdate reads every tr()/translate() string in shopapp/ui and updates the sources
#    resources/translations/shopapp_<lang>.ts (translations already made are kept; strings
#    gone from the code are dropped; new ones arrive as "unfinished" for the translator).
# 2. lrelease compiles each .ts into shopapp/resources/translations/shopapp_<lang>.qm,
#    which ships inside the package and is what shopapp.ui.i18n loads.
# 3. English has a catalogue too, of the plural forms only (-pluralonly): "%n route(s)"
#    becomes "1 route" / "2 routes" through shopapp_en.ts.
#
# Usage: scripts/build_translations.sh            (update the .ts, then build the .qm)
#        scripts/build_translations.sh --release  (only build the .qm from the .ts as they are)
# Tools: $LUPDATE / $LRELEASE, else pyside6-lupdate / pyside6-lrelease beside $PYTHON
# (default: the python3 on PATH), else on PATH.
set -eu
cd "$(dirname "$0")/.."

LANGS="fr es"
PYTHON=${PYTHON:-python3}
BIN=$("$PYTHON" -c 'import os, sys; print(os.path.dirname(sys.executable))')
tool() {
    if [ -x "$BIN/$1" ]; then echo "$BIN/$1"; else command -v "$1"; fi
}
LUPDATE=${LUPDATE:-$(tool pyside6-lupdate)}
LRELEASE=${LRELEASE:-$(tool pyside6-lrelease)}
SOURCES=resources/translations
OUT=shopapp/resources/translations
mkdir -p "$SOURCES" "$OUT"

if [ "${1:-}" != "--release" ]; then
    # Sorted file list and no line numbers: the .ts only changes when a text changes.
    FILES=$(find shopapp/ui -name '*.py' | LC_ALL=C sort)
    for lang in $LANGS; do
        # shellcheck disable=SC2086  # one argument per file
        "$LUPDATE" -locations none -no-obsolete -source-language en -target-language "$lang" \
            $FILES -ts "$SOURCES/shopapp_$lang.ts"
    done
    # shellcheck disable=SC2086
    "$LUPDATE" -locations none -no-obsolete -pluralonly -source-language en -target-language en \
        $FILES -ts "$SOURCES/shopapp_en.ts"
fi
for lang in $LANGS en; do
    "$LRELEASE" -silent "$SOURCES/shopapp_$lang.ts" -qm "$OUT/shopapp_$lang.qm"
done
echo "translations built: $(ls "$OUT"/*.qm | tr '\n' ' ')"
