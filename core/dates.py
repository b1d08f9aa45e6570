"""Publication dates as people write them, read into ISO dates that keep their precision.

``read_date("Sept. 30, 2016")`` is ``"2016-09-30"``, ``"September 2016"`` is ``"2016-09"``
and ``"2016"`` is ``"2016"``: a citation prints no day nobody gave. python-dateutil reads
the forms; a date without a year, or one that is no date, raises :class:`DateError` with a
message that says so. Numeric dates are read month first (09/30/2016), as US papers
write them; an ISO date-time keeps the day it states, whatever its time zone.
"""

from __future__ import annotations

import re
from datetime import date, datetime

ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# two defaults differing in every field: a field the text leaves out differs between them
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 2, 2))


class DateError(ValueError):
    """A date that cannot be read; ``str()`` says which and why."""


def read_date(written: str) -> str:
    """``written`` as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, as precise as it is."""
    from dateutil import parser  # here: a fifth of the imports `onrecord extract` needs

    text = " ".join(written.split())
    try:
        first, second = (
            parser.parse(text, default=default, ignoretz=True) for default in _DEFAULTS
        )
    except (ValueError, OverflowError) as error:
        raise DateError(f"cannot read {text!r} as a date (write e.g. 2016-09-30)") from error
    if first.year != second.year:
        raise DateError(f"{text!r} has no year")
    if first.month != second.month:
        return f"{first.year:04d}"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}"
    return first.date().isoformat()


def date_parts(iso: str | None) -> tuple[int, ...]:
    """``"2016-09-30"`` → ``(2016, 9, 30)``; empty for anything not an ISO date."""
    if not iso or not ISO_DATE.match(iso):
        return ()
    parts = tuple(int(p) for p in iso.split("-"))
    try:
        date(*parts, *(1,) * (3 - len(parts)))
    except ValueError:
        return ()
    return parts


def month_span(first: str, last: str) -> str:
    """The months from ISO date ``first`` to ``last``: "2015-11 \u2013 2016-02", or one
    month once ("2016-07", not "2016-07 \u2013 2016-07"). Every stretch of months the
    window shows is written so: the speaker panel's role history, the timeline's
    captions and a possible duplicate pair's evidence."""
    start, end = first[:7], last[:7]
    return start if start == end else f"{start} \u2013 {end}"


def written_date(iso: str | None) -> str | None:
    """ "2016-09-30" → "September 30, 2016", "2016-09" → "September 2016"."""
    parts = date_parts(iso)
    if not parts:
        return None
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[parts[1] - 1]
    return f"{month} {parts[2]}, {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# the days' names in lower case, for word lists of time phrases
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
