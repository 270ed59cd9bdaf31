"""accord.evaluate stage."""
