"""One exception root for storylens; library errors are translated at the boundary."""

from __future__ import annotations


class StorylensError(Exception):
    """Base class of every error storylens raises on purpose."""


class ReadError(StorylensError):
    """An input could not be read or decoded (missing, binary, empty, undecodable)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ParseError(ReadError):
    """An input was read but its structure (JSON, HTML) could not be parsed into an article."""


class UsageError(StorylensError):
    """The caller asked for something that cannot be done (unknown format, option or language)."""
