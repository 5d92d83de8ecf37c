"""Revisions of the central API's schema, oldest first."""
