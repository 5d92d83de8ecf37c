"""Compiled Qt translations (.qm); scripts/build_translations.sh builds them from the .ts."""
