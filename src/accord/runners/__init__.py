"""accord.runners stage."""
