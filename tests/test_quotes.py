"""The quotation-mark scanner, on sentences written for these tests."""

from core.quotes import scan


def spans(text: str) -> list[str]:
    return [text[q.span.start : q.span.end] for q in scan(text)]


def test_curly_and_straight_marks() -> None:
    text = 'She said \u201cwe will win,\u201d and he replied "not today."'
    assert spans(text) == ["we will win,", "not today."]


def test_angle_marks_and_two_apostrophes() -> None:
    assert spans("Il a dit \u00abnon\u00bb hier.") == ["non"]
    assert spans("He said ''it is over'' then left.") == ["it is over"]


def test_single_marks_pair_but_apostrophes_do_not() -> None:
    text = "Voters\u2019 mood: \u2018We won\u2019t stop,\u2019 she said. Don\u2019t."
    assert [q.single for q in scan(text)] == [True]
    assert spans(text) == ["We won\u2019t stop,"]


def test_quote_over_several_paragraphs() -> None:
    text = "\u201cFirst paragraph of it.\n\n\u201cSecond one.\n\n\u201cLast,\u201d he said."
    found = scan(text)
    assert spans(text) == ["First paragraph of it.", "Second one.", "Last,"]
    assert [(q.continued, q.continues) for q in found] == [
        (True, False),
        (True, True),
        (False, True),
    ]


def test_straight_quote_over_paragraphs_and_unclosed_straight_dropped() -> None:
    text = 'He said: "one\n\n"two." Then "never closed\n\nNext paragraph.'
    assert spans(text) == ["one", "two."]


def test_stray_opening_mark_restarts_and_scan_goes_on() -> None:
    text = (
        "A stray \u201c mark, then \u201creal words\u201d and \u201d a stray close "
        "\u201cmore\u201d."
    )
    assert spans(text) == ["real words", "more"]


def test_offsets_always_index_the_text() -> None:
    text = '\u201c\U0001f600 emoji first,\u201d she said. "\u05e9\u05dc\u05d5\u05dd" too.'
    for q in scan(text):
        assert text[q.opener] in '\u201c"'
        assert q.span.start == q.opener + 1


def test_linear_on_many_marks() -> None:
    text = "\u201c" * 50_000 + '"' * 50_001 + "\u201d" * 50_000
    assert isinstance(scan(text), list)


def test_straight_single_marks_quote_as_british_papers_do() -> None:
    text = (
        "'We were told it was settled,' said Ana Lind. 'Committed to what?' she asked. "
        "In the '90s, rock 'n' roll and the voters' mood; let 'em go. Don't."
    )
    assert spans(text) == ["We were told it was settled,", "Committed to what?"]
    assert all(q.single for q in scan(text))


def test_single_marks_inside_a_double_quotation_nest() -> None:
    text = "He said \"it's 'fine' now\" and \u201cthe \u2018plan\u2019 holds\u201d."
    assert spans(text) == ["it's 'fine' now", "the \u2018plan\u2019 holds"]


def test_marks_of_the_other_kind_inside_a_double_quotation_nest() -> None:
    text = "\u201cThe sign said \u00abclosed\u00bb all week,\u201d said Ann Fox."
    assert spans(text) == ["The sign said \u00abclosed\u00bb all week,"]
    text = "\u00abNous avons dit \u201cnon\u201d au projet\u00bb, a-t-elle dit."
    assert spans(text) == ["Nous avons dit \u201cnon\u201d au projet"]
    # a second mark of the same kind still restarts the quotation
    assert spans("\u201cstray \u201cWe won,\u201d she said.") == ["We won,"]


def test_single_quote_over_paragraphs() -> None:
    text = "'First paragraph of it.\n\n'Last,' he said. \u2018One\n\n\u2018two.\u2019"
    found = scan(text)
    assert spans(text) == ["First paragraph of it.", "Last,", "One", "two."]
    assert [(q.continued, q.continues) for q in found] == [
        (True, False),
        (False, True),
        (True, False),
        (False, True),
    ]


def test_a_nickname_quoted_inside_a_name_is_no_quotation() -> None:
    assert spans('Margaret "Peggy" Lindqvist said "we wait."') == ["we wait."]
    assert spans("Security contractor John \u201cTig\u201d Tiegen left.") == []
    assert spans('Dwayne "The Rock" Johnson waved.') == []
    # no first name before it, or no name after it: words quoted as words
    assert spans("It felt \u201cInvisible\u201d As ever.") == ["Invisible"]
    assert spans('Bernie "Feel the Bern" rally') == ["Feel the Bern"]


def test_a_heading_in_quotation_marks_is_no_quotation() -> None:
    """A paragraph that is only a quoted label over links ("See also:") or a quoted subhead
    in capitals quotes no one where it stands."""
    assert spans('The mayor spoke for an hour.\n\n"See also:"\n\nCity Budget Passes.') == []
    assert spans("Intro.\n\n\u201cRead more:\u201d.\n\nLinks") == []
    subhead = "Ortiz said: \u201cslow and costly.\u201d\n\n\u201cSLOW AND COSTLY\u201d\n\nIt"
    assert spans(subhead) == ["slow and costly."]


def test_a_quoted_paragraph_that_says_something_is_a_quotation() -> None:
    # a cry, a long line ending in a colon, a quote led by a colon, a label in running text
    assert spans("Intro.\n\n\u201cNO MORE WAITING!\u201d\n\nThe crowd") == ["NO MORE WAITING!"]
    colon = "Intro.\n\n\u201cHere is what the voters of this county told us:\u201d\n\nNext"
    assert spans(colon) == ["Here is what the voters of this county told us:"]
    assert spans("Ortiz tweeted:\n\n\u201cVOTE ON TUESDAY\u201d\n\nIt") == ["VOTE ON TUESDAY"]
    assert spans('He typed "See also:" and stopped.') == ["See also:"]


def test_a_quotation_inside_one_of_the_other_kind_comes_after_it() -> None:
    """The inner “...” closes before the outer "...", yet the outer opens first: the
    scanner lists them by their opening marks, so the outer block is not lost."""
    block = "The agency waited. \u201cWe had no orders,\u201d one clerk said."
    text = 'As the senator wrote:\n\n"' + block + '"'
    assert spans(text) == [block, "We had no orders,"]


def test_a_curly_mark_that_ends_its_paragraph_opens_nothing() -> None:
    text = 'It will get worse.\u201c\n\nTaxes rose. The mayor called it "a scandal" and left.\u201d'
    assert spans(text) == ["a scandal"]


def test_an_open_straight_quote_ends_where_a_curly_one_goes_on() -> None:
    """A paragraph that opens a straight quotation and a curly one, closing neither, and
    a next paragraph that reopens only the curly one: the straight one is dropped."""
    text = '"The vote was close, a \u201cmandate\n\n\u201cNot really,\u201d she said.'
    text += '\n\n"Yes," he said.'
    assert spans(text) == ["mandate", "Not really,", "Yes,"]


def test_a_double_mark_of_the_other_kind_closes_where_it_stands_as_a_closer() -> None:
    """Mixed marks, as some outlets type them: “..." and "...” are quotations, the
    narrative between them is not; a mark of the other kind after a space opens a quotation
    nested inside instead."""
    text = '\u201cWe will fix it,"  Mayor Ruiz said. "The roads come first.\u201d Then she left.'
    assert spans(text) == ["We will fix it,", "The roads come first."]
    text = 'Ruiz called it \u201ca mess" on Friday, and "a disgrace\u201d, by Monday.'
    assert spans(text) == ["a mess", "a disgrace"]
    nested = '\u201cShe told me "no" twice,\u201d he said.'
    assert spans(nested) == ['She told me "no" twice,', "no"]
    assert spans("It was 'over' then, \u201cwe won' he said.") == ["over"]


def test_inch_marks_and_apostrophes_are_no_quotation_marks() -> None:
    """A straight mark after a number inside a curly quotation is an inch mark, not its
    close; apostrophes inside and after words quote nothing."""
    text = '\u201cWe bought a 55" screen for the office,\u201d Ann Fox said.'
    assert spans(text) == ['We bought a 55" screen for the office,']
    assert spans("The voters' choice: don't wait, rock 'n' roll.") == []


def test_a_curly_mark_typed_the_wrong_way_round_is_read_by_its_side() -> None:
    """“ after a word or a comma and before a space closes the open quotation; ” after a
    space and before a word opens one. A second “ after a space still restarts."""
    assert spans("Ortiz called the plan \u201cunfair\u201c in a post.") == ["unfair"]
    text = "\u201cIt is late,\u201c said Ortiz. \u201cGo home.\u201d"
    assert spans(text) == ["It is late,", "Go home."]
    assert spans("She said the vote \u201dwas rigged.\u201d Then she left.") == ["was rigged."]
    assert spans("A stray \u201c mark, then \u201creal words\u201d here.") == ["real words"]
    assert spans("Ortiz won.\u201d Then \u201cwe go,\u201d he said.") == ["we go,"]
