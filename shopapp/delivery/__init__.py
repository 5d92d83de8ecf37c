"""Proof of delivery, counter pickup, failed attempts and returns (Qt-free).

Modules:
    outcomes: the four delivery outcomes, one event per parcel, proofs first.
    signature: stroke data -> emptiness check, smoothed PNG, strokes JSON.
    photos: photo bytes -> downscaled JPEG without metadata.
    proofs: content-addressed proof files (write + fsync before the row) and purge.
    attempts: back to the shelf or return_pending; dwell limit; returns to carrier.
    pickup: pickup codes, lookup, hold and handover at the counter.
    run: the run's stops in order, for the Deliver page.
"""
