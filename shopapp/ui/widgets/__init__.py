"""Reusable widgets: signature pad, photo field, outcome forms, route map."""
