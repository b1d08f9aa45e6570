"""Issue 15: the role constructions news gives, on sentences written for the test (none
from a corpus): a title with "of" before the name, a possessive before it, an appositive
holding a possessive, "head of", names in family-name-first order, roles after the name
with "who is" or "a former", roles given in a sentence of their own (a copula either way
round), organisations' spokespeople, a time phrase after the name or the role, and an
aside set off by dashes. "<" and ">" stand for the curly quotation marks."""

from __future__ import annotations

import pytest

from core.extract import extract


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker.name, q.speaker.role) for q in extract(text).quotes if q.speaker]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Secretary of Agriculture Tom Vilsack said: <The farms are struggling this year.>",
            "Tom Vilsack",
            "Secretary of Agriculture",
        ),
        (
            "<We will not back down,> said Secretary of State Maria Lowe on Monday.",
            "Maria Lowe",
            "Secretary of State",
        ),
        (
            "Minister of Health Kenji Sato told reporters: <The hospitals are ready.>",
            "Kenji Sato",
            "Minister of Health",
        ),
        (
            "<The budget is balanced,> Chief of Staff Dana Ortiz said.",
            "Dana Ortiz",
            "Chief of Staff",
        ),
        (
            "<The governor has no comment,> said the governor's press secretary, Ana Ruiz.",
            "Ana Ruiz",
            "governor's press secretary",
        ),
        (
            "<The plan is dead,> said the mayor's chief of staff, Paul Grant.",
            "Paul Grant",
            "mayor's chief of staff",
        ),
        (
            "The company's chief executive, Lena Fisk, said: <We will hire again.>",
            "Lena Fisk",
            "company's chief executive",
        ),
        (
            "<We are disappointed,> the union's president, Raj Patel, said in a statement.",
            "Raj Patel",
            "union's president",
        ),
        (
            "<The senator will vote no,> said Carl Dunn, Sen. Pell's chief of staff.",
            "Carl Dunn",
            "Sen. Pell's chief of staff",
        ),
        (
            "<This is a good day,> said Mia Holt, the mayor's spokeswoman.",
            "Mia Holt",
            "mayor's spokeswoman",
        ),
        (
            "Omar Said, Google's head of policy, said: <We disagree.>",
            "Omar Said",
            "Google's head of policy",
        ),
        (
            "<It was a mistake,> said Tim Row, Gov. Abbott's former campaign manager.",
            "Tim Row",
            "Gov. Abbott's former campaign manager",
        ),
        (
            "<The port will reopen,> said Wei Lan, head of the Shenzhen Port Authority.",
            "Wei Lan",
            "head of the Shenzhen Port Authority",
        ),
        (
            "Sara Kim, the head of the teachers' union, said: <We will strike.>",
            "Sara Kim",
            "head of the teachers' union",
        ),
        (
            "<Prices will rise,> said Jon Bell, head of research at Capital Economics.",
            "Jon Bell",
            "head of research at Capital Economics",
        ),
        (
            "<We welcome the talks,> said Xi Jinping, China's president.",
            "Xi Jinping",
            "China's president",
        ),
        (
            "<The yen is stable,> Finance Minister Aso Taro told reporters.",
            "Aso Taro",
            "Finance Minister",
        ),
        (
            "Premier Li Qiang said: <Growth will hold.>",
            "Li Qiang",
            "Premier",
        ),
        (
            "<I never saw the memo,> said Rob Kane, who is the county's treasurer.",
            "Rob Kane",
            "county's treasurer",
        ),
        (
            "<The fight is not over,> said Ellen Marsh, a former state senator.",
            "Ellen Marsh",
            "former state senator",
        ),
        (
            "Ben Cho, who is a lawyer for the family, said: <They want answers.>",
            "Ben Cho",
            "lawyer for the family",
        ),
        (
            "<It is a disgrace,> said Ted Lowe, a former aide to Gov. Pell.",
            "Ted Lowe",
            "former aide to Gov. Pell",
        ),
        (
            "Nora Blake is the director of the state health department. <We have enough "
            "vaccine,> Blake said.",
            "Nora Blake",
            "director of the state health department",
        ),
        (
            "Jim Ford served as mayor of Dayton for ten years. <The city has changed,> Ford said.",
            "Jim Ford",
            "former mayor of Dayton",
        ),
        (
            "The county's top prosecutor is Lisa Grant. <We will file charges,> Grant said.",
            "Lisa Grant",
            "county's top prosecutor",
        ),
        (
            "<We are reviewing the report,> said Pentagon spokesman Jeff Davis.",
            "Jeff Davis",
            "Pentagon spokesman",
        ),
        (
            "<The claims are false,> said Amy Brand, a spokeswoman for the Justice Department.",
            "Amy Brand",
            "spokeswoman for the Justice Department",
        ),
        (
            "A spokesman for Exxon, Carl Wood, said: <We do not comment on rumors.>",
            "Carl Wood",
            "spokesman for Exxon",
        ),
        (
            "<The deal is done,> Sen. Ann Pell last week told reporters.",
            "Ann Pell",
            "Sen.",
        ),
        (
            "Mayor Tom Reed on Tuesday said: <The roads will be fixed.>",
            "Tom Reed",
            "Mayor",
        ),
        (
            "Gov. Ann Pell last week said the plan would fail. <It cannot work,> Pell said.",
            "Ann Pell",
            "Gov.",
        ),
        (
            "Pell last week said: <It cannot work.> Ann Pell is the state's governor.",
            "Ann Pell",
            "state's governor",
        ),
        (
            "Speaker of the House Paul Ryan told reporters: <The bill will pass.>",
            "Paul Ryan",
            "Speaker of the House",
        ),
        (
            "<We will sue,> Attorney General of Texas Ken Paxton said Friday.",
            "Ken Paxton",
            "Attorney General of Texas",
        ),
        (
            "<The president is confident,> said the White House's deputy press secretary, Raj"
            " Shah.",
            "Raj Shah",
            "White House's deputy press secretary",
        ),
        (
            "<We filed the appeal,> said John Smith, the head of the union's legal team.",
            "John Smith",
            "head of the union's legal team",
        ),
        (
            "<We want peace,> said Park Geun-hye, South Korea's president.",
            "Park Geun-hye",
            "South Korea's president",
        ),
        (
            "<We want peace,> said Kim Jong Un, North Korea's leader.",
            "Kim Jong Un",
            "North Korea's leader",
        ),
        (
            "Abe Shinzo, Japan's prime minister, said: <The economy is growing.>",
            "Abe Shinzo",
            "Japan's prime minister",
        ),
        (
            "<The wards are full,> said Mary Cole, who is a nurse at St. Luke's Hospital.",
            "Mary Cole",
            "nurse at St. Luke's Hospital",
        ),
        (
            "<The stock is cheap,> said Dan Ives, a former Goldman Sachs analyst.",
            "Dan Ives",
            "former Goldman Sachs analyst",
        ),
        (
            "<We are looking into it,> said State Department spokesman Mark Toner.",
            "Mark Toner",
            "State Department spokesman",
        ),
        (
            "A spokeswoman for Sen. Pell, Jill Ray, said: <The senator is traveling.>",
            "Jill Ray",
            "spokeswoman for Sen. Pell",
        ),
        (
            "<No flights were delayed,> Ann Lutz, a spokeswoman for the Federal Aviation "
            "Administration, said Tuesday.",
            "Ann Lutz",
            "spokeswoman for the Federal Aviation Administration",
        ),
        (
            "Rep. Ann Pell earlier this month said: <The bill is flawed.>",
            "Ann Pell",
            "Rep.",
        ),
        (
            "The new chairman of the party is Tom Hale. <We will win,> Hale said.",
            "Tom Hale",
            "new chairman of the party",
        ),
        (
            "<It is over,> said Gov. Pell's chief of staff, Carl Dunn.",
            "Carl Dunn",
            "Gov. Pell's chief of staff",
        ),
        (
            "<We have the votes,> said Senate Majority Leader Mitch McConnell's spokesman, "
            "Don Stewart.",
            "Don Stewart",
            "Senate Majority Leader Mitch McConnell's spokesman",
        ),
        (
            "<The vote is Monday,> said Don Stewart, spokesman for Senate Majority Leader "
            "Mitch McConnell.",
            "Don Stewart",
            "spokesman for Senate Majority Leader Mitch McConnell",
        ),
        (
            "<The data are clear,> said Wei Lan, the former head of China's central bank.",
            "Wei Lan",
            "former head of China's central bank",
        ),
        (
            "<We will rebuild,> said Tan Ah Kow, who heads the city's housing board.",
            "Tan Ah Kow",
            "heads the city's housing board",
        ),
        (
            "Jim Ford, who was mayor of Dayton from 2001 to 2009, said: <The city has changed.>",
            "Jim Ford",
            "former mayor of Dayton",
        ),
        (
            "Pell, who chairs the Senate Finance Committee, said Monday: <No deal yet.>",
            "Pell",
            "chairs the Senate Finance Committee",
        ),
        (
            "The governor's spokesman, Eric Holt, said in an email: <We do not comment.>",
            "Eric Holt",
            "governor's spokesman",
        ),
        (
            "<We will appeal,> said Ed Marsh, general counsel of the Teamsters union.",
            "Ed Marsh",
            "general counsel of the Teamsters union",
        ),
        (
            "<Costs are rising,> said Ed Marsh, Ford Motor Co.'s chief economist.",
            "Ed Marsh",
            "Ford Motor Co.'s chief economist",
        ),
        (
            "<The plan is sound,> Secretary of Defense Ash Carter on Thursday told senators.",
            "Ash Carter",
            "Secretary of Defense",
        ),
        (
            "<I am not running,> said Ann Pell, the daughter of former Gov. Tom Pell.",
            "Ann Pell",
            "daughter of former Gov. Tom Pell",
        ),
        (
            "A former Republican presidential candidate -- John McCain, who lost the 2008 "
            "election to Obama -- said the president <offered no changes.>",
            "John McCain",
            "former Republican presidential candidate",
        ),
        (
            "On CNN Tuesday, his wife, Jane, called for an open primary. <Shutting people out"
            " is not smart,> she said.",
            "Jane",
            "his wife",
        ),
        (
            "In New York City, the mayor's spokesman, Eric Holt, said: <No comment.>",
            "Eric Holt",
            "mayor's spokesman",
        ),
        (
            "In 1992, Hillary Clinton, an accomplished attorney and political activist by the"
            " time her husband landed in the White House, roiled traditionalists. <I chose my"
            " profession,> Clinton said.",
            "Hillary Clinton",
            "accomplished attorney and political activist",
        ),
        (
            "Ann Lee, who has worked as a nurse for more than a decade, said: <We are tired.>",
            "Ann Lee",
            "nurse",
        ),
        (
            "Jim Ford was mayor of Dayton for ten years. <The city has changed,> Ford said.",
            "Jim Ford",
            "mayor of Dayton",
        ),
        (
            "The latest is Rep. Joe Wilson. <Vote for Rubio,> Wilson said.",
            "Joe Wilson",
            "Rep.",
        ),
        (
            "The winner was Tom Hale. <We will win,> Hale said.",
            "Tom Hale",
            None,
        ),
        (
            "Last year the mayor was Tom Hale. <We will win,> Hale said.",
            "Tom Hale",
            None,
        ),
        (
            "<I did my job,> said Ed Fox, who resigned as the city's police chief last month.",
            "Ed Fox",
            "city's former police chief",
        ),
        (
            "<I did my job,> said Ed Fox, who was named police chief earlier this year.",
            "Ed Fox",
            "police chief",
        ),
        (
            "<Funny,> said John Oliver, who hosts the popular weekly show <Last Week Tonight>.",
            "John Oliver",
            "hosts the popular weekly show \u201cLast Week Tonight\u201d",
        ),
        (
            "<We will not comment,> said Kara Dunn, press secretary to Gov. Ann Pell.",
            "Kara Dunn",
            "press secretary to Gov. Ann Pell",
        ),
    ],
)
def test_role_construction(text: str, name: str, role: str | None) -> None:
    text = text.replace("<", "\u201c").replace(">", "\u201d")  # the quotation marks
    found = [(n, r.replace("\u2019", "'") if r else r) for n, r in roles_of(text)]
    assert (name, role) in found, found


# Issue 15, a second set written by branch roles35 for constructions the first did not hold:
# a title with a complement before the name ("Ambassador to the United Nations Samantha
# Power"), an office ended in a passive ("who was fired as chief of staff"), roles in
# parentheses, "X, a spokeswoman for Y,", "Y spokeswoman X", party and state tags ("(D-Ga.)",
# ", D-Calif."), "the former head of", roles after a dash, roles in a later sentence
# ("Smith is the county's top prosecutor"), titles from other languages. Judged before On
# Record ran on them: 26 of 41 right as first judged (on main 7254007; 27 with Nancy Pelosi's
# ", D-Calif." written in the form On Record shows a comma's tag, "(D-Calif.)"); all 41 since
# branch roles36 read "Ambassador to Israel | Dan Shapiro" (a listed place after an office's
# "to", though a first name too, is no part of the name after it). A sentence
# On Record got wrong was marked KNOWN_MISS (a strict xfail) until mended; branch roles47
# mended the last two.


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "<We will veto it,> said Ambassador to the United Nations Samantha Power.",
            "Samantha Power",
            "Ambassador to the United Nations",
        ),
        (
            "Ambassador to Israel Dan Shapiro told reporters: <The talks went well.>",
            "Dan Shapiro",
            "Ambassador to Israel",
        ),
        (
            "<The sanctions stay,> Special Envoy for Climate Todd Stern said.",
            "Todd Stern",
            "Special Envoy for Climate",
        ),
        (
            "Undersecretary of State for Political Affairs Wendy Sherman said: <Iran must comply.>",
            "Wendy Sherman",
            "Undersecretary of State for Political Affairs",
        ),
        (
            "<Russia is testing us,> U.S. Ambassador to Russia Michael McFaul said on Friday.",
            "Michael McFaul",
            "U.S. Ambassador to Russia",
        ),
        (
            "<I was loyal to the end,> said Rob Kane, who was fired as chief of staff in July.",
            "Rob Kane",
            "former chief of staff",
        ),
        (
            "<I did nothing wrong,> said Ed Fox, who was ousted as party chairman last year.",
            "Ed Fox",
            "former party chairman",
        ),
        (
            "Ann Lee, who stepped down as the company's chief executive in May, said: <We grew.>",
            "Ann Lee",
            "company's former chief executive",
        ),
        (
            "<The bureau was independent,> said Jim Comer, who was fired as FBI director.",
            "Jim Comer",
            "former FBI director",
        ),
        (
            "Maria Ortiz (the county's elections director) said: <Every ballot will be counted.>",
            "Maria Ortiz",
            "county's elections director",
        ),
        (
            "<We are not worried,> said Dan Pfeiffer (a senior adviser to President Obama).",
            "Dan Pfeiffer",
            "senior adviser to President Obama",
        ),
        (
            "Jill Ray, a spokeswoman for the Clinton campaign, said the claim was false. <It "
            "never happened,> Ray said.",
            "Jill Ray",
            "spokeswoman for the Clinton campaign",
        ),
        (
            "<We have not seen the letter,> Kevin Smith, a spokesman for House Speaker Paul "
            "Ryan, said Monday.",
            "Kevin Smith",
            "spokesman for House Speaker Paul Ryan",
        ),
        (
            "Hope Hicks, a spokeswoman for Mr. Trump, said in an email: <He is busy.>",
            "Hope Hicks",
            "spokeswoman for Mr. Trump",
        ),
        (
            "<The report is wrong,> said Clinton spokeswoman Jennifer Palmieri.",
            "Jennifer Palmieri",
            "Clinton spokeswoman",
        ),
        (
            "Trump campaign spokeswoman Katrina Pierson said: <He will win.>",
            "Katrina Pierson",
            "Trump campaign spokeswoman",
        ),
        (
            "<We are reviewing it,> Justice Department spokeswoman Emily Pierce said Friday.",
            "Emily Pierce",
            "Justice Department spokeswoman",
        ),
        (
            "<No decision has been made,> said White House deputy press secretary Eric Schultz.",
            "Eric Schultz",
            "White House deputy press secretary",
        ),
        (
            "<This bill is a disaster,> said Rep. John Lewis (D-Ga.).",
            "John Lewis",
            "Rep. (D-Ga.)",
        ),
        (
            "Sen. Ted Cruz (R-Texas) told reporters: <We will fight.>",
            "Ted Cruz",
            "Sen. (R-Texas)",
        ),
        (
            "<I oppose it,> said Sen. Bernie Sanders (I-Vt.) on Tuesday.",
            "Bernie Sanders",
            "Sen. (I-Vt.)",
        ),
        (
            "<It is time to act,> said Rep. Nancy Pelosi, D-Calif.",
            "Nancy Pelosi",
            "Rep. (D-Calif.)",
        ),
        (
            "John Lewis (D-Ga.) said: <We march on.>",
            "John Lewis",
            "(D-Ga.)",
        ),
        (
            "<The agency was gutted,> said Ed Marsh, former head of the FBI's New York office.",
            "Ed Marsh",
            "former head of the FBI's New York office",
        ),
        (
            "The former head of the CIA, Michael Hayden, said: <This is dangerous.>",
            "Michael Hayden",
            "former head of the CIA",
        ),
        (
            "<Nobody listened,> said Ann Pell, the former head of the state's parole board.",
            "Ann Pell",
            "former head of the state's parole board",
        ),
        (
            "<We need a new direction,> said Tom Hale -- the state's Republican chairman.",
            "Tom Hale",
            "state's Republican chairman",
        ),
        (
            "Ann Pell \u2014 a former prosecutor \u2014 said: <The case is weak.>",
            "Ann Pell",
            "former prosecutor",
        ),
        (
            "<Voters are angry,> said Jim Ford \u2013 a pollster for the party \u2013 on Tuesday.",
            "Jim Ford",
            "pollster for the party",
        ),
        (
            "<We will file charges,> said Lisa Smith. Smith is the county's top prosecutor.",
            "Lisa Smith",
            "county's top prosecutor",
        ),
        (
            "Tom Hale spoke first. <The plan is sound,> Hale said. Hale is a professor of "
            "economics at Yale.",
            "Tom Hale",
            "professor of economics at Yale",
        ),
        (
            "<We are broke,> Ed Fox said. Fox has served as the city's treasurer since 2010.",
            "Ed Fox",
            "city's treasurer",
        ),
        (
            "<I will not resign,> said Ann Pell. Pell has been the mayor since 2012.",
            "Ann Pell",
            "mayor",
        ),
        (
            "<The nuclear deal is a lie,> said Ayatollah Ali Khamenei.",
            "Ali Khamenei",
            "Ayatollah",
        ),
        (
            "Sheikh Tamim bin Hamad Al Thani said: <Qatar wants peace.>",
            "Tamim bin Hamad Al Thani",
            "Sheikh",
        ),
        (
            "<Hate has no place here,> said Rabbi Shmuley Boteach.",
            "Shmuley Boteach",
            "Rabbi",
        ),
        (
            "Imam Omar Suleiman told the crowd: <We stand together.>",
            "Omar Suleiman",
            "Imam",
        ),
        (
            "<The economy is strong,> said Datuk Seri Najib Razak.",
            "Najib Razak",
            "Datuk Seri",
        ),
        (
            "<Ireland will stay in Europe,> Taoiseach Enda Kenny said.",
            "Enda Kenny",
            "Taoiseach",
        ),
        (
            "Monsignor Ricardo Ruiz said: <The church is open to all.>",
            "Ricardo Ruiz",
            "Monsignor",
        ),
        (
            "<The border must stay open,> said Bundeskanzlerin Angela Merkel.",
            "Angela Merkel",
            "Bundeskanzlerin",
        ),
    ],
)
def test_more_role_constructions(text: str, name: str, role: str | None) -> None:
    test_role_construction(text, name, role)


def test_a_role_given_again_with_fewer_modifiers_is_one_role() -> None:
    text = (
        "<We will win,> said Republican presidential front-runner Donald Trump. At the rally,"
        " Republican front-runner Donald Trump said: <We will build it.>"
    )
    test_role_construction(text, "Donald Trump", "Republican presidential front-runner")
    text = "<We will win,> said Texas governor Ann Pell. Later former governor Ann Pell said: <No.>"
    test_role_construction(text, "Ann Pell", "Texas governor, former governor")


# Issue 15, a third set written by branch roles36 for constructions the first two did not
# hold: "according to X, who heads ...", "X, whose title is ...", a role set off by dashes
# after the name, a role given two sentences after the name, acting/interim/deputy/former
# compounds, spokespeople of a campaign or an office, titles and roles written after the name
# in British, Australian and Indian English, and a role phrase that runs into a relative
# clause or a list of people. Judged before On Record ran on them (committed first): 36 of 42
# right as first judged (on main 4b96e35). The misses, marked KNOWN_MISS: "whose title is";
# "Acting" dropped from a capitalised title; a time or circumstance left on an office after
# "served as" or "was named" ("on Monday", "after the scandal"); "ex-governor" giving no
# speaker; a role noun running into its relative clause ("a nurse who was at ...").
# 41 of 42 after the mends of branch roles36; the one left is that relative clause, which a
# quote's role keeps as the article gives it (the speaker list shows the noun phrase alone).
# All 42 since branch roles47: a relative clause telling one past occasion ("who was at the
# hospital that night") is no part of the role.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "<The plan will cost $2 billion,> according to Mark Hill, who heads the state's "
            "budget office.",
            "Mark Hill",
            "heads the state's budget office",
        ),
        (
            "<We are out of money,> according to Sara Lin, the acting director of the agency.",
            "Sara Lin",
            "acting director of the agency",
        ),
        (
            "According to Mark Hill, the state's budget director, <the money is gone.>",
            "Mark Hill",
            "state's budget director",
        ),
        (
            "Dana Cole, whose title is chief innovation officer, said: <We will build the app.>",
            "Dana Cole",
            "chief innovation officer",
        ),
        (
            "<We started with nothing,> said Maya Ross \u2014 the group's founder \u2014 on "
            "Monday.",
            "Maya Ross",
            "group's founder",
        ),
        (
            "Maya Ross \u2014 the group's founder and president \u2014 said: <We grew fast.>",
            "Maya Ross",
            "group's founder and president",
        ),
        (
            "<We will close the plant,> said Tom Reyes. The decision came after months of "
            "losses. Reyes is the company's chief executive.",
            "Tom Reyes",
            "company's chief executive",
        ),
        (
            "Ann Wu spoke at the hearing. <The data are incomplete,> Wu said. The report was "
            "released Tuesday. Wu is the agency's chief statistician.",
            "Ann Wu",
            "agency's chief statistician",
        ),
        (
            "<We need more time,> said interim police chief Mark Dolan.",
            "Mark Dolan",
            "interim police chief",
        ),
        (
            "<The schools are safe,> said Lisa Grant, the district's interim superintendent.",
            "Lisa Grant",
            "district's interim superintendent",
        ),
        (
            "Acting Attorney General Sally Yates said: <We will not defend the order.>",
            "Sally Yates",
            "Acting Attorney General",
        ),
        (
            "<The bank is sound,> said former deputy finance minister Raj Mehta.",
            "Raj Mehta",
            "former deputy finance minister",
        ),
        (
            "<The case was weak,> said Tom Hale, a former acting U.S. attorney.",
            "Tom Hale",
            "former acting U.S. attorney",
        ),
        (
            "<We are ready,> said Deputy Secretary of State Antony Blinken.",
            "Antony Blinken",
            "Deputy Secretary of State",
        ),
        (
            "Ed Marsh, the former deputy chief of staff to Gov. Ann Pell, said: <She knew.>",
            "Ed Marsh",
            "former deputy chief of staff to Gov. Ann Pell",
        ),
        (
            "Tom Hale, who served as acting mayor after the scandal, said: <The city recovered.>",
            "Tom Hale",
            "former acting mayor",
        ),
        (
            "<I am honoured,> said Ann Pell, who was named interim chief executive on Monday.",
            "Ann Pell",
            "interim chief executive",
        ),
        (
            "<We will not go back,> said Vice President-elect Mike Pence.",
            "Mike Pence",
            "Vice President-elect",
        ),
        (
            "<The party is finished,> said ex-governor Tom Hale.",
            "Tom Hale",
            "ex-governor",
        ),
        (
            "Interim President Michel Temer said: <Brazil will recover.>",
            "Michel Temer",
            "Interim President",
        ),
        (
            "A spokesman for Sen. Marco Rubio's campaign, Alex Conant, said: <We are confident.>",
            "Alex Conant",
            "spokesman for Sen. Marco Rubio's campaign",
        ),
        (
            "<The senator has no comment,> said Kara Dunn, a spokeswoman for Sen. Ann Pell's "
            "re-election campaign.",
            "Kara Dunn",
            "spokeswoman for Sen. Ann Pell's re-election campaign",
        ),
        (
            "<We do not discuss personnel,> a spokesman for the company, Tom Reyes, said.",
            "Tom Reyes",
            "spokesman for the company",
        ),
        (
            "<The claims are baseless,> said Rick Tyler, the Cruz campaign's communications "
            "director.",
            "Rick Tyler",
            "Cruz campaign's communications director",
        ),
        (
            "<We will respond in court,> said a spokesman for the mayor's office, Ed Fox.",
            "Ed Fox",
            "spokesman for the mayor's office",
        ),
        (
            "<The vote will go ahead,> said Amber Rudd, the Home Secretary.",
            "Amber Rudd",
            "Home Secretary",
        ),
        (
            "<We will not raise taxes,> said George Osborne, the Chancellor of the Exchequer.",
            "George Osborne",
            "Chancellor of the Exchequer",
        ),
        (
            "Shadow Chancellor John McDonnell said: <This budget has failed.>",
            "John McDonnell",
            "Shadow Chancellor",
        ),
        (
            "<We will hold a referendum,> said Nicola Sturgeon, Scotland's First Minister.",
            "Nicola Sturgeon",
            "Scotland's First Minister",
        ),
        (
            "<Australia stands with you,> said Malcolm Turnbull, the Prime Minister of Australia.",
            "Malcolm Turnbull",
            "Prime Minister of Australia",
        ),
        (
            "Labour MP Diane Abbott said: <The party is united.>",
            "Diane Abbott",
            "Labour MP",
        ),
        (
            "<The bill is unfair,> said Anna Soubry, the Conservative MP for Broxtowe.",
            "Anna Soubry",
            "Conservative MP for Broxtowe",
        ),
        (
            "<We have had enough,> said Tom Watson, Labour's deputy leader.",
            "Tom Watson",
            "Labour's deputy leader",
        ),
        (
            "<We will review the decision,> said the Minister for Foreign Affairs, Julie Bishop.",
            "Julie Bishop",
            "Minister for Foreign Affairs",
        ),
        (
            "Chief Minister Arvind Kejriwal said: <Delhi will breathe again.>",
            "Arvind Kejriwal",
            "Chief Minister",
        ),
        (
            "<The rupee is stable,> said Raghuram Rajan, governor of the Reserve Bank of India.",
            "Raghuram Rajan",
            "governor of the Reserve Bank of India",
        ),
        (
            "<We did our best,> said Ann Pell, a nurse who was at the hospital that night.",
            "Ann Pell",
            "nurse",
        ),
        (
            "<Our members are furious,> said Ann Pell, president of the nurses' union, which "
            "represents 40,000 workers.",
            "Ann Pell",
            "president of the nurses' union",
        ),
        (
            "<It was a good meeting,> said Ann Pell, the city's treasurer, who attended the talks.",
            "Ann Pell",
            "city's treasurer",
        ),
        (
            "The letter was signed by Tom Hale, the mayor; Ann Pell, the city treasurer; and "
            "Ed Fox, the police chief. <We stand by it,> Pell said.",
            "Ann Pell",
            "city treasurer",
        ),
        (
            "<The rules are clear,> said Ed Fox, a lawyer and former judge.",
            "Ed Fox",
            "lawyer and former judge",
        ),
        (
            "<We never sold data,> said Ann Pell, co-founder and chief executive of DataCo.",
            "Ann Pell",
            "co-founder and chief executive of DataCo",
        ),
    ],
)
def test_role_constructions_third_set(text: str, name: str, role: str | None) -> None:
    test_role_construction(text, name, role)


# The constructions the misses of tests/data/train_roles_36.tsv showed (branch roles36),
# written anew: a noun that is a role by its "-er" alone in "a worker named X", a noun the
# lexicons do not know as a role before "who" and a clause saying what the person does, a
# rank ("the No. 2 in ..."), a noun of time before a possessor opening a clause of its own
# (no part of the role), and "whose title was" (the former office).
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Outside the plant, a worker named Luis Ortega has only good things to say. <The"
            " pay is fair,> he said.",
            "Luis Ortega",
            "worker",
        ),
        (
            "<The map is moving,> Sam Wang, the data whiz who founded the Princeton Election"
            " Consortium tweeted on Friday.",
            "Sam Wang",
            "data whiz who founded the Princeton Election Consortium",
        ),
        (
            "As Dick Durbin, the No. 2 in the Democratic leadership, put it: <We have the votes.>",
            "Dick Durbin",
            "No. 2 in the Democratic leadership",
        ),
        (
            "That was the year Apple's founder, Steve Jobs, returned. <We were broke,> Jobs said.",
            "Steve Jobs",
            "Apple's founder",
        ),
        (
            "<It worked,> said Dana Cole, whose official title was deputy director until 2012.",
            "Dana Cole",
            "former deputy director",
        ),
        (
            "<It is safe,> said Ann Pell, whose father is a senator.",
            "Ann Pell",
            None,
        ),
        (
            "<No,> said Ann Pell, who was named acting police chief on Tuesday.",
            "Ann Pell",
            "acting police chief",
        ),
        (
            "<The party is finished,> ex-governor Tom Hale said.",
            "Tom Hale",
            "ex-governor",
        ),
        (
            "Tom Hale left the stage. <It is over,> the ex-governor said.",
            "Tom Hale",
            "ex-governor",
        ),
        (
            "<The talks will resume,> said Envoy to Sudan Pieter Aalbers.",
            "Pieter Aalbers",
            "Envoy to Sudan",
        ),
    ],
)
def test_roles_36_constructions(text: str, name: str, role: str | None) -> None:
    test_role_construction(text, name, role)


# Issue 15, a fourth set written by branch roles37 for constructions the first three did not
# hold: a role clause after the quote with other verbs than "heads"/"chairs" ("co-chairs",
# "oversees", "teaches", "runs"), "X, the former ...", "a spokesperson for ...", a role given
# in a sentence before the quote (a copula either way round, "has been", a passive's "by"),
# roles with "of" and "at", an organisation or country before a title and "Title X of
# Country" (other languages' order), compound titles joined by "and", and a past office in
# "who was mayor from ... to ...". Judged before On Record ran on them (committed first).
# The last three were written after train_roles_37.tsv was first judged, for the forms its
# misses showed ("Minnesota state delegate", "X and Y, the parents of ...", "X is Senior
# Editor-at-Large at ..."). First judged 37 of 44 (on main 32bfa0e; 37 of the 41 written
# beforehand); the misses: "Prime Minister Shinzo Abe of Japan" and "Chancellor Angela
# Merkel of Germany" shown without their country; "Ohio state delegate" as "delegate"; the
# shared appositive; "Editor-at-Large"; "general counsel at Acme Corp." losing the period
# its sentence's end takes; "Ed Fox" in a sentence of his own listed as "Fox" (a name, not a
# role: "Fox" alone is read apart from "Ed"). 41 of 44 after the mends of branch roles37;
# the three left are marked KNOWN_MISS. Branch roles38 read the shared appositive and kept
# the period of "Acme Corp.": 43 of 44, Ed Fox left. All 44 since branch roles47: a one-word
# name that is also an organisation's ("Fox") is the surname of the person the article
# names in full, unless it opens a longer name there ("Fox News").
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "<The board will meet again,> said Ana Ruiz, who co-chairs the Senate Budget"
            " Committee.",
            "Ana Ruiz",
            "co-chairs the Senate Budget Committee",
        ),
        (
            "<We will appeal,> said Ana Ruiz, who oversees the county's elections.",
            "Ana Ruiz",
            "oversees the county's elections",
        ),
        (
            "<The law is clear,> said Ann Pell, who teaches constitutional law at Georgetown.",
            "Ann Pell",
            "teaches constitutional law at Georgetown",
        ),
        (
            "<We need the money,> said Ann Pell, who runs a food bank in Detroit.",
            "Ann Pell",
            "runs a food bank in Detroit",
        ),
        (
            "<It is not over,> said Tom Hale, the former mayor of Springfield.",
            "Tom Hale",
            "former mayor of Springfield",
        ),
        (
            "<It was a mistake,> Tom Hale, the former chairman of the state Republican Party,"
            " said on Sunday.",
            "Tom Hale",
            "former chairman of the state Republican Party",
        ),
        (
            "<We have no comment,> said Kim Lee, a spokesperson for the Department of Justice.",
            "Kim Lee",
            "spokesperson for the Department of Justice",
        ),
        (
            "<The review is ongoing,> Justice Department spokesperson Kim Lee said.",
            "Kim Lee",
            "Justice Department spokesperson",
        ),
        (
            "<The plane landed safely,> a spokesperson for Delta Air Lines, Kim Lee, said.",
            "Kim Lee",
            "spokesperson for Delta Air Lines",
        ),
        (
            "The state's attorney general is Ann Pell. <We will sue,> Pell said.",
            "Ann Pell",
            "state's attorney general",
        ),
        (
            "Ed Fox has been the city's police chief since 2010. <We made arrests,> Fox said.",
            "Ed Fox",
            "city's police chief",
        ),
        (
            "The lawsuit was filed by the state's attorney general, Ann Pell. <We will win,>"
            " Pell said.",
            "Ann Pell",
            "state's attorney general",
        ),
        (
            "Ann Pell, the county's chief medical examiner, led the inquiry. <The cause was"
            " clear,> she said.",
            "Ann Pell",
            "county's chief medical examiner",
        ),
        (
            "<Demand is falling,> said Ann Pell, an economist at the Brookings Institution.",
            "Ann Pell",
            "economist at the Brookings Institution",
        ),
        (
            "<The data are clear,> said Ann Pell, director of research at the Urban Institute.",
            "Ann Pell",
            "director of research at the Urban Institute",
        ),
        (
            "<Voters are angry,> said Ann Pell, a senior fellow at the Cato Institute.",
            "Ann Pell",
            "senior fellow at the Cato Institute",
        ),
        (
            "<We disagree,> said Ann Pell, general counsel at Acme Corp.",
            "Ann Pell",
            "general counsel at Acme Corp.",
        ),
        (
            "<The drug works,> said Ann Pell, chief of infectious diseases at Massachusetts"
            " General Hospital.",
            "Ann Pell",
            "chief of infectious diseases at Massachusetts General Hospital",
        ),
        (
            "<The economy is slowing,> said Ann Pell, vice chairwoman of the Federal Reserve.",
            "Ann Pell",
            "vice chairwoman of the Federal Reserve",
        ),
        (
            "<The oil price will recover,> Pemex chief executive Juan Ortiz said.",
            "Juan Ortiz",
            "Pemex chief executive",
        ),
        (
            "<Inflation is too low,> said Bundesbank President Jens Weidmann.",
            "Jens Weidmann",
            "Bundesbank President",
        ),
        (
            "<The euro is safe,> said ECB President Mario Draghi.",
            "Mario Draghi",
            "ECB President",
        ),
        (
            "<Europe must act,> said the president of the European Commission, Jean-Claude"
            " Juncker.",
            "Jean-Claude Juncker",
            "president of the European Commission",
        ),
        (
            "<Japan will not yield,> said Prime Minister Shinzo Abe of Japan.",
            "Shinzo Abe",
            "Prime Minister of Japan",
        ),
        (
            "<Germany will take them in,> Chancellor Angela Merkel of Germany said.",
            "Angela Merkel",
            "Chancellor of Germany",
        ),
        (
            "<The reforms will continue,> said Germany's finance minister, Wolfgang Schauble.",
            "Wolfgang Schauble",
            "Germany's finance minister",
        ),
        (
            "<Spain is not Greece,> said the Spanish prime minister, Mariano Rajoy.",
            "Mariano Rajoy",
            "Spanish prime minister",
        ),
        (
            "Chairman and chief executive Ann Pell told shareholders: <It was a hard year.>",
            "Ann Pell",
            "Chairman and chief executive",
        ),
        (
            "<Sales doubled,> said Ann Pell, the company's chairman and chief executive.",
            "Ann Pell",
            "company's chairman and chief executive",
        ),
        (
            "<We will expand,> said Ann Pell, president and chief operating officer of DataCo.",
            "Ann Pell",
            "president and chief operating officer of DataCo",
        ),
        (
            "<The vote was rigged,> said Ed Fox, a member of the city council.",
            "Ed Fox",
            "member of the city council",
        ),
        (
            "<We marched for them,> said Ann Pell, one of the organizers of the march.",
            "Ann Pell",
            "one of the organizers of the march",
        ),
        (
            "<The committee will act,> said Ann Pell, the top Democrat on the Judiciary Committee.",
            "Ann Pell",
            "top Democrat on the Judiciary Committee",
        ),
        (
            "<The report is flawed,> said Ann Pell, the ranking member of the Intelligence"
            " Committee.",
            "Ann Pell",
            "ranking member of the Intelligence Committee",
        ),
        (
            "<She knew,> said Ed Marsh, a former aide to Sen. Ann Pell.",
            "Ed Marsh",
            "former aide to Sen. Ann Pell",
        ),
        (
            "<It was a mistake,> said Ed Fox, the mayor's former chief of staff.",
            "Ed Fox",
            "mayor's former chief of staff",
        ),
        (
            "The company's chief financial officer, Ann Pell, told analysts: <Margins improved.>",
            "Ann Pell",
            "company's chief financial officer",
        ),
        (
            "<Turnout will be high,> said Ed Fox, a Harvard political scientist.",
            "Ed Fox",
            "Harvard political scientist",
        ),
        (
            "<Nothing has changed,> said Ann Pell, a longtime Democratic strategist.",
            "Ann Pell",
            "longtime Democratic strategist",
        ),
        (
            "<The union will strike,> said the head of the union, Ann Pell.",
            "Ann Pell",
            "head of the union",
        ),
        (
            "<We will rebuild,> said Tom Hale, who was mayor from 2001 to 2009.",
            "Tom Hale",
            "former mayor",
        ),
        (
            "<Delegates are restless,> said Ohio state delegate Ann Pell.",
            "Ann Pell",
            "Ohio state delegate",
        ),
        (
            "Ann Pell and Ed Fox, the parents of a soldier killed in Iraq, spoke at the"
            " convention. <We want answers,> Pell said.",
            "Ann Pell",
            "parents of a soldier killed in Iraq",
        ),
        (
            "<Read the bill,> she wrote. Ann Pell is Senior Editor-at-Large at the Daily Ledger.",
            "Ann Pell",
            "Senior Editor-at-Large at the Daily Ledger",
        ),
    ],
)
def test_role_constructions_fourth_set(text: str, name: str, role: str | None) -> None:
    test_role_construction(text, name, role)
