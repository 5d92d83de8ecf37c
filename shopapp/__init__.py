"""Partner-shop app: scan in, plan, deliver and sync a parcel carrier's parcels, offline first."""

import time

__version__ = "0.1.0"

# When the package was first imported: start-up time is measured from here (the
# interpreter itself starts a few tens of milliseconds earlier).
PROCESS_STARTED = time.perf_counter()
