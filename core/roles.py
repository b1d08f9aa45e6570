"""Roles as the article phrases them: titles, appositives, party tags and copulas.

"Defense Minister Danno Pevkur" (a title before the name), "Josep Borrell, the EU's
High Representative ..., said" (an appositive), "Sen. Tim Kaine (D-Va.)" (a party and
state tag), "Brieger is the current chairman of ..." (a copula). Honorifics (Mr., Ms.)
say nothing of a role and are left out.
"""

from __future__ import annotations

import re

from core import lexicons

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame"})
PARTY_TAG = re.compile(r"\s*\(([DRIL]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\)")
APPOSITIVE = re.compile(
    r",\s+((?:the|a|an|[A-Z][\w\u2019'.-]*)\s[^,;\u201c\u201d\"()]{3,160}?)(?=,|\.\s|\.$|\s+who\b|\s*$)"
)
RELATIVE = re.compile(r"\s+who\s+[^,;\u201c\u201d\"]{3,120}?(?=,|\.\s|\.$)")


def title_role(title: str) -> str | None:
    """The words before a name, less honorifics ("Austrian Army Gen." stays)."""
    words = [w for w in title.split() if w.rstrip(".").lower() not in HONORIFICS]
    role = " ".join(words).strip(" ,")
    return role if any(c.isalpha() for c in role) else None


def party_tag(text: str, end: int) -> str | None:
    """A party and state tag right after a name: "(R-Ind.)"."""
    match = PARTY_TAG.match(text, end)
    return f"({match.group(1)})" if match else None


def after_name(text: str, end: int) -> int:
    """Where the text after a name continues, past its party tag."""
    match = PARTY_TAG.match(text, end)
    return match.end() if match else end


def appositive_role(text: str, end: int) -> str | None:
    """ ", the EU's High Representative for ...," right after a name, with a following
    relative clause ("... from France who sits on the Subcommittee ...")."""
    match = APPOSITIVE.match(text, end)
    if not match or not _names_a_role(match.group(1)):
        return None
    tail = RELATIVE.match(text, match.end())
    return match.group(1) + (tail.group(0) if tail else "")


def copula_roles(text: str, surname: str) -> list[str]:
    """Roles given in "Brieger is the current chairman of ..." sentences."""
    pattern = re.compile(
        rf"\b{re.escape(surname)}\s+(?:is|was|has been|serves as|served as)\s+"
        r"((?:the|a|an)\s[^.;,\u201c\u201d\"]{3,120})"
    )
    return [m.group(1) for m in pattern.finditer(text) if _names_a_role(m.group(1))]


def _names_a_role(phrase: str) -> bool:
    nouns = lexicons.role_nouns()
    return any(
        w.lower().strip(".,\u2019's") in nouns or lexicons.is_title_word(w) for w in phrase.split()
    )
