"""KeDang 客档 — offline customer-records desk for small Chinese offices."""
__version__ = "0.1.0"
