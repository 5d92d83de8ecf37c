"""Refresh the vendored carrier formats from the tracking_number_data project (MIT).

    python scripts/refresh_carrier_formats.py                  # newest main from GitHub
    python scripts/refresh_carrier_formats.py --from DIR       # a local checkout of it

Copies `couriers/*.json` and `LICENSE` into shopapp/scanning/carrier_data/, writes
source.json (commit, date), then checks that every definition loads. Run the scanning
tests afterwards (`bash scripts/run.sh test tests/scanning`): each courier's own test
numbers are tests.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "shopapp" / "scanning" / "carrier_data"
REPOSITORY = "https://github.com/jkeen/tracking_number_data"


def _download(into: Path) -> Path:
    url = f"{REPOSITORY}/archive/refs/heads/main.tar.gz"
    with urllib.request.urlopen(url, timeout=60) as answer:  # noqa: S310 (a fixed https URL)
        data = answer.read()
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(into, filter="data")
    return next(into.iterdir())


def _commit_of(folder: Path) -> tuple[str, str]:
    try:
        out = subprocess.run(
            ["git", "-C", str(folder), "log", "-1", "--format=%H %cs"],
            capture_output=True, text=True, check=True,
        ).stdout.split()
        return out[0], out[1]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown (downloaded archive of main)", datetime.now(UTC).date().isoformat()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="a local checkout")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        source = args.source or _download(Path(scratch))
        files = sorted((source / "couriers").glob("*.json"))
        if not files:
            print(f"no couriers/*.json under {source}", file=sys.stderr)
            return 1
        for file in files:
            json.loads(file.read_text(encoding="utf-8"))  # refuse a broken file early
        couriers = TARGET / "couriers"
        shutil.rmtree(couriers, ignore_errors=True)
        couriers.mkdir(parents=True)
        for file in files:
            shutil.copy2(file, couriers / file.name)
        shutil.copy2(source / "LICENSE", TARGET / "LICENSE")
        commit, day = _commit_of(source)
    (TARGET / "source.json").write_text(
        json.dumps(
            {
                "project": "tracking_number_data",
                "repository": REPOSITORY,
                "commit": commit,
                "commit_date": day,
                "licence": "MIT (see LICENSE beside this file)",
                "refreshed_by": "python scripts/refresh_carrier_formats.py",
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    sys.path.insert(0, str(ROOT))
    from shopapp.scanning.formats import bundled_formats

    table = bundled_formats()
    print(f"{len(files)} couriers, {len(table)} formats loaded from commit {commit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
