"""Dates as the dossier stores them: ISO ``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is known."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")


def normalise_date(value: str | None) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD`` or ``YYYY-MM``, or ``None`` when it is no date.

    value (str | None): An ISO date or datetime, a month (``2022-01``), ``DD.MM.YYYY`` or an
        RFC 822 date as feeds and mail headers write it (``Mon, 03 Jan 2022 10:00:00 +0100``).
    RETURNS (str | None): The normalised date.
    """
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = _DMY.match(value)
        if not m:
            try:
                parsed = datetime.fromisoformat(value.strip())
            except ValueError:
                try:
                    parsed = parsedate_to_datetime(value.strip())
                except (TypeError, ValueError, IndexError):
                    return None
            return parsed.date().isoformat()
        d, mo, y = m.group(1), int(m.group(2)), int(m.group(3))
    try:
        if d is None:
            date(y, mo, 1)
            return f"{y:04d}-{mo:02d}"
        return date(y, mo, int(d)).isoformat()
    except ValueError:
        return None


def parse_partial_date(value: str | None) -> date | None:
    """Parse a stored date; a month-only date maps to the first of the month."""
    norm = normalise_date(value)
    if norm is None:
        return None
    return date.fromisoformat(norm if len(norm) == 10 else norm + "-01")
