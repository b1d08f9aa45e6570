"""The kind evidence's quick searches find what the patterns they replace find."""

import re

from core.kind_evidence import _form_spans
from tests.random_texts import joined

# words of forms and what may stand between them: spaces, periods, a hyphen, an
# apostrophe, letters, a digit, "_", an accented letter
PARTS = ["Bo", "Al", "Bo", "St", "Bob", "É", "1", "_"]
GLUE = [" ", " ", "  ", "\t", "\xa0", "\n", ". ", ".", "-", "", "'", "é", "x", ", "]
FORMS = ["Bo", "Bo Al", "Bo Bo", "Bo Bo Bo", "St. Bo", "Bo-Al", "É Bo", "Bo ", ".Bo", "'Bo", ""]


def test_form_spans_are_the_matches_of_the_form_pattern() -> None:
    texts = joined(11, 2000, PARTS, GLUE, 8) + ["Bo Bo Bo Bo Al", ".Bo Al xBo Al Bo Alx", "St. Bo"]
    for text in texts:
        for form in FORMS:
            pattern = rf"(?<![\w.]){re.escape(form)}(?!\w)"
            expected = [m.span() for m in re.finditer(pattern, text)]
            assert _form_spans(form, text) == expected, (text, form)
