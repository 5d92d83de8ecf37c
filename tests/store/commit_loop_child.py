"""Child process for the durability test: commits parcels and events until it is killed.

Prints the tracking number of each committed parcel (with its event) after the commit
returns, so the parent knows exactly what the child believed was saved.
"""

from __future__ import annotations

import sys
import uuid

from shopapp.paths import data_paths
from shopapp.store import open_store
from shopapp.store.outbox import record_event
from shopapp.store.parcels import upsert_manifest_parcel


def main() -> None:
    store = open_store(data_paths(sys.argv[1]), daily_backup="skip")
    print("ready", flush=True)
    while True:
        tracking = "T" + uuid.uuid4().hex[:16].upper()
        with store.write() as session:
            parcel, _ = upsert_manifest_parcel(
                session, {"tracking_number": tracking, "recipient": "Kill Test", "address": "x"}
            )
            record_event(session, parcel, "received")
            record_event(session, parcel, "damaged")
        sys.stdout.write(tracking + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
