"""asked60: a batch of invented probes about **the one asked speaks next**: 10 US-politics
stories in the genre of the held-out split (an opinion column, wire copy, features, a live
blog of a hearing, a town hall) where a question put to someone is followed by an answer
whose speaker is only a pronoun: the columnist's "I asked a longtime Republican senator
... whether ... He stirred his coffee. “...,” he said", "I put the same question to a
veteran House member", "Reporters asked Talbert to respond. “...,” he said", "reporters
pressed Brock on whether ..." with the answer in the next paragraph, "a retired teacher
... questioned Ward about ...", "Sen. Pike asked Attorney General Dominguez whether ...".
And the negatives: "Obama asked Congress to approve the money. “...,” he said" (no
question, the asker speaks on), "The president also asked governors to expand ...", the
asker who answers himself ("he asked the crowd whether ... Then he answered"; "“...?”
Carrow asked. “...,” he said"), and another voice cutting in before the one asked answers
("Before he could answer, the press secretary, Ian Voss, stepped in").

Every person and event is invented (President Obama appears in his public role), and every
quotation is written for this batch. Every expected speaker was written before On Record
read the probes (the articles and this list were committed first). A nominal speaker counts
in either case of its first letter. First judged on main (f75d166): 47 of 50 right (6%
wrong); the three wrong are the columnist's own questions in a01 ("I asked a longtime
Republican senator ... whether ... “...,” he said" twice, given to the party chairman quoted
before; "I put the same question to a veteran House member from Texas ... “...,” she said",
given to the byline). Most of the batch was right before any mend: a pronoun of the other sex
than the last speaker, or the one asked being the last named, already picks the one asked;
the form is hard only where the asker or the last speaker shares the answerer's sex. After
the mend (the one a question was last put to, in the pronoun's paragraph or the one before,
no other words or person between, answers): 50 of 50.
The quotations still wrong are listed in KNOWN_WRONG_ASKED60 with what On Record gives and
why; the figure is printed by ``test_asked_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_asked60.json")
FIRST_JUDGED = 47  # right on main f75d166 before any mend, of 50

_SENATOR = (
    "a longtime Republican senator from the Midwest",
    "A longtime Republican senator from the Midwest",
    "a longtime Republican senator",
    "longtime Republican senator from the Midwest",
    "longtime Republican senator",
    "the senator",
    "senator",
)
_HOUSE_MEMBER = (
    "a veteran House member from Texas",
    "A veteran House member from Texas",
    "a veteran House member",
    "veteran House member from Texas",
    "veteran House member",
)

PROBES_ASKED60: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("a01", "leave Cleveland a unified party", ("Reed Haskins",)),
    ("a01", "campaign for the ticket in my state", _SENATOR),
    ("a01", "Whether he comes to my state", _SENATOR),
    ("a01", "going anywhere near him", ("Grant Pellew",)),
    ("a01", "Ask me after the convention", _HOUSE_MEMBER),
    ("a02", "has forgotten the people who build things", ("Rick Talbert",)),
    ("a02", "not documented the way state law requires", ("Dennis Kemp",)),
    ("a02", "a political hit job", ("Rick Talbert",)),
    ("a02", "Every one of those trips", ("Rick Talbert",)),
    ("a02", "The numbers are the numbers", ("Dennis Kemp",)),
    ("a02", "damning", ("Luis Ortega",)),
    ("a03", "they vote for the person", ("Carl Mabry",)),
    ("a03", "declared war on coal", ("Tyler Huff",)),
    ("a03", "I haven’t decided", ("Carl Mabry",)),
    ("a03", "keeps the mines open", ("Carl Mabry",)),
    ("a03", "even say her name", ("Dana Cole",)),
    ("a04", "review it like any other request", ("Kevin Lusk",)),
    ("a04", "a disease, not a character flaw", ("Obama", "Barack Obama", "President Obama")),
    ("a04", "another 78 Americans die", ("Obama", "Barack Obama", "President Obama")),
    ("a04", "We were one of the first", ("Nathan Pruett",)),
    ("a05", "cut Medicare for 200,000", ("Owen Whitlock",)),
    ("a05", "read enough of it", ("Dale Brock",)),
    ("a05", "read every comma", ("Dale Brock",)),
    ("a05", "read the bills he signs", ("Marcus Tate",)),
    ("a06", "fixed more bridges", ("Gary Lindahl",)),
    ("a06", "Your pension is safe", ("Paul Ward",)),
    ("a06", "lose a dime", ("Paul Ward",)),
    ("a06", "same thing four years ago", ("Helen Boyce",)),
    ("a06", "what these meetings are for", ("Nick Salvatore",)),
    ("a07", "We have the votes", ("Kevin Marsh",)),
    ("a07", "They don’t, and they know", ("Sam Ferris",)),
    ("a07", "Count again", ("Sam Ferris",)),
    ("a07", "get to yes", ("Joel Abernathy",)),
    ("a07", "Give us something on spending", ("Joel Abernathy",)),
    ("a08", "still being amended", ("Ian Voss",)),
    ("a08", "look at the final version", ("Ian Voss",)),
    ("a08", "He hates this bill", ("Wes Ormand",)),
    ("a08", "Everyone in this building", ("Wes Ormand",)),
    ("a08", "My door is open", ("Patricia Dunleavy",)),
    ("a09", "No, we can’t", ("Jack Kimball",)),
    ("a09", "Not one more day", ("Jack Kimball",)),
    ("a09", "Jack asks the questions", ("Harold Prentiss",)),
    ("a09", "Maybe next time", ("Jack Kimball",)),
    ("a09", "He didn’t hear me", ("Ed Sorensen",)),
    ("a10", "decide this in November", ("Walter Greer",)),
    ("a10", "We were not, and I would not", ("Roy Dominguez",)),
    ("a10", "Do you believe the executive action", ("Ted Carrow",)),
    ("a10", "I have read the briefs", ("Ted Carrow",)),
    ("a10", "clear the room", ("Walter Greer",)),
    ("a10", "a waste of everyone’s morning", ("Lorraine Pike",)),
]

KNOWN_WRONG_ASKED60: dict[tuple[str, str], tuple[str | None, str]] = {}

test_probe_speaker_asked_batch, test_asked_batch_figure = judged_batch_tests(
    "asked60", PROBES, PROBES_ASKED60, KNOWN_WRONG_ASKED60, FIRST_JUDGED, size=50
)


N = "\n\n"
_BEFORE = "“We will win this state,” party chairman Glen Ashby said on Monday." + N


def test_the_one_asked_answers_in_the_next_paragraph() -> None:
    """ "A reporter asked Nolan whether ... | “...,” he said": Nolan, not the man named and
    quoted before nor the asker."""
    text = (
        _BEFORE + "Last week, the Ledger’s Tom Quayle asked Rep. Dan Nolan whether his age "
        "mattered in the race." + N + "“Not one bit,” he said."
    )
    assert _speaker(text, "Not one bit") == "Dan Nolan"


def test_the_one_the_writer_asks_answers_after_a_pause() -> None:
    """ "I asked a veteran senator ... whether ... He paused. “...,” he said": the unnamed
    senator; "I put the question to a longtime delegate from Ohio," the same."""
    asked = (
        _BEFORE + "I asked a veteran Republican senator whether he would endorse. "
        "He paused. “Maybe in June,” he said."
    )
    assert _speaker(asked, "Maybe in June") in {"a veteran Republican senator", "senator"}
    put = (
        _BEFORE + "I put the same question to a longtime delegate from Ohio, who laughed. "
        "“Ask me later,” he said."
    )
    assert _speaker(put, "Ask me later") == "a longtime delegate from Ohio"


def test_no_question_or_another_voice_keeps_the_speaker() -> None:
    """The negatives: "asked Congress to act" is a request, not a question; the asker who
    quotes his question and goes on; another who cuts in before the one asked answers."""
    request = (
        _BEFORE + "Gov. Hal Brandt asked Congress to act on the bill. “Every day counts,” he said."
    )
    assert _speaker(request, "Every day counts") == "Hal Brandt"
    asker = (
        _BEFORE + "Sen. Ray Colt questioned Dr. Ken Ames about the delay. “Why wait?” Colt "
        "asked. “I know the answer,” he said."
    )
    assert _speaker(asker, "I know the answer") == "Ray Colt"
    cut_in = (
        _BEFORE + "I asked Wes Orr whether the governor would sign. Before he could answer, "
        "the press secretary, Ian Voss, stepped in. “No comment,” he said."
    )
    assert _speaker(cut_in, "No comment") == "Ian Voss"
    crowd = (
        _BEFORE + "Gov. Hal Brandt asked the crowd whether they wanted four more years. "
        "“No, we don’t,” he said."
    )
    assert _speaker(crowd, "No, we don") == "Hal Brandt"


def test_of_two_who_fit_the_nominal_the_one_asked_answers() -> None:
    """ "The moderator asked Voss to respond. “...,” the former governor said": of two
    former governors, the one asked, not the one who spoke last."""
    text = (
        "Former Gov. Dale Voss of Ohio and former Gov. Carl Brink of Iowa met in a forum."
        + N
        + "Voss praised his record. “We cut taxes,” the former Ohio governor said."
        + N
        + "Brink said he had done more. “We cut them twice,” the former Iowa governor said."
        + N
        + "The host, Jan Ruiz, asked Voss to respond. “Not true,” the former governor said."
    )
    assert _speaker(text, "Not true") == "Dale Voss"


def test_a_request_with_if_is_no_question() -> None:
    """ "Lund asked her to call Mr. Pryor right away if she could. “...,” he wrote": the one
    asked to act is no one asked a question; the asker writes on."""
    text = (
        "Jim Lund, the group’s director, wrote to Ms. Ames and Mr. Pryor in May."
        + N
        + "Lund asked her to call Mr. Pryor right away if she could. “This is urgent,” he wrote."
    )
    assert _speaker(text, "This is urgent") == "Jim Lund"


def test_the_asker_acting_after_the_answer_speaks_on() -> None:
    """ "Pike asked Hart how many had come. Hart told her. The governor sighed. “...,” she
    said": the governor, who asked, acts after the answer and speaks; not the one asked."""
    text = (
        "Gov. Ann Pike toured the county with her aide, Lisa Hart, on Monday."
        + N
        + "On the bus, Pike asked Hart how many people had come. Hart told her. The governor "
        "sighed. “You always round up,” she said."
    )
    assert _speaker(text, "You always round up") == "Ann Pike"
