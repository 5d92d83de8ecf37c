#!/usr/bin/env bash
# Install the frozen app for the current user (no root): the folder, a `shopapp` command,
# the menu entry and the icon. `install.sh --uninstall` removes them again. Neither touches
# the shop's data (~/.local/share/shopapp, or SHOPAPP_HOME).
#
# Usage: installer/linux/install.sh [--uninstall] [DIST_FOLDER]   (default: dist/shopapp)

set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/shopapp"
BIN="$HOME/.local/bin/shopapp"
DESKTOP="$DATA_HOME/applications/shopapp.desktop"
ICON_SVG="$DATA_HOME/icons/hicolor/scalable/apps/shopapp.svg"
ICON_PNG="$DATA_HOME/icons/hicolor/256x256/apps/shopapp.png"

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -rf "$TARGET"
    rm -f "$BIN" "$DESKTOP" "$ICON_SVG" "$ICON_PNG"
    echo "shopapp removed; the shop's data was left where it is."
    exit 0
fi

SOURCE="${1:-$REPO/dist/shopapp}"
[[ -x "$SOURCE/shopapp" ]] || { echo "no built app in $SOURCE: run installer/build_linux.sh first" >&2; exit 2; }

# Copy next to the old install, then swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$TARGET")" "$(dirname "$BIN")" "$(dirname "$DESKTOP")" \
    "$(dirname "$ICON_SVG")" "$(dirname "$ICON_PNG")"
rm -rf "$TARGET.new"
cp -a "$SOURCE" "$TARGET.new"
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
ln -sfn "$TARGET/shopapp" "$BIN"
install -m 644 "$REPO/resources/icons/shopapp.svg" "$ICON_SVG"
install -m 644 "$REPO/resources/icons/shopapp.png" "$ICON_PNG"
# The menu may not have ~/.local/bin on its PATH: point the entry at the program itself.
sed "s|^Exec=shopapp|Exec=$TARGET/shopapp|" "$HERE/shopapp.desktop" >"$DESKTOP"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA_HOME/applications" || true
echo "shopapp installed in $TARGET; menu entry $DESKTOP; command $BIN"
