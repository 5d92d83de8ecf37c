"""`python -m shopapp` runs the same entry point as the `shopapp` command."""

from shopapp.cli import main

raise SystemExit(main())
