"""accord.events stage."""
