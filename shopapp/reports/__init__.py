"""Day figures, warnings and reports, computed from the store (Qt-free)."""
