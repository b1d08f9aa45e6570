"""A quote's row in the sorted list counted by ``Queries.quote_position`` rather than read:
the window keeps a quote selected after a re-sort, and reopens on it, at any depth of a
million-row list. The count must equal the row the paged read gives, under ties of date,
name and title (case apart), NULL titles and dates, unattributed rows and every filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.queries import SORTS
from tests.test_quote_order import FILTERS, every_place_filters, filter_id, library_of_ties


@pytest.mark.parametrize("filters", FILTERS, ids=filter_id)
def test_the_counted_row_is_the_row_the_list_reads(tmp_path: Path, filters: dict) -> None:
    with library_of_ties(tmp_path / "lib.db") as library:
        for order in SORTS:
            for descending in (False, True):
                listed = library.quotes(order=order, descending=descending, limit=1000, **filters)
                ranked = order == "date" and descending and "search" in filters
                for row, quote in enumerate(listed):
                    found = library.quote_position(
                        quote.id, order=order, descending=descending, **filters
                    )
                    assert found == (None if ranked else row), (order, descending, quote.id)
                outside = {
                    r.id for r in library.quotes(limit=1000, hidden=not filters.get("hidden"))
                }
                for quote_id in sorted(outside - {r.id for r in listed})[:5]:
                    assert (
                        library.quote_position(
                            quote_id, order=order, descending=descending, **filters
                        )
                        is None
                    )


@pytest.mark.parametrize("filters", every_place_filters(), ids=filter_id)
def test_the_rows_beside_a_quote_are_the_rows_the_list_reads_there(
    tmp_path: Path, filters: dict
) -> None:
    with library_of_ties(tmp_path / "lib.db") as library:
        for order in SORTS:
            for descending in (False, True):
                listed = library.quotes(order=order, descending=descending, limit=1000, **filters)
                ids = [r.id for r in listed]
                ranked = order == "date" and descending and "search" in filters
                for row, quote in enumerate(listed):
                    for limit in (1, 3, 100):
                        kwargs = {"order": order, "descending": descending, "limit": limit}
                        after = library.quotes_beside(quote.id, after=True, **kwargs, **filters)
                        before = library.quotes_beside(quote.id, after=False, **kwargs, **filters)
                        if ranked:
                            assert after == before == []
                            continue
                        where = (order, descending, quote.id, limit)
                        assert [r.id for r in after] == ids[row + 1 : row + 1 + limit], where
                        assert [r.id for r in before] == ids[max(0, row - limit) : row], where
                        assert after == listed[row + 1 : row + 1 + limit]  # whole rows
