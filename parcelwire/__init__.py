"""What the desktop app (`shopapp`) and the reference server (`central_api`) must agree on.

A small, Qt-free package that both import and that imports neither of them (checked by
scripts/check_layering.sh):

- `parcelwire.lifecycle`: the parcel lifecycle table (states, transitions, `apply_event`),
  so the app and the server accept and reject exactly the same events;
- `parcelwire.tracking`: the one normalisation of a tracking number;
- `parcelwire.wire`: the pydantic models of the server's answers that the app reads (the
  manifest, the answers to an event batch): the server serves them, the app validates
  what it receives with them;
- `parcelwire.maps`: the map facts of a map pack (its box, the data's attribution and
  licence).
"""
