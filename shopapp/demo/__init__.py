"""The demo shop: a seeded manifest around a small rural town and a local central API."""
