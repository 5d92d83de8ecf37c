"""`python -m central_api` runs the `shopapp-central` command line."""

import sys

from central_api.cli import main

sys.exit(main())
