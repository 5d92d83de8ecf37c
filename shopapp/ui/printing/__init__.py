"""Printing from the UI: shelf labels as PDF (QPdfWriter) and their on-screen preview."""
