"""Files the app ships inside its package (compiled translations)."""
