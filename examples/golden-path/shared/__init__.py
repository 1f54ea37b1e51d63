"""Shared infrastructure used by application and test code."""
