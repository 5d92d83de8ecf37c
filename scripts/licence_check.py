"""List the licences of what shopapp ships, and fail on one that forbids commercial use.

Run it with the Python of the environment to check (it reads that environment's package
metadata):

    .venv/bin/python scripts/licence_check.py --default
        the default install: shopapp's own dependencies, followed through their requirements
        (no extras: not `server`, `dev` nor `lkh`)
    .venv/bin/python scripts/licence_check.py --frozen build/pyinstaller/shopapp dist/shopapp
        the frozen app: the distributions whose files are in the PyInstaller build (its module
        archive's table of contents, and the files of the one-folder build)
    --out FILE     also write the list to FILE (with --texts: and every licence file's text)
    --lock FILE    fail when a distribution of the set is not at the version FILE pins

Exit 0 when every distribution's licence allows commercial use (permissive or copyleft:
LGPL/GPL/MPL allow it, with their conditions); 1 when one is non-commercial (or research-only)
or cannot be classified from its metadata (a new dependency: read its licence, then add it
to REVIEWED with what it says); 2 on a usage error. Pure standard library plus `packaging`.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata as md
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = "shopapp"
OWN = ("shopapp/", "central_api/", "parcelwire/", "resources/", "shopapp.egg-info/", "shopapp-")

# Phrases that say the software may not be used commercially. Matched in the licence fields,
# the classifiers, the summary and description, and the licence files of a distribution.
NON_COMMERCIAL = [
    r"non[- ]?commercial\s+(use|purposes?)\s+only",
    # Not GPL-2.0's "allowed only for noncommercial distribution" (of an offer of the source).
    r"only\s+for\s+non[- ]?commercial\s+(use|purposes?)",
    r"for\s+non[- ]?commercial\s+(use|purposes?)",
    r"released\s+for\s+non[- ]?commercial",
    r"not\s+(be\s+)?(used\s+)?for\s+commercial",
    r"commercial\s+use\s+(is\s+)?(not\s+permitted|prohibited|forbidden|not\s+allowed)",
    r"\bCC[- ]BY(-SA|-ND)?-NC",
    r"research\s+(and|or)\s+non[- ]?profit\s+(use|purposes?)\s+only",
    r"(academic|research)\s+(use|purposes?)\s+only",
]
_NON_COMMERCIAL = re.compile("|".join(f"(?:{p})" for p in NON_COMMERCIAL), re.IGNORECASE)

# Licence names (SPDX ids, classifier words, free text) that allow commercial use.
PERMISSIVE = re.compile(
    r"\b(MIT|BSD|Apache|ISC|PSF|Python Software Foundation|Python-2\.0|Unlicense|0BSD|Zlib|"
    r"HPND|Historical Permission|CNRI|ZPL|Zope|Boost|BSL-1\.0|CC0|Public Domain|MIT-CMU|"
    r"Expat|X11|Artistic|UPL|W3C|curl|libpng|NCSA)\b",
    re.IGNORECASE,
)
COPYLEFT = re.compile(
    r"\b((A|L)?GPL|MPL|EPL)(v?[0-9.]+\+?)?(-[0-9.]+)?\b|Mozilla Public|Eclipse Public|"
    r"General Public License",
    re.IGNORECASE,
)

# Distributions whose metadata does not name their licence, read by hand: name -> licence.
REVIEWED: dict[str, str] = {}


@dataclass(frozen=True)
class Entry:
    name: str
    version: str
    licence: str
    kind: str  # permissive | copyleft | non-commercial | unknown
    evidence: str = ""  # for non-commercial: the words that say so


def _first_line(text: str | None, limit: int = 80) -> str:
    line = (text or "").strip().splitlines()[0].strip() if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 3] + "..."


def licence_files(dist: md.Distribution) -> list[tuple[str, str]]:
    """(path, text) of the licence files a distribution ships in its metadata or package."""
    out = []
    for file in dist.files or []:
        parts = str(file).replace("\\", "/").split("/")
        name = parts[-1].upper()
        if not any(word in name for word in ("LICEN", "COPYING", "NOTICE")):
            continue
        if name.endswith((".PY", ".PYC", ".PYI", ".SO", ".PYD", ".DLL", ".JSON")):
            continue
        if not (any(p.endswith(".dist-info") for p in parts) or len(parts) <= 2):
            continue
        try:
            text = Path(dist.locate_file(file)).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        out.append((str(file), text))
    return out


def classify(dist: md.Distribution) -> Entry:
    meta = dist.metadata
    name = meta["Name"] or "?"
    expression = meta.get("License-Expression") or ""
    licence_field = meta.get("License") or ""
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    classifier_names = [c.split("::")[-1].strip() for c in classifiers]
    texts = [expression, licence_field, *classifiers, meta.get("Summary") or ""]
    texts.append(meta.get_payload() or meta.get("Description") or "")  # type: ignore[attr-defined]
    texts += [text for _, text in licence_files(dist)]
    for text in texts:
        hit = _NON_COMMERCIAL.search(text or "")
        if hit:
            shown = expression or _first_line(licence_field) or ", ".join(classifier_names)
            return Entry(name, dist.version, shown or "?", "non-commercial", hit.group(0))
    key = canonicalize_name(name)
    if key in REVIEWED:
        shown = REVIEWED[key]
    else:
        shown = (
            expression
            or (_first_line(licence_field) if len(licence_field) < 200 else "")
            or "; ".join(n for n in classifier_names if n not in ("OSI Approved",))
        )
        if not shown:
            # The licence file's first line often names it ("MIT License", "Apache License").
            for _, text in licence_files(dist):
                if PERMISSIVE.search(_first_line(text, 200)) or COPYLEFT.search(
                    _first_line(text, 200)
                ):
                    shown = _first_line(text)
                    break
    if not shown:
        return Entry(name, dist.version, "?", "unknown")
    # "A OR B": the permissive alternative may be chosen; "A AND B": both apply.
    if any(PERMISSIVE.search(a) and not COPYLEFT.search(a) for a in shown.split(" OR ")):
        return Entry(name, dist.version, shown, "permissive")
    if COPYLEFT.search(shown):
        return Entry(name, dist.version, shown, "copyleft")
    return Entry(name, dist.version, shown, "unknown")


class Environment:
    def __init__(self, paths: list[str] | None = None) -> None:
        dists = md.distributions(path=paths) if paths else md.distributions()
        self.by_name: dict[str, md.Distribution] = {}
        for dist in dists:
            key = canonicalize_name(dist.metadata["Name"] or "")
            self.by_name.setdefault(key, dist)  # first on the path wins, as for imports

    def default_install(self, root: str = ROOT) -> list[md.Distribution]:
        """The distributions installed for `root` without extras (its requirements' closure)."""
        if canonicalize_name(root) not in self.by_name:
            raise SystemExit(f"licence_check: {root} is not installed in this environment")
        seen: dict[str, md.Distribution] = {}
        todo: list[tuple[str, frozenset[str]]] = [(canonicalize_name(root), frozenset())]
        while todo:
            key, extras = todo.pop()
            dist = self.by_name.get(key)
            if dist is None:
                raise SystemExit(f"licence_check: {key} is required but not installed")
            first = key not in seen
            seen[key] = dist
            for text in dist.requires or []:
                req = Requirement(text)
                wanted = [""] + sorted(extras)
                env = default_environment()
                if req.marker is not None and not any(
                    req.marker.evaluate({**env, "extra": e})
                    for e in wanted  # type: ignore[dict-item]
                ):
                    continue
                dep = canonicalize_name(req.name)
                if dep == canonicalize_name(root):
                    continue
                if dep not in seen or req.extras:
                    if first or req.extras:
                        todo.append((dep, frozenset(req.extras)))
        seen.pop(canonicalize_name(root))
        return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))

    def frozen(self, work: Path, bundle: Path) -> tuple[list[md.Distribution], list[str]]:
        """Distributions with files in a PyInstaller build; and bundled files of none."""
        owner: dict[str, str] = {}  # resolved file path and site-relative path -> dist key
        for key, dist in self.by_name.items():
            for file in dist.files or []:
                owner.setdefault(str(file).replace("\\", "/"), key)
                try:
                    owner.setdefault(str(Path(dist.locate_file(file)).resolve()), key)
                except OSError:
                    pass
        found: set[str] = set()
        for toc in sorted(work.glob("PYZ-*.toc")):
            entries = ast.literal_eval(toc.read_text(encoding="utf-8"))
            items = entries[1] if isinstance(entries, tuple) else entries
            for item in items:
                source = str(item[1]) if len(item) > 1 else ""
                if source:
                    try:
                        key = owner.get(str(Path(source).resolve()))
                    except OSError:
                        key = None
                    if key:
                        found.add(key)
        # PyInstaller moves some libraries (Qt's, for one) to the top of _internal: a file
        # name that only one distribution has is that distribution's.
        by_basename: dict[str, set[str]] = {}
        for relative_path, key in owner.items():
            if not relative_path.startswith("/"):
                by_basename.setdefault(relative_path.rsplit("/", 1)[-1], set()).add(key)
        unowned = []
        internal = bundle / "_internal"
        for path in sorted(p for p in internal.rglob("*") if p.is_file()):
            relative = str(path.relative_to(internal)).replace("\\", "/")
            key = owner.get(relative)
            if key is None and len(by_basename.get(path.name, ())) == 1:
                key = next(iter(by_basename[path.name]))
            if key is None and ".dist-info/" in relative:
                meta_name = relative.split(".dist-info/")[0].rsplit("-", 1)[0]
                key = (
                    canonicalize_name(meta_name)
                    if canonicalize_name(meta_name) in self.by_name
                    else None
                )
            if key:
                found.add(key)
            elif not relative.startswith(OWN):
                unowned.append(relative)
        found.discard(canonicalize_name(ROOT))
        dists = sorted(
            (self.by_name[k] for k in found), key=lambda d: canonicalize_name(d.metadata["Name"])
        )
        return dists, unowned


def read_lock(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==([^\s;\\]+)", line)
        if m:
            pins[canonicalize_name(m.group(1))] = m.group(3)
    return pins


def render(title: str, entries: list[Entry]) -> str:
    width = max([len(e.name) for e in entries] + [7])
    vwidth = max([len(e.version) for e in entries] + [7])
    lines = [title, "", f"{'package':<{width}}  {'version':<{vwidth}}  {'kind':<14}  licence"]
    lines.append("-" * (width + vwidth + 40))
    for e in entries:
        lines.append(f"{e.name:<{width}}  {e.version:<{vwidth}}  {e.kind:<14}  {e.licence}")
    lines += [
        "",
        "permissive: allows commercial use; copyleft: allows it, with its conditions (LGPL:",
        "the library may be replaced by the user; the wheels' own files are kept as shipped).",
    ]
    return "\n".join(lines) + "\n"


def render_texts(dists: Iterable[md.Distribution]) -> str:
    """Every licence file of the distributions, each under a heading."""
    lines = ["", "Licence texts, as each package ships them:"]
    for dist in dists:
        for path, text in licence_files(dist):
            heading = f"{dist.metadata['Name']} {dist.version}: {path}"
            lines += ["", "=" * 79, heading, "=" * 79, text.rstrip()]
    return "\n".join(lines) + "\n"


def check(
    title: str, dists: list[md.Distribution], args: argparse.Namespace, extra_note: str = ""
) -> int:
    entries = [classify(d) for d in dists]
    listing = render(title, entries) + extra_note
    sys.stdout.write(listing)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        texts = render_texts(dists) if args.texts else ""
        Path(args.out).write_text(listing + texts, encoding="utf-8")
    failed = 0
    for e in entries:
        if e.kind == "non-commercial":
            print(
                f"FAIL {e.name} {e.version}: not for commercial use ({e.evidence!r})",
                file=sys.stderr,
            )
            failed += 1
        elif e.kind == "unknown":
            print(
                f"FAIL {e.name} {e.version}: licence not named in its metadata ({e.licence!r}):"
                " read it and add it to REVIEWED in scripts/licence_check.py",
                file=sys.stderr,
            )
            failed += 1
    if args.lock:
        pins = read_lock(Path(args.lock))
        for d in dists:
            key = canonicalize_name(d.metadata["Name"])
            if key in pins and pins[key] != d.version:
                print(f"FAIL {key} {d.version}: {args.lock} pins {pins[key]}", file=sys.stderr)
                failed += 1
            elif key not in pins:
                print(f"FAIL {key} {d.version}: not in {args.lock}", file=sys.stderr)
                failed += 1
    print(f"{title.split(':')[0]}: {len(entries)} packages, {failed} problem(s)")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--default", action="store_true", help="the default install of shopapp")
    group.add_argument(
        "--frozen",
        nargs=2,
        metavar=("WORKDIR", "BUNDLE"),
        help="PyInstaller's work folder (build/pyinstaller/shopapp) and dist/shopapp",
    )
    parser.add_argument("--out", help="write the list (and with --texts the licence texts) here")
    parser.add_argument("--texts", action="store_true", help="append every licence file to --out")
    parser.add_argument("--lock", help="the lock file the set must match")
    parser.add_argument(
        "--site", action="append", help="read these folders' metadata instead (tests)"
    )
    args = parser.parse_args(argv)
    env = Environment(args.site)
    if args.default:
        return check(
            "Default install of shopapp (no extras): third-party packages and licences",
            env.default_install(),
            args,
        )
    work, bundle = Path(args.frozen[0]), Path(args.frozen[1])
    if not (bundle / "_internal").is_dir() or not list(work.glob("PYZ-*.toc")):
        print(f"licence_check: no PyInstaller build at {work} / {bundle}", file=sys.stderr)
        return 2
    dists, unowned = env.frozen(work, bundle)
    note = ""
    if unowned:
        shown = sorted({u.split("/")[0] for u in unowned})
        note = (
            f"\nAlso bundled, from no Python package ({len(unowned)} files): the Python runtime"
            " (PSF-2.0: the interpreter, its standard library in base_library.zip and"
            " lib-dynload) and the libraries PyInstaller took from the build machine's system"
            " (under their distributions' licences):\n  " + "\n  ".join(shown) + "\n"
        )
    return check(
        "The frozen app (dist/shopapp): third-party packages and licences", dists, args, note
    )


if __name__ == "__main__":
    sys.exit(main())
