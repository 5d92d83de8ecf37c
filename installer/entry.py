"""Entry script of the frozen `shopapp` (PyInstaller): the same `main` as the console script.

Two things only a frozen app needs:

- `multiprocessing.freeze_support()`: the planner runs PyVRP searches in child
  processes, started with "spawn" on Windows (and on Linux once Qt's threads run).
  A spawned child is this same executable with `--multiprocessing-fork` arguments;
  without this call it would open another window instead of running the search.
- `shopapp -m central_api ...`: the demo (shopapp/demo/server.py) starts the reference
  central API (its local server) through the server's real command line,
  `[sys.executable, "-m", "central_api", "serve", ...]`. Frozen, `sys.executable` is
  this program, so that form is routed to the `shopapp-central` command line here; and
  `shopapp -m shopapp ...` (how the server's `build-map` runs the app's map import) to
  the app's own.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    if args[:2] == ["-m", "central_api"]:
        from central_api.cli import main as central_main

        return central_main(args[2:])
    if args[:2] == ["-m", "shopapp"]:
        args = args[2:]
    from shopapp.cli import main as shopapp_main

    return shopapp_main(args)


if __name__ == "__main__":
    sys.exit(main())
