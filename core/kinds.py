"""The kinds of speech a stored row holds: a quotation, or reported speech (with a quote
in it or not). Apart from :mod:`core.records` (which gives them to the library's users),
so that the tables that count rows by kind (:mod:`core.list_counts`, imported by every
command through :mod:`core.schema`) do not import the rows' dataclasses, nor through them
the analysis' :mod:`core.document`: ``onrecord extract`` imports those with the analysis,
their methods compiled once and kept (:func:`core.packages.compiled_kept`)."""

from __future__ import annotations

QUOTE_KIND = "quote"  # a row that is a quotation; the others are statements without marks
REPORTED_KINDS = ("reported", "mixed")  # reported speech, and reported speech with a quote
ALL_KINDS = (QUOTE_KIND, *REPORTED_KINDS)
