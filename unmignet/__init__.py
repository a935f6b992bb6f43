"""unmignet: the partner inbox of the UN Network on Migration as a reviewed event calendar."""

__version__ = "0.1.0"
