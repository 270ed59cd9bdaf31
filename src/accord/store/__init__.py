"""accord.store stage."""
