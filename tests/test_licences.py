"""scripts/licence_check.py: the licence list of the default install and the frozen app fails
on a licence that forbids commercial use (a planted one, in a site folder of fake packages)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "licence_check", ROOT / "scripts" / "licence_check.py"
)
assert _spec and _spec.loader
licence_check = importlib.util.module_from_spec(_spec)
sys.modules["licence_check"] = licence_check
_spec.loader.exec_module(licence_check)

MIT_TEXT = (
    "MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby granted, free of charge..."
)
LKH_LIKE = (
    "The LKH native code by Helsgaun is released for non-commercial use only. "
    "Therefore the same restriction applies to this package."
)


def plant(
    site: Path,
    name: str,
    version: str = "1.0",
    *,
    requires: list[str] = (),  # type: ignore[assignment]
    licence: str | None = None,
    expression: str | None = None,
    classifiers: list[str] = (),  # type: ignore[assignment]
    description: str = "",
    licence_file: str | None = None,
    module: str | None = None,
) -> None:
    """A fake installed distribution: NAME-VERSION.dist-info with METADATA and RECORD."""
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    lines = ["Metadata-Version: 2.4", f"Name: {name}", f"Version: {version}"]
    if expression:
        lines.append(f"License-Expression: {expression}")
    if licence:
        lines.append(f"License: {licence}")
    lines += [f"Classifier: {c}" for c in classifiers]
    lines += [f"Requires-Dist: {r}" for r in requires]
    (info / "METADATA").write_text("\n".join(lines) + "\n\n" + description + "\n", encoding="utf-8")
    record = [f"{info.name}/METADATA,,", f"{info.name}/RECORD,,"]
    if licence_file is not None:
        (info / "licenses").mkdir()
        (info / "licenses" / "LICENSE").write_text(licence_file, encoding="utf-8")
        record.append(f"{info.name}/licenses/LICENSE,,")
    if module:
        pkg = site / module
        pkg.mkdir()
        (pkg / "__init__.py").write_text("", encoding="utf-8")
        record.append(f"{module}/__init__.py,,")
    (info / "RECORD").write_text("\n".join(record) + "\n", encoding="utf-8")


def app_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    plant(
        site,
        "shopapp",
        "0.1.0",
        requires=[
            "goodlib>=1",
            "qtlike>=6",
            'serverlib>=1; extra == "server"',
            'lkhlike>=2; extra == "lkh"',
        ],
    )
    plant(site, "goodlib", expression="MIT", requires=["deeplib"], licence_file=MIT_TEXT)
    plant(site, "deeplib", classifiers=["License :: OSI Approved :: BSD License"])
    plant(site, "qtlike", expression="LGPL-3.0-only OR GPL-3.0-only")
    plant(site, "serverlib", expression="BSD-3-Clause")
    plant(site, "lkhlike", licence="lkhlike License", description=LKH_LIKE)
    return site


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = licence_check.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_default_install_follows_requirements_without_extras(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = app_site(tmp_path)
    code, out, err = run(capsys, "--default", "--site", str(site), "--out", str(tmp_path / "LIST"))
    assert code == 0, err
    table = out.split("\n\n")[1].splitlines()[2:]  # the rows under the header and its rule
    listed = {line.split()[0] for line in table}
    # The non-commercial package is only in the opt-in extra, the server's only in `server`.
    assert listed == {"goodlib", "deeplib", "qtlike"}
    assert "copyleft" in out and "LGPL-3.0-only" in out
    assert (tmp_path / "LIST").read_text(encoding="utf-8").startswith("Default install")


def test_a_planted_non_commercial_licence_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = app_site(tmp_path)
    plant(site, "sneaky", expression=None, licence="Free for non-commercial use only", requires=[])
    # goodlib now pulls it in, two levels below shopapp.
    (site / "deeplib-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.4\nName: deeplib\nVersion: 1.0\n"
        "Classifier: License :: OSI Approved :: BSD License\nRequires-Dist: sneaky\n\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--default", "--site", str(site))
    assert code == 1
    assert "sneaky" in out and "non-commercial" in out
    assert "FAIL sneaky 1.0: not for commercial use" in err


@pytest.mark.parametrize("where", ["description", "licence file", "classifier", "expression"])
def test_non_commercial_words_are_found_wherever_they_are(where: str, tmp_path: Path) -> None:
    site = tmp_path / "site"
    kwargs = {
        "description": {"licence": "Custom", "description": LKH_LIKE},
        "licence file": {"licence_file": "Permission is granted for research purposes only."},
        "classifier": {"classifiers": ["License :: Free for non-commercial use"]},
        "expression": {"expression": "CC-BY-NC-4.0"},
    }[where]
    plant(site, "bad", **kwargs)  # type: ignore[arg-type]
    dist = next(iter(licence_check.Environment([str(site)]).by_name.values()))
    assert licence_check.classify(dist).kind == "non-commercial"


def test_commercial_and_non_commercial_use_is_allowed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    gpl_3c = (
        "c) Accompany it with the information you received as to the offer to distribute"
        " corresponding source code.  (This alternative is allowed only for noncommercial"
        " distribution and only if you received the program in object code)"
    )
    plant(
        site,
        "fine",
        expression="MIT",
        description="Free for commercial and non-commercial use.",
        licence_file=gpl_3c,
    )
    dist = next(iter(licence_check.Environment([str(site)]).by_name.values()))
    assert licence_check.classify(dist).kind == "permissive"


def test_a_licence_the_metadata_does_not_name_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = app_site(tmp_path)
    plant(site, "mystery")
    meta = site / "goodlib-1.0.dist-info" / "METADATA"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(
            "Requires-Dist: deeplib", "Requires-Dist: mystery"
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--default", "--site", str(site))
    assert code == 1
    assert "mystery 1.0: licence not named" in err


def test_the_frozen_app_is_read_from_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = app_site(tmp_path)
    plant(site, "bundledlib", expression="Apache-2.0", module="bundledlib")
    plant(site, "binarylib", expression="BSD-2-Clause", module="binarylib")
    work, bundle = tmp_path / "work", tmp_path / "dist" / "shopapp"
    work.mkdir()
    (bundle / "_internal" / "binarylib").mkdir(parents=True)
    (bundle / "_internal" / "binarylib" / "__init__.py").write_text("", encoding="utf-8")
    (bundle / "_internal" / "libpython3.12.so.1.0").write_text("", encoding="utf-8")
    source = site / "bundledlib" / "__init__.py"
    (work / "PYZ-00.toc").write_text(
        repr(("PYZ-00.pyz", [("bundledlib", str(source), "PYMODULE")])), encoding="utf-8"
    )
    lock = tmp_path / "requirements.lock"
    lock.write_text("bundledlib==1.0 \\\n    --hash=sha256:00\nbinarylib==1.0\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--frozen", str(work), str(bundle), "--lock", str(lock), "--site", str(site)
    )
    assert code == 0, err
    assert "bundledlib" in out and "binarylib" in out and "goodlib" not in out
    assert "libpython3.12.so.1.0" in out  # said to come from no Python package
    # A bundled package at another version than the lock pins fails.
    lock.write_text("bundledlib==2.0\nbinarylib==1.0\n", encoding="utf-8")
    code, _, err = run(
        capsys, "--frozen", str(work), str(bundle), "--lock", str(lock), "--site", str(site)
    )
    assert code == 1 and "lock pins 2.0" in err.replace(str(lock), "lock")
    # A planted non-commercial package in the bundle fails.
    plant(site, "lkhlike2", licence="x", description=LKH_LIKE, module="lkhlike2")
    (bundle / "_internal" / "lkhlike2").mkdir()
    (bundle / "_internal" / "lkhlike2" / "__init__.py").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "--frozen", str(work), str(bundle), "--site", str(site))
    assert code == 1 and "FAIL lkhlike2" in err
