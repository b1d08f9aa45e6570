"""Dates as reporters type them and pages state them, stored as ISO dates."""

from __future__ import annotations

import pytest

from core.dates import DateError, month_span, read_date, written_date


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("Sept. 30, 2016", "2016-09-30"),
        ("30 September 2016", "2016-09-30"),
        ("Friday, September 30, 2016", "2016-09-30"),
        ("2016-09-30", "2016-09-30"),
        ("2016-09-30T23:30:00-04:00", "2016-09-30"),  # the day the page states, not UTC's
        ("09/30/2016", "2016-09-30"),
        ("9/30/16", "2016-09-30"),
        ("Sept. 30, 2016 5:02 p.m. ET", "2016-09-30"),
        ("September 2016", "2016-09"),
        ("2016-09", "2016-09"),
        ("2016", "2016"),
        ("  2016-09-30 ", "2016-09-30"),
    ],
)
def test_read_date(typed: str, iso: str) -> None:
    assert read_date(typed) == iso


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("yesterday", "cannot read 'yesterday' as a date"),
        ("Feb. 30, 2016", "cannot read 'Feb. 30, 2016' as a date"),
        ("30 Sept", "'30 Sept' has no year"),
        ("n.d.", "cannot read 'n.d.' as a date"),
        ("99999999999999999999", "cannot read"),
    ],
)
def test_unreadable_dates_say_so(typed: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        read_date(typed)


def test_written_date() -> None:
    assert written_date("2016-09-30") == "September 30, 2016"
    assert written_date("2016-09") == "September 2016"
    assert written_date("2016") == "2016"
    assert written_date("junk") is None


def test_month_span_names_one_month_once() -> None:
    """The speaker panel's role history, the timeline's captions and a duplicate pair's
    evidence all write a stretch of time so."""
    assert month_span("2015-11-03", "2016-02-28") == "2015-11 \u2013 2016-02"
    assert month_span("2016-07-01", "2016-07-30") == "2016-07"
