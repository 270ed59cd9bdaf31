"""accord.actors stage."""
