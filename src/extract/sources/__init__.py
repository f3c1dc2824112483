"""Readers: every way a page arrives (file, stdin, URL) ends as a RawPage."""
from .files import read_source

__all__ = ["read_source"]
