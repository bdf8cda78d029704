"""Drawing: Arabic shaping for the running renderer, right-to-left charts and tables."""
