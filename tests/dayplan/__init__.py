"""Tests of the day-planning glue (shopapp.dayplan)."""
