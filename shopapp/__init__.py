"""Partner-shop app: scan in, plan, deliver and sync a parcel carrier's parcels, offline first."""

__version__ = "0.1.0"
