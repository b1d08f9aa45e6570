"""People across the library: the speaker rows that are one person, stored.

Every distinct speaker key an article gives ("person:donald j trump", a surname bound to
its article "person:obama@1c692f97b2") keeps a row of ``speakers``; a row that is another
row's person points to it with ``merged_into`` (``joined = 'machine'`` when the library
joined it, a ``merges`` row when a reporter did). ``core.identity`` decides; this module
looks candidates up by surname (``speakers_surname``), never over all people, and keeps
the suggestions and the reporters' decisions on them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from core import nlp
from core.dates import month_span
from core.document import SpeakerKind
from core.identity import (
    Fit,
    Known,
    PersonName,
    best_by_role,
    best_known,
    full_fit,
    gender_hint,
    given_names_before,
    is_initials,
    name_gender,
    named_in_article,
    nickname_of,
    organisation_core,
    organisation_form,
    organisation_initials,
    owned_form,
    parse_name,
    role_counts,
    same_sovereign,
    same_words,
    short_form_of,
    surname_fits,
    title_offices,
)
from core.person_names import described_only
from core.records import said_count

FOLDED = (  # the rows folded into ?, itself included
    "WITH RECURSIVE folded(id) AS (SELECT ? UNION SELECT s.id FROM speakers s"
    " JOIN folded f ON s.merged_into = f.id)"
)


@dataclass(frozen=True)
class Suggestion:
    """Two rows that may be one person, with what speaks for it."""

    speaker_id: int
    candidate_id: int
    speaker: str
    candidate: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Variant:
    """A row folded into a person: a name form the library or a reporter joined."""

    id: int
    name: str
    quote_count: int
    by: str  # "machine" (joined when stored) or "human" (merged by a reporter)


def now() -> str:
    """The time now, as the library stores it (UTC, to the second)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


ORG = "org:"  # the ``surname`` of an organisation's row opens with it: no person's surname


def organisation_columns(name: str) -> tuple[str, str]:
    """What an organisation's row is looked up by (``surname``, ``given``): its initials and
    comparison form ("org:nyt", "new york times"; "org:nyt", "nyt" for "NYT") of the name
    without the words that describe it (:func:`core.identity.organisation_core`), or for a
    person's campaign, office or team its owner's surname and head, twice ("org:kasich
    campaign")."""
    owned = owned_form(name)
    if owned:
        return ORG + owned, owned
    name = department_of(organisation_core(name))  # "nationalist Global Times tabloid":
    # Global Times; "the Justice Department": Department of Justice
    return ORG + organisation_initials(name), organisation_form(name)


COUNTRY = r"(?:(?:U\.S\.|US|United\s+States)\s+)?"  # the department's country, left out
DEPARTMENT_OF = re.compile(  # "the U.S. Department of Labor", "Department of Health and Human
    rf"(?:[Tt]he\s+)?{COUNTRY}Department\s+of\s+(?:the\s+)?(.+)"  # Services"
)
DEPARTMENT_AFTER = re.compile(  # "the U.S. Justice Department", "Labor Dept."
    rf"(?:[Tt]he\s+)?{COUNTRY}((?:[A-Z][\w'\u2019-]*\s+(?:and\s+)?)+)(?:Department|Dept\.?)"
)


def department_of(name: str) -> str:
    """A government department's name as "Department of" and its field write it, the
    country left out: "the Justice Department", "the U.S. Department of Justice" and
    "Justice Dept." are "Department of Justice", one department a reporter writes either
    way; initials read from that form ("DHS") still name it. Any other name as it is: a
    place's department ("Chicago Police Department", "Florida Department of Health")
    keeps its own order."""
    found = DEPARTMENT_OF.fullmatch(name)
    if found is not None:
        return f"Department of {found.group(1)}"
    found = DEPARTMENT_AFTER.fullmatch(name)
    if found is None or "LOC" in nlp.gazetteer_marks(field := found.group(1).split()):
        return name
    return "Department of " + " ".join(field)


def shown_name(name: str, kind: SpeakerKind) -> str:
    """A speaker's name as the library shows it: a person's or an organisation's with
    typographic apostrophes written plain ("O\u2019Malley" as "O'Malley"), so that one
    person reads the same whichever article named them first, and as a reporter types the
    name; an unnamed speaker's phrase as its article writes it."""
    return name if kind == SpeakerKind.ANONYMOUS else name.replace("\u2019", "'")


def usual_name(forms: Sequence[tuple[str, str, int]]) -> str | None:
    """The name a person goes by, of the full-name ``forms`` (name, given names, quotations)
    folded into them: the most quoted (the first of ties), unless it is a formal name with
    a middle name or initial and another form's first name is a nickname of its own
    ("Richard J. Durbin" and "Dick Durbin", "Joseph R. Biden Jr." and "Joe Biden"): then
    the most quoted such form."""
    ranked = sorted(forms, key=lambda form: -form[2])
    if not ranked:
        return None
    given = ranked[0][1].split()
    if len(given) > 1:
        goes_by = [form for form in ranked if nickname_of(form[1].split()[0], given[0])]
        ranked = goes_by or ranked
    return ranked[0][0]


def name_columns(name: str, kind: str, gender: str | None = None) -> dict[str, Any]:
    """The name parts a speaker row is looked up by: a person's, an organisation's initials
    and comparison form (:func:`organisation_columns`)."""
    if (
        kind == SpeakerKind.ORGANISATION.value
        and not described_only(SpeakerKind.ORGANISATION, name)  # "the company": one article's
        and (found := organisation_columns(name))[1]
    ):
        return {"surname": found[0], "given": found[1], "suffix": None, "gender_hint": None}
    if kind != SpeakerKind.PERSON.value:
        return {"surname": None, "given": None, "suffix": None, "gender_hint": gender_hint(gender)}
    parsed = parse_name(name)
    return {
        "surname": parsed.surname or None,
        "given": " ".join(parsed.given) or None,
        "suffix": parsed.suffix or None,
        # a first name says more than an article that may have mixed two people up
        "gender_hint": name_gender(parsed) or gender_hint(gender),
    }


def _described(name: str) -> bool:
    """Is an organisation written with words that describe it ("Associated Press report";
    not "the Associated Press")?"""
    return organisation_form(organisation_core(name)) != organisation_form(name)


class People:
    """Joins, splits and suggestions over one library's ``speakers`` rows.

    ``refresh`` recomputes a row's derived columns (count, role, name) after its quotes
    moved; ``record`` stores a reporter's decision in ``corrections``; ``key`` gives a
    row's key (corrections name rows by key).
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        refresh: Callable[[int], None],
        record: Callable[[str, str, dict[str, Any]], None],
    ) -> None:
        self.db = db
        self._refresh = refresh
        self._record = record

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def root(self, speaker_id: int) -> int:
        """The person a row is folded into (itself when it is one)."""
        seen = set()
        while speaker_id not in seen:
            seen.add(speaker_id)
            into = self._one("SELECT merged_into FROM speakers WHERE id = ?", [speaker_id])
            if into is None:
                return speaker_id
            speaker_id = into
        return speaker_id

    # ------------------------------------------------------------ placing a row
    def place(self, speaker_id: int, known: Known) -> int:
        """Join a person row to the one person of the library it fits, or leave it apart
        with suggestions. Returns the row's person (``adopt`` it once its roles are
        stored)."""
        row = self.db.execute(
            "SELECT surname, given, suffix FROM speakers WHERE id = ? AND kind = 'person'"
            " AND merged_into IS NULL",
            [speaker_id],
        ).fetchone()
        if row is None or not row[0]:
            return self.root(speaker_id)
        name = PersonName(tuple((row[1] or "").split()), row[0], row[2] or "")
        if name.full:
            return self._place_full(speaker_id, name)
        return self._place_surname(speaker_id, name.surname, known)

    def _people_named(self, surname: str, speaker_id: int) -> dict[int, list[PersonName]]:
        """Persons with a full name of this surname, each with its full name forms."""
        rows = self.db.execute(
            "SELECT id, given, suffix FROM speakers INDEXED BY speakers_surname"
            " WHERE surname = ? AND given IS NOT NULL AND kind = 'person' AND id != ?",
            [surname, speaker_id],
        ).fetchall()
        found: dict[int, list[PersonName]] = {}
        for row_id, given, suffix in rows:
            person = self.root(row_id)
            if person != speaker_id and not self._distinct(speaker_id, person):
                found.setdefault(person, []).append(
                    PersonName(tuple(given.split()), surname, suffix or "")
                )
        return found

    def _place_full(self, speaker_id: int, name: PersonName) -> int:
        fits = {
            person: min(full_fit(name, form) for form in forms)
            for person, forms in self._people_named(name.surname, speaker_id).items()
        }
        for word in sorted(set(name.given) - {name.surname} if len(name.given) > 1 else ()):
            # the same words in another order: looked up by each given name as a surname
            for person, forms in self._people_named(word, speaker_id).items():
                if any(same_words(name, form) for form in forms):
                    fits[person] = Fit.SAME
        same = [p for p, fit in fits.items() if fit == Fit.SAME]
        if len(same) == 1:
            self._join(speaker_id, same[0])
            return same[0]
        self._suggest(speaker_id, [p for p, fit in fits.items() if fit != Fit.NONE])
        return speaker_id

    def _place_surname(self, speaker_id: int, surname: str, known: Known) -> int:
        """The article's own full names decide first ("Obama" in an article naming
        Michelle Obama); else the one person whose gender, title and role agree; with no
        full name of it in the library, the one pope or monarch of that name and title
        (:func:`core.identity.same_sovereign`)."""
        people = self._people_named(surname, speaker_id)
        facts = {person: self._known(person) for person in people}
        middle = not people
        if middle:
            people = self._called_by_middle_name(speaker_id, surname)
            facts = {p: replace(self._known(p), called_by_surname=True) for p in people}
        if not people and not known.named:  # no full name of it: a pope's or a monarch's?
            alike = [p for p in self._one_named(surname, speaker_id)
                     if same_sovereign(known, self._known(p))]  # fmt: skip
            if len(alike) == 1:
                self._join(speaker_id, alike[0])
                return alike[0]
            return speaker_id
        fits = [person for person in people if surname_fits(known, facts[person])]
        if middle and nlp.is_first_name(surname):
            # a first name alone joins no one on its own ("Leo"): a role must agree too
            fits = [person for person in fits if known.roles & facts[person].roles]
        named, unknown = named_in_article(known, people)
        if named or unknown:
            chosen = named[0] if len(named) == 1 and not unknown else None
            fits = named or fits
        else:
            chosen = fits[0] if len(fits) == 1 else best_by_role(known, fits, facts)
            chosen = chosen if chosen is not None else best_known(fits, facts)
        if chosen is not None:
            self._join(speaker_id, chosen)
            return chosen
        self._suggest(speaker_id, fits)
        return speaker_id

    def _one_named(self, name: str, speaker_id: int) -> list[int]:
        """Persons of this one name and no other, of other articles (their rows' roots)."""
        rows = self.db.execute(
            "SELECT id FROM speakers INDEXED BY speakers_surname WHERE surname = ?"
            " AND given IS NULL AND kind = 'person' AND merged_into IS NULL AND id != ?",
            [name, speaker_id],
        ).fetchall()
        return [r[0] for r in rows if not self._distinct(speaker_id, r[0])]

    def _called_by_middle_name(self, speaker_id: int, word: str) -> dict[int, list[PersonName]]:
        """Persons with a full name, one of whose middle names is this word, that an
        article called by it alone ("Lula" for Luiz Inácio Lula da Silva), each with its
        full name forms: who a surname-only row may be when no one has it as a surname.
        Looked up by the row's name among the forms the library keeps (indexed)."""
        written = self._one("SELECT name FROM speakers WHERE id = ?", [speaker_id])
        found: dict[int, list[PersonName]] = {}
        for (row_id,) in self.db.execute(
            "SELECT speaker_id FROM aliases WHERE form = ?", [written]
        ).fetchall():
            person = self.root(row_id)
            if person == speaker_id or person in found or self._distinct(speaker_id, person):
                continue
            row = self.db.execute(
                "SELECT given, surname, suffix FROM speakers WHERE id = ? AND kind = 'person'"
                " AND given IS NOT NULL",
                [person],
            ).fetchone()
            if row is not None and word in row[0].split()[1:]:
                found[person] = [PersonName(tuple(row[0].split()), row[1], row[2] or "")]
        return found

    def _known(self, person: int) -> Known:
        gender, offices, first, last, surname, quoted, origin = self.db.execute(
            "SELECT gender_hint, offices, seen_from, seen_to, surname,"
            " quote_count + statement_count, gender_origin FROM speakers WHERE id = ?",
            [person],
        ).fetchone()
        counts = role_counts(offices)
        words = frozenset(word for word, _ in counts)
        by_surname = bool(
            self._one(
                "SELECT 1 FROM aliases WHERE speaker_id = ? AND form = ? COLLATE NOCASE",
                [person, surname],
            )
        )
        seen = (first, last) if first and last else None
        return Known(
            gender, words, words, seen, called_by_surname=by_surname, role_counts=counts,
            quoted=quoted or 0, gender_bound=origin == "pronoun",
        )  # fmt: skip

    def known_of_row(self, speaker_id: int) -> Known:
        """What a surname-only row's own articles say of it (for adopting it later)."""
        name, gender, offices, first, last, origin = self.db.execute(
            "SELECT name, gender_hint, offices, seen_from, seen_to, gender_origin FROM speakers"
            " WHERE id = ?",
            [speaker_id],
        ).fetchone()
        words = frozenset(word for word, _ in role_counts(offices))
        text = self._one(
            "SELECT a.text FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.own_speaker_id = ? LIMIT 1",
            [speaker_id],
        )
        named = given_names_before(text, name) if text and " " not in name else frozenset()
        seen = (first, last) if first else None
        return Known(
            gender, title_offices(words), words, seen, named, gender_bound=origin == "pronoun"
        )

    def adopt(self, person: int) -> None:
        """Surname-only rows left apart: place them again now that this full-name person
        is new or known better (its roles, gender, surname use), so that the library does
        not depend on the order its articles came in."""
        row = self.db.execute(
            "SELECT surname, given FROM speakers WHERE id = ? AND given IS NOT NULL"
            " AND kind = 'person' AND merged_into IS NULL",
            [person],
        ).fetchone()
        if row is None:
            return
        surname, given = row
        # a middle name it is called by alone in some article ("Lula") is looked up too
        called = {
            parse_name(form).surname
            for (form,) in self.db.execute(
                "SELECT form FROM aliases WHERE speaker_id = ?", [person]
            ).fetchall()
            if " " not in form
        } & set(given.split()[1:])
        for word in (surname, *sorted(called)):
            orphans = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM speakers INDEXED BY speakers_surname WHERE surname = ?"
                    " AND given IS NULL AND merged_into IS NULL AND kind = 'person'",
                    [word],
                )
            ]
            for orphan in orphans:
                self._place_surname(orphan, word, self.known_of_row(orphan))

    def forms_only_of(self, speaker_id: int, other_id: int) -> list[str]:
        """The name forms of ``speaker_id`` that ``other_id`` lacks."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT form FROM aliases WHERE speaker_id = ? AND form NOT IN"
                " (SELECT form FROM aliases WHERE speaker_id = ?)",
                [speaker_id, other_id],
            )
        ]

    def place_spokesperson(self, speaker_id: int, organisation: int) -> int:
        """Join an unnamed spokesperson's new row to the organisation they speak for,
        unless a reporter keeps the two apart. Returns the row's person."""
        if self._distinct(speaker_id, organisation):
            return speaker_id
        self._join(speaker_id, organisation)
        return organisation

    def _join(self, speaker_id: int, person: int) -> None:
        """Fold a row into its person: its quotes and name forms go there."""
        self.db.execute(
            "UPDATE speakers SET merged_into = ?, joined = 'machine' WHERE id = ?",
            [person, speaker_id],
        )
        forms = self.forms_only_of(speaker_id, person)
        self.db.execute(
            "UPDATE speakers SET join_forms = ? WHERE id = ?", [json.dumps(forms), speaker_id]
        )
        self.add_forms(person, forms)
        self.db.execute(
            "UPDATE speakers SET seen_from = min(coalesce(seen_from, ?), coalesce(?, seen_from)),"
            " seen_to = max(coalesce(seen_to, ?), coalesce(?, seen_to)) WHERE id = ?",
            [*self.db.execute(
                "SELECT seen_from, seen_from, seen_to, seen_to FROM speakers WHERE id = ?",
                [speaker_id],
            ).fetchone(), person],
        )  # fmt: skip
        moved = self.db.execute(
            "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", [person, speaker_id]
        ).rowcount
        self.db.execute("DELETE FROM suggestions WHERE speaker_id = ?", [speaker_id])
        if moved:
            self._refresh(speaker_id)
        self._refresh(person)

    def add_forms(self, person: int, forms: Sequence[str]) -> None:
        for form in forms:
            self.db.execute(
                "INSERT OR IGNORE INTO aliases (speaker_id, form) VALUES (?, ?)", [person, form]
            )

    def _suggest(self, speaker_id: int, people: Sequence[int]) -> None:
        for person in people:
            self.db.execute(
                "INSERT OR IGNORE INTO suggestions (speaker_id, candidate_id, created_at)"
                " VALUES (?, ?, ?)",
                [speaker_id, person, now()],
            )

    # ------------------------------------------------------------ organisations
    def _organisations(self, lookup: str, speaker_id: int) -> dict[int, set[str]]:
        """The organisations (their rows' roots) looked up by ``lookup``, each with the
        comparison forms of its rows; the row itself, those a reporter keeps apart from it
        and short forms bound to their article ("the Times" there) left out."""
        found: dict[int, set[str]] = {}
        for row_id, form in self.db.execute(
            "SELECT id, given FROM speakers INDEXED BY speakers_surname WHERE surname = ?"
            " AND kind = 'organisation' AND id != ? AND instr(key, '@') = 0",
            [lookup, speaker_id],
        ).fetchall():
            root = self.root(row_id)
            if root != speaker_id and not self._distinct(speaker_id, root):
                found.setdefault(root, set()).add(form)
        return found

    def _plainer(self, speaker_id: int, org: int) -> bool:
        """Is a new row's name a plainer name of an organisation than the one its row
        shows: fewer words ("Mr. Rubio's campaign" beside "Presidential candidate Marco
        Rubio's campaign") or no words that describe it ("The Associated Press" beside
        "Associated Press report"), the row it joins not in initials?"""
        names = dict(
            self.db.execute("SELECT id, name FROM speakers WHERE id IN (?, ?)", [speaker_id, org])
        )
        new, shown = names[speaker_id], names[org]
        described = _described(shown) and not _described(new)
        return not is_initials(shown) and (len(new.split()) < len(shown.split()) or described)

    def short_form_target(self, name: str, text: str) -> int | None:
        """The organisation a one-word short form stands for in its article ("the Times":
        the one "... Times" the article names, :func:`core.identity.short_form_of`) when
        the library has it, else None."""
        longer = short_form_of(name, text)
        if longer is None:
            return None
        whole, whole_form = organisation_columns(longer)
        found = [
            org for org, forms in self._organisations(whole, 0).items()
            if whole_form in forms
        ]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def place_organisation(self, speaker_id: int, short_form_of: int | None) -> int:
        """Join a new organisation row to the one organisation of the library it names
        (:func:`core.identity.organisation_form`: case, a leading "the", a legal or web
        tail; a person's campaign or office by the owner's surname), its initials to the
        one organisation of those initials the library names in full ("NRA": the National
        Rifle Association) and the reverse, and a one-word short form to ``short_form_of``,
        the one longer name its article gives (:meth:`short_form_target`: "the Times" to
        The New York Times). Returns its root."""
        row = self.db.execute(
            "SELECT name, surname, given, key FROM speakers WHERE id = ?"
            " AND kind = 'organisation' AND merged_into IS NULL",
            [speaker_id],
        ).fetchone()
        if row is None or not (row[1] or "").startswith(ORG):
            return self.root(speaker_id)
        name, lookup, form, key = row
        if short_form_of is not None:
            self._join(speaker_id, short_form_of)
            return short_form_of
        if "@" in key:  # bound to its article ("Benghazi" read as a person there): its own
            return speaker_id
        found = self._organisations(lookup, speaker_id)
        same = [org for org, forms in found.items() if form in forms]
        initials = is_initials(name)
        if not same and initials:  # "NRA": the one organisation of those initials in full
            same = [org for org, forms in found.items() if any(" " in f for f in forms)]
        if len(same) == 1:
            if not initials and self._plainer(speaker_id, same[0]):
                self._join(same[0], speaker_id)  # "Mr. Rubio's campaign" names the row
                return speaker_id
            self._join(speaker_id, same[0])
            return same[0]
        if not initials and " " in form:  # the initials stored before, if these alone fit
            spelt = [org for org, forms in found.items() if any(" " in f for f in forms)]
            if not spelt:
                for org, forms in found.items():
                    if forms == {lookup.removeprefix(ORG)}:
                        self._join(org, speaker_id)
        return speaker_id

    # ------------------------------------------------------------ decisions
    def _distinct(self, a: int, b: int) -> bool:
        return bool(
            self._one(
                "SELECT 1 FROM distinct_people WHERE speaker_id = ? AND other_id = ?",
                sorted((a, b)),
            )
        )

    def set_distinct(self, a: int, b: int, key_a: str, key_b: str, distinct: bool) -> None:
        """A reporter's "not the same person" (or its undo), kept as a correction."""
        pair = sorted((a, b))
        if distinct:
            self.db.execute("INSERT OR IGNORE INTO distinct_people VALUES (?, ?)", pair)
        else:
            self.db.execute(
                "DELETE FROM distinct_people WHERE speaker_id = ? AND other_id = ?", pair
            )
        self._record(f"speaker:{key_a}", "distinct" if distinct else "same", {"other": key_b})

    def split(self, speaker_id: int) -> int:
        """Undo the library's join of a row: its quotes and forms come back, and the two
        are never joined again. Returns the person it was split from."""
        row = self.db.execute(
            "SELECT s.name, s.joined, s.merged_into, s.join_forms, p.name FROM speakers s"
            " LEFT JOIN speakers p ON p.id = s.merged_into WHERE s.id = ?",
            [speaker_id],
        ).fetchone()
        if row is None:
            raise KeyError(f"no speaker {speaker_id} in the library")
        name, joined, person, forms, into = row
        if person is None:
            raise ValueError(f"{name} (id:{speaker_id}) is joined to no one: nothing to split off")
        if joined != "machine":
            raise ValueError(
                f"{name} (id:{speaker_id}) was merged into {into} by a reporter, not joined by"
                " the library: only the library's joins split off"
            )
        root = self.root(person)
        self.db.execute(
            "UPDATE speakers SET merged_into = NULL, joined = NULL, join_forms = NULL WHERE id = ?",
            [speaker_id],
        )
        for form in json.loads(forms or "[]"):
            self.db.execute(
                "DELETE FROM aliases WHERE speaker_id = ? AND form = ? AND NOT EXISTS"
                " (SELECT 1 FROM aliases a JOIN speakers s ON s.id = a.speaker_id"
                "  WHERE s.merged_into = ? AND a.form = ?)",
                [person, form, person, form],
            )
        self.db.execute(
            "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND own_speaker_id = ?",
            [speaker_id, root, speaker_id],
        )
        self.db.execute(
            "INSERT OR IGNORE INTO distinct_people VALUES (?, ?)", sorted((speaker_id, root))
        )
        self._refresh(speaker_id)
        self._refresh(root)
        return root

    def rejoin(self, speaker_id: int, person: int) -> None:
        """Undo ``split``: the row goes back into the person it was split from."""
        self.db.execute(
            "DELETE FROM distinct_people WHERE speaker_id = ? AND other_id = ?",
            sorted((speaker_id, person)),
        )
        self._join(speaker_id, person)

    # ------------------------------------------------------------ reading
    def variants(self, person: int) -> list[Variant]:
        """The rows folded into a person (directly), most quoted first."""
        rows = self.db.execute(
            "SELECT s.id, s.name, (SELECT count(*) FROM quotes q WHERE q.speaker_id = ?"
            " AND q.own_speaker_id = s.id), s.joined FROM speakers s WHERE s.merged_into = ?",
            [person, person],
        ).fetchall()
        out = [Variant(r[0], r[1], r[2], "machine" if r[3] == "machine" else "human") for r in rows]
        return sorted(out, key=lambda v: (-v.quote_count, v.name))

    def _open(self) -> str:
        """Suggestions still open: both rows people with quotes or reported statements
        (a "Trump" the article only reports beside Donald Trump is a row a reporter sees
        too), neither folded, no decision taken on the pair. Read from the few
        suggestions out (CROSS JOIN fixes the order): the planner would otherwise walk
        every speaker with quotes."""
        return (
            " FROM suggestions g CROSS JOIN speakers a ON a.id = g.speaker_id"
            " CROSS JOIN speakers b ON b.id = g.candidate_id"
            " WHERE a.merged_into IS NULL AND b.merged_into IS NULL"
            " AND (a.quote_count > 0 OR a.statement_count > 0)"
            " AND (b.quote_count > 0 OR b.statement_count > 0)"
            " AND NOT EXISTS (SELECT 1 FROM distinct_people d WHERE d.speaker_id ="
            " min(a.id, b.id) AND d.other_id = max(a.id, b.id))"
        )

    def count_suggestions(self) -> int:
        return int(self._one("SELECT count(*)" + self._open()))

    def is_suggested(self, a: int, b: int) -> bool:
        """Whether rows ``a`` and ``b`` (either way round) are a suggestion still open."""
        pair = " AND min(a.id, b.id) = ? AND max(a.id, b.id) = ?"
        return bool(self._one("SELECT count(*)" + self._open() + pair, [min(a, b), max(a, b)]))

    def suggestions(self, offset: int = 0, limit: int = 200) -> list[Suggestion]:
        rows = self.db.execute(
            "SELECT a.id, b.id, a.name, b.name" + self._open()
            + " ORDER BY a.quote_count + b.quote_count DESC, a.id, b.id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()  # fmt: skip
        return [Suggestion(a, b, na, nb, self.evidence(a, b)) for a, b, na, nb in rows]

    def evidence(self, a: int, b: int) -> tuple[str, ...]:
        """What two rows share, in words a reporter reads: surname, title, roles, articles."""
        rows = {
            r[0]: r[1:]
            for r in self.db.execute(
                "SELECT id, name, surname, given, gender_hint, offices, role, quote_count,"
                " statement_count, seen_from, seen_to FROM speakers WHERE id IN (?, ?)",
                [a, b],
            )
        }
        (name_a, surname, given_a, gender_a, offices_a, role_a, *said_a) = rows[a]
        (name_b, _, given_b, gender_b, offices_b, role_b, *said_b) = rows[b]
        said = []
        if surname and surname == rows[b][1]:
            said.append(f"same surname \u201c{surname.title()}\u201d")
        if given_a and given_b and given_a.split()[0][0] == given_b.split()[0][0]:
            said.append("given names agree")
        elif not given_a or not given_b:
            said.append(f"\u201c{name_a if not given_a else name_b}\u201d gives no first name")
        shared = {w for w, _ in role_counts(offices_a)} & {w for w, _ in role_counts(offices_b)}
        if shared:
            said.append("both called " + ", ".join(sorted(shared)))
        if gender_a and gender_b and gender_a == gender_b:
            said.append("same gender")
        for name, role, (count, reported, first, last) in (
            (name_a, role_a, said_a),
            (name_b, role_b, said_b),
        ):
            when = _months(first, last)
            said.append(f"{name}: {role or 'no role'} ({said_count(count, reported)}{when})")
        return tuple(said)


def _months(first: str | None, last: str | None) -> str:
    """When a person was quoted, by month, for a pair's evidence: ", 2016-02 \u2013 2016-07",
    as the person panel writes it, or one month once (", 2016-07"); nothing without dates."""
    return ", " + month_span(first, last) if first and last else ""
