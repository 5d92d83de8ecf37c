#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (installer/shopapp.spec) and check the frozen result.
#
# Usage: installer/build_linux.sh [--venv DIR] [--runs N] [--clean | --no-build] [--no-compare]
#
#   --venv DIR     the virtual environment with shopapp installed (default: the active one,
#                  $VIRTUAL_ENV); PyInstaller is installed into it when missing
#   --runs N       start-up timing runs (default 5; the median is reported)
#   --clean        throw away PyInstaller's cache in build/pyinstaller first (a full build)
#   --no-build     only check the app already in dist/shopapp
#   --no-compare   skip timing the non-frozen `shopapp --self-test` for comparison
#
# Output: dist/shopapp/shopapp (the app; the folder is what an installer packs), PyInstaller's
# work files and log in build/pyinstaller/. Checks, all headless (QT_QPA_PLATFORM=offscreen,
# stdin from /dev/null, each run under a timeout), on throw-away data directories:
#   --version; --self-test on a new data directory, then again on the same one; `plan` on a
#   small problem (PyVRP and its worker processes frozen); the reference central API started
#   the way the demo starts it (`shopapp -m central_api serve`) answering /v1/health;
#   pyvalhalla's bundled programs building admin areas and tiles of a small OSM extract (when
#   pyvalhalla is installed); and `--demo --self-test` once the demo exists. After the build:
#   no elkai (LKH-3, non-commercial) in it, and dist/shopapp/THIRD-PARTY-LICENSES written by
#   scripts/licence_check.py (fails on a non-commercial licence). Exit 0 only if every check
#   passed.
# Safe to run again: the build replaces dist/shopapp; concurrent runs wait for each other.

set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VIRTUAL_ENV:-}"
RUNS=5
CLEAN=()
BUILD=1
COMPARE=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --venv) VENV="$2"; shift 2 ;;
        --venv=*) VENV="${1#--venv=}"; shift ;;
        --runs) RUNS="$2"; shift 2 ;;
        --runs=*) RUNS="${1#--runs=}"; shift ;;
        --clean) CLEAN=(--clean); shift ;;
        --no-build) BUILD=0; shift ;;
        --no-compare) COMPARE=0; shift ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "build_linux.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [[ -z "$VENV" ]]; then
    echo "build_linux.sh: no virtual environment: activate one or pass --venv DIR" >&2
    exit 2
fi
PYTHON="$VENV/bin/python"
if ! "$PYTHON" -c "import shopapp" 2>/dev/null; then
    echo "build_linux.sh: $PYTHON cannot import shopapp; install the project first:" >&2
    echo "    $PYTHON -m pip install -e $REPO" >&2
    exit 2
fi

export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
WORK="$REPO/build/pyinstaller"
DIST="$REPO/dist"
APP="$DIST/shopapp/shopapp"
mkdir -p "$WORK"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/shopapp-frozen.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
# The frozen app must never touch the real user data directory, whatever a check forgets.
export SHOPAPP_HOME="$TMP/home"

# One build at a time in this checkout (a test and a person may start one together).
exec 9>"$WORK/.lock"
flock 9

now() { date +%s.%N; }
elapsed() { "$PYTHON" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# --- build -------------------------------------------------------------------------------
if [[ $BUILD -eq 1 ]]; then
    if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
        # The locked versions (PyInstaller is in the dev extra): what CI and run.sh install.
        echo "== installing requirements.lock (PyInstaller included) into $VENV"
        "$PYTHON" -m pip install --quiet --require-hashes --no-deps -r "$REPO/requirements.lock" </dev/null
    fi
    echo "== building with PyInstaller $("$PYTHON" -m PyInstaller --version) (log: build/pyinstaller/build.log)"
    build_start="$(now)"
    if ! (cd "$REPO" && "$PYTHON" -m PyInstaller --noconfirm "${CLEAN[@]}" --log-level WARN \
            --workpath "$WORK" --distpath "$DIST" installer/shopapp.spec) \
            >"$WORK/build.log" 2>&1 </dev/null; then
        tail -n 40 "$WORK/build.log" >&2
        fail "PyInstaller build (full log: $WORK/build.log)"
    fi
    build_s="$(elapsed "$build_start" "$(now)")"
else
    build_s="0 (--no-build: checking the app already built)"
fi
[[ -x "$APP" ]] || fail "no executable at $APP"
echo "build: ${build_s} s"
# What the build put in the archive of Python modules: parcelwire (what the app and the
# server share) in, the server's test helper out (the demo runs the server's command line).
if [[ $BUILD -eq 1 ]]; then
    toc="$WORK/shopapp/PYZ-00.toc"
    [[ -f "$toc" ]] || fail "no $toc listing the bundled modules"
    grep -q "'parcelwire.lifecycle'" "$toc" || fail "parcelwire is not in the bundle"
    if grep -q "'central_api.testing'" "$toc"; then fail "central_api.testing (a test helper) is in the bundle"; fi
    if grep -qE "'(elkai|_elkai)[.']" "$toc" || compgen -G "$DIST/shopapp/_internal/*elkai*" >/dev/null; then
        fail "elkai (LKH-3, non-commercial only) is in the bundle"
    fi
    echo "ok  modules: parcelwire bundled, central_api.testing and elkai left out"
    # What the build holds and under which licences, kept in the folder the installers pack;
    # fails on a licence that forbids commercial use and on a version the lock does not pin.
    if ! "$PYTHON" "$REPO/scripts/licence_check.py" --frozen "$WORK/shopapp" "$DIST/shopapp" \
            --lock "$REPO/requirements.lock" --texts --out "$DIST/shopapp/THIRD-PARTY-LICENSES" \
            >"$WORK/licences.txt"; then
        cat "$WORK/licences.txt"
        fail "licences of the frozen app (scripts/licence_check.py --frozen)"
    fi
    echo "ok  licences: $(tail -n 1 "$WORK/licences.txt") (list: $DIST/shopapp/THIRD-PARTY-LICENSES)"
fi

# --- checks ------------------------------------------------------------------------------
run() {  # run LABEL SECONDS CMD...: output in $TMP/LABEL.out/.err; returns the exit code
    local label="$1" limit="$2"; shift 2
    local code=0
    timeout --kill-after=10 "$limit" "$@" >"$TMP/$label.out" 2>"$TMP/$label.err" </dev/null || code=$?
    if [[ $code -eq 124 || $code -eq 137 ]]; then
        echo "  ($label timed out after ${limit} s)" >&2
    fi
    return $code
}
show_failure() {
    echo "--- stdout of $1:" >&2; tail -n 20 "$TMP/$1.out" >&2
    echo "--- stderr of $1:" >&2; tail -n 30 "$TMP/$1.err" >&2
}

# Every file the app reads at run time is in the bundle, where the code looks for it: the
# package's data files (migrations, translations .qm, ...) and the repository's resources/.
"$PYTHON" - "$REPO" "$DIST/shopapp/_internal" <<'PY' || fail "files missing from the bundle (see above)"
import sys
from pathlib import Path
repo, bundle = Path(sys.argv[1]), Path(sys.argv[2])
wanted = [p for top in ("shopapp", "central_api", "resources") for p in (repo / top).rglob("*")
          if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".ts")
          and (p.suffix != ".py" or "migrations" in p.parts)]
missing = [str(p.relative_to(repo)) for p in wanted if not (bundle / p.relative_to(repo)).is_file()]
if missing:
    print("not in the bundle:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"ok  data files: all {len(wanted)} of shopapp/, central_api/ (migrations, package data) and resources/ bundled")
PY

version="$("$PYTHON" -c "import shopapp; print(shopapp.__version__)")"
run version 60 "$APP" --version || { show_failure version; fail "--version"; }
grep -qx "shopapp $version" "$TMP/version.out" || { show_failure version; fail "--version says $(cat "$TMP/version.out")"; }
echo "ok  --version: $(cat "$TMP/version.out")"

data="$TMP/data"
first_start="$(now)"
run selftest-new 120 "$APP" --self-test --data-dir "$data" || { show_failure selftest-new; fail "--self-test on a new data directory"; }
first_s="$(elapsed "$first_start" "$(now)")"
line="$(grep '^self-test ok' "$TMP/selftest-new.out" || true)"
[[ -n "$line" ]] || { show_failure selftest-new; fail "no 'self-test ok' line"; }
echo "ok  --self-test (new data directory, ${first_s} s): $line"

# Start-up time: the normal start, on a data directory that already exists.
# usable_s FILE: the app's own "window ... usable N s after start" (from the first import of
# shopapp; the wall time also counts the bootloader or interpreter start and the exit).
usable_s() { sed -n 's/.*usable \([0-9.]*\) s after start.*/\1/p' "$1" | head -n 1; }
times=()
usable=()
for ((i = 1; i <= RUNS; i++)); do
    t0="$(now)"
    run "selftest-$i" 120 "$APP" --self-test --data-dir "$data" || { show_failure "selftest-$i"; fail "--self-test run $i"; }
    grep -q '^self-test ok' "$TMP/selftest-$i.out" || { show_failure "selftest-$i"; fail "--self-test run $i: no ok line"; }
    times+=("$(elapsed "$t0" "$(now)")")
    usable+=("$(usable_s "$TMP/selftest-$i.out")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
frozen_median="$(median "${times[@]}")"
echo "ok  --self-test x${RUNS} on the same data directory: ${times[*]} s; median ${frozen_median} s (process start to exit)"
echo "    window usable (the app's own count): ${usable[*]} s; median $(median "${usable[@]}") s"
echo "    last: $(grep '^self-test ok' "$TMP/selftest-$RUNS.out")"

cat >"$TMP/problem.json" <<'JSON'
{"depot": {"lat": 52.0, "lon": -1.0},
 "stops": [{"id": "a", "lat": 52.01, "lon": -1.0, "demand": 1, "service_s": 120},
           {"id": "b", "lat": 52.0, "lon": -1.02, "demand": 1, "service_s": 120, "tw": [36000, 43200]},
           {"id": "far", "lat": 53.0, "lon": -1.0, "demand": 1, "service_s": 120}],
 "vehicles": [{"count": 1, "capacity": 60, "shift": [28800, 61200]}],
 "max_radius_m": 16093, "speed_kmh": 40}
JSON
run plan 120 "$APP" plan --problem "$TMP/problem.json" --seconds 1 --data-dir "$data" || { show_failure plan; fail "plan"; }
"$PYTHON" - "$TMP/plan.out" <<'PY' || { show_failure plan; fail "plan answer"; }
import json, sys
plan = json.load(open(sys.argv[1]))
visited = sorted(s for r in plan["routes"] for s in r["stops"])
assert visited == ["a", "b"], visited
assert [u["id"] for u in plan["unassigned"]] == ["far"], plan["unassigned"]
assert "radius" in plan["unassigned"][0]["reason"], plan["unassigned"]
PY
echo "ok  plan: 2 stops routed, the one outside the radius unassigned"

# Scan parsing reads data files (biip's GS1 tables): the frozen app must read a batch of
# codes exactly as the non-frozen one does, on two copies of the same data directory.
printf '%s\n' 1Z999AA10123456784 '(01)09501101530003(21)ABC123' '(00)340123450000000000' \
    JJD0099999999 'not a code' >"$TMP/scans.txt"
cp -a "$data" "$TMP/data-plain"
run scans-frozen 120 "$APP" import-scans "$TMP/scans.txt" --data-dir "$data" || { show_failure scans-frozen; fail "import-scans"; }
run scans-plain 120 "$PYTHON" -m shopapp import-scans "$TMP/scans.txt" --data-dir "$TMP/data-plain" || { show_failure scans-plain; fail "non-frozen import-scans"; }
"$PYTHON" - "$TMP/scans-frozen.out" "$TMP/scans-plain.out" <<'PY' || fail "import-scans: frozen and non-frozen results differ"
import json, sys
keys = ("code", "outcome", "error_code", "tracking_number")
frozen, plain = ([{k: r.get(k) for k in keys} for r in json.load(open(p))["results"]] for p in sys.argv[1:])
if frozen != plain or len(frozen) != 5:
    print("frozen:", frozen, "\nplain: ", plain, file=sys.stderr)
    sys.exit(1)
PY
echo "ok  import-scans: 5 codes read as the non-frozen app reads them"

# The reference central API the way the demo starts it (shopapp/demo/server.py):
# `<executable> -m central_api serve`, routed by installer/entry.py.
port="$("$PYTHON" -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")"
"$APP" -m central_api serve --database "sqlite:///$TMP/central.sqlite3" --host 127.0.0.1 \
    --port "$port" --log-level warning >"$TMP/central.out" 2>"$TMP/central.err" </dev/null &
SERVER_PID=$!
if ! "$PYTHON" - "$port" <<'PY'; then
import sys, time, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/v1/health"
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen(url, timeout=2) as answer:
            if answer.status == 200:
                sys.exit(0)
    except OSError:
        time.sleep(0.3)
sys.exit(1)
PY
    show_failure central; fail "the frozen central API did not answer /v1/health"
fi
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
echo "ok  central API (shopapp -m central_api serve) answered /v1/health"

# Road maps: pyvalhalla's programs (valhalla_build_admins, valhalla_build_tiles) are in the
# bundle as programs of their own (shopapp.spec). They must start on the bundle's libraries
# and, as the app runs them, build the admin areas and then the tiles of a small extract: a
# 3 x 3 grid of streets written here with pyosmium, configured with the venv's
# valhalla.get_config() (its default admin path, /data/valhalla, moved into $TMP).
bin="$DIST/shopapp/_internal/valhalla/bin"
if "$PYTHON" -c "import valhalla, osmium" 2>/dev/null; then
    for program in valhalla_build_admins valhalla_build_tiles; do
        [[ -x "$bin/$program" ]] || fail "pyvalhalla is installed but $bin/$program is not in the bundle"
    done
    [[ -d "$DIST/shopapp/_internal/pyvalhalla.libs" ]] || fail "pyvalhalla.libs is not in the bundle"
    mkdir -p "$TMP/roads/tiles"
    "$PYTHON" - "$TMP/roads" <<'PY' || fail "writing the small OSM extract"
import json, sys
from pathlib import Path
import osmium
import valhalla
from osmium.osm.mutable import Node, Way
out = Path(sys.argv[1])
writer = osmium.SimpleWriter(str(out / "grid.osm.pbf"))
node = {(r, c): 1 + 3 * r + c for r in range(3) for c in range(3)}
for (r, c), ident in node.items():  # about 100 m apart, in Andorra la Vella
    writer.add_node(Node(id=ident, version=1, location=(1.52 + 0.0012 * c, 42.50 + 0.0009 * r)))
streets = [[node[r, c] for c in range(3)] for r in range(3)]
streets += [[node[r, c] for r in range(3)] for c in range(3)]
for i, nodes in enumerate(streets):
    writer.add_way(Way(id=100 + i, version=1, nodes=nodes, tags={"highway": "residential"}))
writer.close()
config = valhalla.get_config(tile_extract="", tile_dir=str(out / "tiles"))
config["mjolnir"]["admin"] = str(out / "admin.sqlite")
(out / "valhalla.json").write_text(json.dumps(config))
PY
    run admins 120 "$bin/valhalla_build_admins" -c "$TMP/roads/valhalla.json" "$TMP/roads/grid.osm.pbf" \
        || { show_failure admins; fail "the bundled valhalla_build_admins"; }
    [[ -s "$TMP/roads/admin.sqlite" ]] || { show_failure admins; fail "valhalla_build_admins wrote no admin.sqlite"; }
    run tiles 120 "$bin/valhalla_build_tiles" -c "$TMP/roads/valhalla.json" "$TMP/roads/grid.osm.pbf" \
        || { show_failure tiles; fail "the bundled valhalla_build_tiles"; }
    count="$(find "$TMP/roads/tiles" -name '*.gph' | wc -l)"
    [[ "$count" -gt 0 ]] || { show_failure tiles; fail "valhalla_build_tiles wrote no tiles"; }
    echo "ok  road maps: the bundled valhalla_build_admins and valhalla_build_tiles" \
        "$("$bin/valhalla_build_tiles" --version 2>/dev/null) built admin areas and $count tile(s)"
else
    echo "--  road maps: skipped, pyvalhalla or pyosmium is not installed in $VENV"
fi

# The end-of-day report (PDF with barcodes: fonts and Qt's PDF writer), once the CLI has it.
if run report 120 "$APP" report --date "$(date +%F)" --out "$TMP/report.pdf" --data-dir "$data"; then
    [[ "$(head -c 4 "$TMP/report.pdf" 2>/dev/null)" == "%PDF" ]] || { show_failure report; fail "report: no PDF written"; }
    echo "ok  report: $(stat -c %s "$TMP/report.pdf") byte PDF"
elif grep -q "invalid choice: 'report'" "$TMP/report.err"; then
    echo "--  report: skipped, the command is not in this version of the app"
else
    show_failure report; fail "report"
fi

if run demo 180 "$APP" --demo --self-test --data-dir "$TMP/demo"; then
    echo "ok  --demo --self-test: $(grep '^self-test' "$TMP/demo.out" || tail -n 1 "$TMP/demo.out")"
elif grep -q "not available in this version" "$TMP/demo.err"; then
    echo "--  --demo --self-test: skipped, the demo is not in this version of the app"
else
    show_failure demo; fail "--demo --self-test"
fi

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$REPO/installer/linux/shopapp.desktop" || fail "installer/linux/shopapp.desktop"
    echo "ok  installer/linux/shopapp.desktop is valid"
fi

# --- summary -----------------------------------------------------------------------------
size="$(du -sh "$DIST/shopapp" | cut -f1)"
echo "size: $size ($DIST/shopapp)"
if [[ $COMPARE -eq 1 ]] && [[ -x "$VENV/bin/shopapp" ]]; then
    plain_data="$TMP/plain"
    run plain-0 120 "$VENV/bin/shopapp" --self-test --data-dir "$plain_data" || { show_failure plain-0; fail "non-frozen --self-test"; }
    plain=()
    plain_usable=()
    for ((i = 1; i <= RUNS; i++)); do
        t0="$(now)"
        run "plain-$i" 120 "$VENV/bin/shopapp" --self-test --data-dir "$plain_data" || { show_failure "plain-$i"; fail "non-frozen --self-test"; }
        plain+=("$(elapsed "$t0" "$(now)")")
        plain_usable+=("$(usable_s "$TMP/plain-$i.out")")
    done
    echo "non-frozen shopapp --self-test x${RUNS}: ${plain[*]} s; median $(median "${plain[@]}") s;" \
        "window usable median $(median "${plain_usable[@]}") s"
fi
echo "frozen build OK: build ${build_s} s, size ${size}, start-up median ${frozen_median} s" \
    "(window usable after $(median "${usable[@]}") s)"
