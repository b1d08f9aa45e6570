"""On Record's language core and library: parsing, attribution and storage, with no Qt."""

__version__ = "0.1.0"
