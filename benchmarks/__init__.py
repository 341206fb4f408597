"""Benchmarks of KeDang (see README.md); not part of the installed program."""
