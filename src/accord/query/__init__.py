"""accord.query stage."""
