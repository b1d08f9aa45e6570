"""attrib54: the nineteenth batch of invented probes (issue 15): 39 wire, newspaper and
magazine stories in the genres and constructions the eighteen earlier batches use least:
sports (a minor-league hockey coach fired while his son plays on, a women's league final
decided by a penalty save, a college transfer announced on video, a marathon won through
an interpreter, a high-school team with two Coach Tacketts, husband and wife), science and
medicine (a school-start study "the researchers wrote", a heart-valve trial with an
editorial, ancient DNA "the authors wrote", an amateur's comet, a research-misconduct
report "the committee wrote"), technology and business (an IPO filing "the company said
in the filing", an airline merger with analysts' notes, a data breach in an SEC filing),
culture (a novel review quoting the book's characters, a painter in Q&A form, a
playwright in Q./A. form, a festival cancelled by Instagram video, a chef), disasters and
weather (a levee, a storm across three states with several datelines, a heat wave, a
wildfire with datelines, a bush-plane crash, a derailment), small-town crime and courts (a
county-fair theft ring with two cousins of one surname, a dog-bite hearing, a church
treasurer's plea, a painting found in a barn, a rent strike), a magazine feature with long
scene-setting, translated quotes (Japanese, Spanish, French, Hindi, Amharic), quotes in
headlines and subheads, pronoun chains across paragraphs, families sharing a surname
(father and son, brothers, husband and wife, mother and son), and speakers introduced
after their quotation ("That was the message from ...", "So said ...").

Every person is invented, and every quotation is written for this batch. Every expected
speaker was written before On Record read the probes (the articles and this list were
committed first, 0074dd5). First judged on main (32bfa0e): 365 of 402 right (9.2%
wrong); counting the right person named in another form (a title kept in the name, a
description cut before "for", "One" lower-cased) as right, 370 (8.0% wrong); counting also
the right person given by a description or the document ("the utility", "the band",
"superintendent", "a spokesman", "statement", "Gonzaga guard"), 378 (6.0% wrong). After
the mends below: 368 (8.5% wrong); 373 and 381 counted the same two ways (7.2%, 5.2%). The
quotations still wrong are listed in KNOWN_WRONG_54 with what On Record gives and why; the
figure is printed by ``test_nineteenth_batch_figure`` (run with -s).
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_54, 5 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. m31 and both of m34 come off KNOWN_WRONG: 370/402 -> 373/402.
"""

from __future__ import annotations

from tests.test_attribution_probes import NO_QUOTATION, batch, judged_batch_tests, said_outside
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_54.json")
FIRST_JUDGED = 365  # right on main before any mend, of 402

PROBES_54: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('m01', 'Dale has given this organization nine', ('Sandra Ostrowski',)),
    ('m01', 'This wasn’t about one game. It', ('Sandra Ostrowski',)),
    ('m01', 'It’s not the way anybody wants', ('Marc Thibodeau',)),
    ('m01', 'I called him last night. He', ('Marc Thibodeau',)),
    ('m01', 'He’s my dad, so obviously it', ('Colby Wirth',)),
    ('m01', 'But I’ve got a job to', ('Colby Wirth',)),
    ('m01', 'No. This is my team', ('Colby Wirth',)),
    ('m01', 'Sandy made the call she had', ('Dale Wirth',)),
    ('m01', 'I’d have fired me too, honestly', ('Dale Wirth',)),
    ('m01', 'I’ll be the guy in Section', ('Dale Wirth',)),
    ('m01', 'We got a good man fired', ('Jordan Beauchamp',)),
    ('m01', 'Every guy in here knows it', ('Jordan Beauchamp',)),
    ('m02', 'Later start times were associated with',
     ('The researchers', 'researchers', 'the researchers', 'The study', 'study')),
    ('m02', 'The additional sleep was not borrowed',
     ('The researchers', 'researchers', 'the researchers', 'The study', 'study')),
    ('m02', 'The common objection is that kids', ('Priyanka Venkataraman',)),
    ('m02', 'They didn’t. Their bodies wanted the', ('Priyanka Venkataraman',)),
    ('m02', 'It’s a good natural experiment, but', ('Howard Kessler',)),
    ('m02', 'I’d want to see it in', ('Howard Kessler',)),
    ('m02', 'Teachers knew the schedule had changed', ('Howard Kessler',)),
    ('m02', 'Parents were furious the first fall', ('Gloria Benavides',)),
    ('m02', 'By the second spring, nobody wanted', ('Gloria Benavides',)),
    ('m02', 'adds to a substantial body of',
     ('American Academy of Sleep Medicine', 'statement',
      'The American Academy of Sleep Medicine')),
    ('m02', 'I’m not a zombie in first', ('Mateo Lindgren',)),
    ('m02', 'I still hate calculus, though', ('Mateo Lindgren',)),
    ('m03', 'We have a history of net',
     ('Ferrovia Systems', 'filing', 'the filing', 'Ferrovia', 'The company')),
    ('m03', 'The loss of either customer would',
     ('Ferrovia Systems', 'filing', 'the filing', 'Ferrovia', 'The company')),
    ('m03', 'We are not a software company', ('Naveen Chaudhry',)),
    ('m03', 'We are a railroad company that', ('Naveen Chaudhry',)),
    ('m03', 'the rare infrastructure story with genuine', ('Priscilla Yau',)),
    ('m03', 'a risk investors should not wave', ('Priscilla Yau',)),
    ('m03', 'The numbers are ugly and the', ('Tobias Renner',)),
    ('m03', 'That’s usually the profile of an', ('Tobias Renner',)),
    ('m03', 'Any work stoppage could disrupt our',
     ('Ferrovia Systems', 'filing', 'the filing', 'Ferrovia', 'The company')),
    ('m03', 'We found out from the news', ('Denise Marchetti',)),
    ('m03', 'That tells you something about why', ('Denise Marchetti',)),
    ('m04', 'I had spent eleven years waiting', ('Ruth Okafor-Lindqvist', 'Ines')),
    ('m04', 'It occurred to me, with the', ('Ruth Okafor-Lindqvist', 'Ines')),
    ('m04', 'You sound happy', ('Daniel',)),
    ('m04', 'I sound tired', ('Ines',)),
    ('m04', 'Those are different things', ('Ines',)),
    ('m04', 'Everyone wanted me to make Daniel', ('Ruth Okafor-Lindqvist',)),
    ('m04', 'My editor wanted it, my mother', ('Ruth Okafor-Lindqvist',)),
    ('m04', 'Every year up here is a',
     ('the fisherman', 'fisherman', 'a fisherman she met in Hammerfest', 'a fisherman')),
    ('m04', 'I wrote it on my hand', ('Ruth Okafor-Lindqvist',)),
    ('m05', 'I paint what the river leaves', ('Teodora Vasquez-Baird',)),
    ('m05', 'Because it’s never the same bend', ('Teodora Vasquez-Baird',)),
    ('m05', 'After my husband died, in 2004', ('Teodora Vasquez-Baird',)),
    ('m05', 'I had that printed on a T-shirt', ('Teodora Vasquez-Baird',)),
    ('m05', 'The early work is accomplished', ('Alan Petrosyan',)),
    ('m05', 'The late work is necessary. There’s', ('Alan Petrosyan',)),
    ('m05', 'My daughter reads them and tells', ('Teodora Vasquez-Baird',)),
    ('m05', 'The river, of course. Where else', ('Teodora Vasquez-Baird',)),
    ('m06', 'We are not out of the', ('Sheryl Dunning',)),
    ('m06', 'The river has to come down', ('Sheryl Dunning',)),
    ('m06', 'None of them were growing, which', ('Carla Jennings',)),
    ('m06', 'A boil that carries sand is', ('Carla Jennings',)),
    ('m06', 'Nineteen and thirty-seven, my mother used', ('Otis Freeman',)),
    ('m06', 'Two thousand eleven, I was here', ('Otis Freeman',)),
    ('m06', 'Otis says that every time', ('Mae Whitlock',)),
    ('m06', 'One of these times he’s going', ('Mae Whitlock',)),
    ('m06', 'These are people who have been', ('Daniel Reyes',)),
    ('m06', 'We owe them more than sandbags', ('Daniel Reyes',)),
    ('m06', 'Additional rainfall upstream could prolong the',
     ('National Weather Service', 'The National Weather Service')),
    ('m06', 'I’ve got buses on standby', ('Sheryl Dunning',)),
    ('m06', 'I hope I send them home', ('Sheryl Dunning',)),
    ('m07', 'The halter is what really got', ('Roger Kimmel',)),
    ('m07', 'That belonged to a 12-year-old girl', ('Roger Kimmel',)),
    ('m07', 'He was in the wrong truck', ('Warren Gilchrist',)),
    ('m07', 'Brandon knew what was in that', ('Dustin Sykes',)),
    ('m07', 'I’m not going down for his', ('Dustin Sykes',)),
    ('m07', 'These are folks selling lemon shake-ups', ('Lyle Hartzler',)),
    ('m07', 'They make their year in one', ('Lyle Hartzler',)),
    ('m07', 'She cried when the deputy handed', ('Jennifer Brunswick',)),
    ('m07', 'Then she went and showed her', ('Jennifer Brunswick',)),
    ('m08', 'You were told in June', ('Eleanor Haugen',)),
    ('m08', 'You were told in writing. And', ('Eleanor Haugen',)),
    ('m08', 'I love dogs. I have two', ('Denise Oyelaran',)),
    ('m08', 'But I’m not going back on', ('Denise Oyelaran',)),
    ('m08', 'She came through the side gate', ('Curtis Lamb',)),
    ('m08', 'That’s his yard. He doesn’t know', ('Curtis Lamb',)),
    ('m08', 'He knows now', ('Eleanor Haugen',)),
    ('m08', 'We don’t take these requests lightly', ('Paul Mendelsohn',)),
    ('m08', 'Nobody wants to put a dog', ('Paul Mendelsohn',)),
    ('m08', 'I just want to do my', ('Denise Oyelaran',)),
    ('m09', 'There are lines down everywhere', ('Kendra Oduya',)),
    ('m09', 'If you don’t have to go', ('Kendra Oduya',)),
    ('m09', 'This is one of the five', ('Nashville Electric Service',)),
    ('m09', 'We’ve got cots, we’ve got coffee', ('Mitch Garrity',)),
    ('m09', 'What we don’t have yet is', ('Mitch Garrity',)),
    ('m09', 'We’re seeing a clear track through', ('Brianna Castellanos',)),
    ('m09', 'We’ll have a rating by tonight', ('Brianna Castellanos',)),
    ('m09', 'Sounded like a train, like everybody', ('Ricky Dale Pruitt',)),
    ('m09', 'I got in the bathtub. When', ('Ricky Dale Pruitt',)),
    ('m10', 'Somebody has to open the windows', ('Beverly Stanhope Marr',)),
    ('m10', 'Otherwise the damp gets into the', ('Beverly Stanhope Marr',)),
    ('m10', 'People think it must have been', ('Beverly Stanhope Marr',)),
    ('m10', 'It was the opposite. It was', ('Beverly Stanhope Marr',)),
    ('m10', 'Bev remembers the sunsets', ('Warren Stanhope',)),
    ('m10', 'I remember hauling coal up those', ('Warren Stanhope',)),
    ('m10', 'She did the paperwork herself, all', ('Bertrand Ouellette',)),
    ('m10', 'I just signed where she told', ('Bertrand Ouellette',)),
    ('m10', 'My father kept that light going', ('Beverly Stanhope Marr',)),
    ('m10', 'I can find a million dollars', ('Beverly Stanhope Marr',)),
    ('m10', 'It’s not our ocean, we’re just', ('Ellsworth Stanhope',)),
    ('m10', 'I think about that a lot', ('Beverly Stanhope Marr',)),
    ('m11', 'My ancestors would think I had', ('Sato Kenji',)),
    ('m11', 'But my ancestors had snow until', ('Sato Kenji',)),
    ('m11', 'Last year we had rain in', ('Sato Kenji',)),
    ('m11', 'Rain. In January. My grandfather never', ('Sato Kenji',)),
    ('m11', 'We’re not leaving Akita', ('Sato Haruto',)),
    ('m11', 'We’re adding a second home. If', ('Sato Haruto',)),
    ('m11', 'Sake is rice, water and people', ('Takahashi Emi',)),
    ('m11', 'You can move the rice. You', ('Takahashi Emi',)),
    ('m11', 'This is not one family’s problem', ('Watanabe Ryo',)),
    ('m11', 'It is the industry’s problem, and', ('Watanabe Ryo',)),
    ('m11', 'When I can’t anymore, Haruto will', ('Sato Kenji',)),
    ('m11', 'That is how it has always', ('Sato Kenji',)),
    ('m12', 'cannot be saved', ('Gerald Whitfield',)),
    ('m12', 'We were never told', ('Tamika Hollins',)),
    ('m12', 'We read about the consultant’s report', ('Tamika Hollins',)),
    ('m12', 'structural and mechanical problems that cannot', ('Gerald Whitfield',)),
    ('m12', 'I went to school in a', ('Gerald Whitfield',)),
    ('m12', 'I love buildings like Lincoln. I', ('Gerald Whitfield',)),
    ('m12', 'We didn’t lose this school', ('Cynthia Albers',)),
    ('m12', 'We neglected it until it was', ('Cynthia Albers',)),
    ('m12', 'If it were my kid’s school', ('Ron Delacroix',)),
    ('m12', 'Whatever happens to our building, Lincoln', ('Angela Morrow',)),
    ('m13', 'It wasn’t one thing', ('Erik Halvorsen',)),
    ('m13', 'It was ten thousand small things', ('Erik Halvorsen',)),
    ('m13', 'Erik wanted to do everything the', ('Nils Halvorsen',)),
    ('m13', 'Our father was a great baker', ('Nils Halvorsen',)),
    ('m13', 'They never raised their voices with', ('Frances Liu',)),
    ('m13', 'They raised them at each other', ('Frances Liu',)),
    ('m13', 'I hope he does well', ('Erik Halvorsen',)),
    ('m13', 'I hope he does a little', ('Erik Halvorsen',)),
    ('m13', 'That’s Erik', ('Nils Halvorsen',)),
    ('m13', 'He’s been saying that since we', ('Nils Halvorsen',)),
    ('m13', 'Monday, Wednesday, Friday from Erik', ('Ingrid Halvorsen',)),
    ('m13', 'Tuesday, Thursday, Saturday from Nils. Sunday', ('Ingrid Halvorsen',)),
    ('m14', 'I went left because I always', ('Anika Sørensen',)),
    ('m14', 'She knew that. I knew she', ('Anika Sørensen',)),
    ('m14', 'I overthought it', ('Jasmine Keller',)),
    ('m14', 'I had it in my head', ('Jasmine Keller',)),
    ('m14', 'Three years ago we were last', ('Rafael Montoya',)),
    ('m14', 'People told me this city would', ('Rafael Montoya',)),
    ('m14', 'I couldn’t walk in June', ('Dara O’Shaughnessy',)),
    ('m14', 'I just kept telling myself there', ('Dara O’Shaughnessy',)),
    ('m14', 'Nobody gave us a chance in', ('Bettina Kraus',)),
    ('m14', 'We were one kick away. I', ('Bettina Kraus',)),
    ('m14', 'Every time. Every single time', ('Bettina Kraus',)),
    ('m15', 'The tricuspid has been called the', ('Olumide Adeyemi',)),
    ('m15', 'Patients with a leaking tricuspid have', ('Olumide Adeyemi',)),
    ('m15', 'Enthusiasm should be tempered by the', ('Sunita Raghavan',)),
    ('m15', 'I slept in a recliner in', ('Harold Bixby',)),
    ('m15', 'Three weeks after, I walked up', ('Harold Bixby',)),
    ('m15', 'confirm what our engineers believed from', ('Lars Engstrom',)),
    ('m15', 'The agency does not discuss products',
     ('Food and Drug Administration', 'F.D.A.', 'The F.D.A.', 'FDA')),
    ('m16', 'a merger of complements, not competitors', ('Paul Ferreira',)),
    ('m16', 'Our networks barely overlap', ('Paul Ferreira',)),
    ('m16', 'Where they do, we’ll be adding', ('Paul Ferreira',)),
    ('m16', 'We count 34 nonstop routes where',
     ('Raymond James', 'Analysts at Raymond James', 'analysts at Raymond James')),
    ('m16', 'Regulators will count them too',
     ('Raymond James', 'Analysts at Raymond James', 'analysts at Raymond James')),
    ('m16', 'We didn’t walk into this blind', ('Yvonne Takeda',)),
    ('m16', 'We expect questions, and we’ll have', ('Yvonne Takeda',)),
    ('m16', 'We have seen this movie', ('Sara Nelson-Whitaker',)),
    ('m16', 'The executives get bonuses, the passengers', ('Sara Nelson-Whitaker',)),
    ('m16', 'Investors think Meridian is overpaying', ('Helane Brooks',)),
    ('m16', 'Whether travelers end up paying for', ('Helane Brooks',)),
    ('m17', 'I made mistakes, and I own', ('Jared Colvin',)),
    ('m17', 'Everyone who bought a ticket will', ('Jared Colvin',)),
    ('m17', 'We were asked to trust a', ('Marisol Quintero',)),
    ('m17', 'My fans deserve water and shade', ('Marisol Quintero',)),
    ('m17', 'We love playing in the desert', ('Lantern Youth',)),
    ('m17', 'We don’t love playing for free', ('Lantern Youth',)),
    ('m17', 'We told them in January what', ('Ruth Ann Calloway',)),
    ('m17', 'In May they still didn’t have', ('Ruth Ann Calloway',)),
    ('m17', 'Nobody called me', ('Luis Ortega',)),
    ('m17', 'I found out from my nephew', ('Luis Ortega',)),
    ('m18', 'There’s no relief in sight', ('Marcus Whitehorse',)),
    ('m18', 'The high pressure is parked over', ('Marcus Whitehorse',)),
    ('m18', 'Every one of those is somebody', ('Nicole Ambrose',)),
    ('m18', 'Most of them were outdoors, and', ('Nicole Ambrose',)),
    ('m18', 'We are handing out water by', ('Teresa Gallardo',)),
    ('m18', 'It’s not enough. It will never', ('Teresa Gallardo',)),
    ('m18', 'He says the part is on', ('Gilbert Ocampo',)),
    ('m18', 'I say I’m on order too', ('Gilbert Ocampo',)),
    ('m18', 'The grid is holding',
     ('Arizona Public Service', 'spokeswoman', 'A spokeswoman for Arizona Public Service',
      'a spokeswoman for Arizona Public Service')),
    ('m18', 'We are asking customers to set',
     ('Arizona Public Service', 'spokeswoman', 'A spokeswoman for Arizona Public Service',
      'a spokeswoman for Arizona Public Service')),
    ('m19', 'I am so sorry', ('Doris Ketterman',)),
    ('m19', 'These people were my family, and', ('Doris Ketterman',)),
    ('m19', 'We are a church that believes', ('Walter Odom',)),
    ('m19', 'We also believe in accountability. Those', ('Walter Odom',)),
    ('m19', 'She invented a roofer', ('Julie Brandstetter',)),
    ('m19', 'She invented a roofer and paid', ('Julie Brandstetter',)),
    ('m19', 'This isn’t a woman who wanted', ('Mark Haddad',)),
    ('m19', 'This is a sick woman who', ('Mark Haddad',)),
    ('m19', 'I taught Sunday school with Doris', ('Beatrice Lunsford',)),
    ('m19', 'I still don’t know what to', ('Beatrice Lunsford',)),
    ('m20', 'You don’t sell cows you spent', ('Walt Kessler',)),
    ('m20', 'Unless you have to. And I', ('Walt Kessler',)),
    ('m20', 'Dad thinks it’s giving up', ('Travis Kessler',)),
    ('m20', 'I think it’s the only way', ('Travis Kessler',)),
    ('m20', 'My granddad didn’t homestead this ground', ('Walt Kessler',)),
    ('m20', 'Every family out here is having', ('Rebecca Stoltz',)),
    ('m20', 'Some of them are having it', ('Rebecca Stoltz',)),
    ('m20', 'My paycheck buys the hay now', ('Jenna Kessler',)),
    ('m20', 'That’s not a ranch. That’s a', ('Jenna Kessler',)),
    ('m20', 'If it rains, we won’t need', ('Walt Kessler',)),
    ('m20', 'If it doesn’t, well. Travis might', ('Walt Kessler',)),
    ('m21', 'a season of pruning', ('Thomas Kowalewski', 'letter', 'the letter')),
    ('m21', 'This is a season of pruning', ('Thomas Kowalewski', 'letter', 'the letter')),
    ('m21', 'But a vine that is never', ('Thomas Kowalewski', 'letter', 'the letter')),
    ('m21', 'We have more churches than we',
     ('Thomas Kowalewski', 'letter', 'the letter', 'The letter')),
    ('m21', 'My grandparents built this church with', ('Helen Zielinski',)),
    ('m21', 'Polish miners. They carried the stones', ('Helen Zielinski',)),
    ('m21', 'I was asked to keep it', ('Anthony Mbeki',)),
    ('m21', 'These people deserved to hear it', ('Anthony Mbeki',)),
    ('m21', 'The bishop welcomes that', ('Anne-Marie Costello',)),
    ('m21', 'He knows these are not just', ('Anne-Marie Costello',)),
    ('m21', 'Rome is far', ('Helen Zielinski',)),
    ('m21', 'But so was Poland, and my', ('Helen Zielinski',)),
    ('m22', 'The site is of exceptional importance',
     ('National Institute of Anthropology and History', 'the institute', 'institute')),
    ('m22', 'We are working from sunrise until', ('Citlali Pech Canul',)),
    ('m22', 'Every day we find something that', ('Citlali Pech Canul',)),
    ('m22', 'They say they are protecting the', ('Rodrigo Uc',)),
    ('m22', 'They are protecting it with a', ('Rodrigo Uc',)),
    ('m22', 'No monument will be destroyed', ('Ernesto Salgado',)),
    ('m22', 'The road will go around', ('Ernesto Salgado',)),
    ('m22', 'I have heard that sentence before', ('Citlali Pech Canul',)),
    ('m22', 'I will believe it when I', ('Citlali Pech Canul',)),
    ('m23', 'I heard a bang and then', ('Kathleen Brennan-Wu',)),
    ('m23', 'People were on top of each', ('Kathleen Brennan-Wu',)),
    ('m23', 'We are going to find out', ('Eleanor Kaye',)),
    ('m23', 'Commuters deserve answers, and they’ll get', ('Eleanor Kaye',)),
    ('m23', 'It’s far too early to speculate', ('Margaret Osei',)),
    ('m23', 'We filed a report in March', ('Dennis Fahey',)),
    ('m23', 'I have a copy. I’ll give', ('Dennis Fahey',)),
    ('m23', 'We’re focused on our customers and', ('Aaron Donnelly',)),
    ('m23', 'I’ve been commuting on this railroad', ('Samuel Ortiz',)),
    ('m23', 'This is the first time I', ('Samuel Ortiz',)),
    ('m24', 'reckless disregard for the integrity of',
     ('The committee', 'committee', 'the committee', 'investigating committee',
      'The investigating committee')),
    ('m24', 'The pattern of duplication is not',
     ('The committee', 'committee', 'the committee', 'investigating committee',
      'The investigating committee', 'report', 'the report')),
    ('m24', 'Images were rotated, cropped and relabeled',
     ('The committee', 'committee', 'the committee', 'investigating committee',
      'The investigating committee', 'report', 'the report')),
    ('m24', 'the product of sloppy record-keeping by', ('Gregory Vance',)),
    ('m24', 'I accept responsibility for what happens', ('Gregory Vance',)),
    ('m24', 'I do not accept that I', ('Gregory Vance',)),
    ('m24', 'It took me about ten minutes', ('Elisabeth Bik-Jansen',)),
    ('m24', 'It took the university two years', ('Elisabeth Bik-Jansen',)),
    ('m24', 'You learned quickly what he wanted',
     ('A former postdoctoral researcher in Vance’s lab', 'former postdoctoral researcher',
      'A former postdoctoral researcher', 'postdoctoral researcher')),
    ('m24', 'And you learned not to bring',
     ('A former postdoctoral researcher in Vance’s lab', 'former postdoctoral researcher',
      'A former postdoctoral researcher', 'postdoctoral researcher')),
    ('m24', 'committed to transparency, even when it', ('Rebecca Cunningham-Oduya',)),
    ('m25', 'I wanted to run fast, but', ('Tigist Alemayehu',)),
    ('m25', 'After 35 kilometers, my legs were', ('Tigist Alemayehu',)),
    ('m25', 'When she went, I had nothing', ('Mercy Chebet',)),
    ('m25', 'She was very strong today. Next', ('Mercy Chebet',)),
    ('m25', 'I was so scared of the', ('Lauren Pfeiffer',)),
    ('m25', 'I kept waiting for it and', ('Lauren Pfeiffer',)),
    ('m25', 'You get maybe one morning like', ('Carey Pinkowski-Grant',)),
    ('m25', 'She took full advantage of it', ('Carey Pinkowski-Grant',)),
    ('m25', 'I missed my children', ('Daniel Kiprotich',)),
    ('m25', 'This is for them', ('Daniel Kiprotich',)),
    ('m25', 'The school had no roof when', ('Tigist Alemayehu',)),
    ('m25', 'Now it will have one', ('Tigist Alemayehu',)),
    ('m26', 'Mom and cub are doing well',
     ('National Zoo', 'The zoo', 'zoo', 'Smithsonian’s National Zoo')),
    ('m26', 'We heard the cub vocalizing ',
     ('National Zoo', 'The zoo', 'zoo', 'Smithsonian’s National Zoo')),
    ('m26', 'These first two weeks are the', ('Jessica Ortiz-Lam',)),
    ('m26', 'We are watching on cameras around', ('Jessica Ortiz-Lam',)),
    ('m26', 'a moment of joy for the', ('Brandie Kovach',)),
    ('m26', 'Washington loves its pandas', ('Brandie Kovach',)),
    ('m26', 'They left, and people were genuinely', ('Brandie Kovach',)),
    ('m26', 'I’m going to name it Butter', ('Rohan Mehta',)),
    ('m26', 'He’s been asking to come here', ('Anjali Mehta',)),
    ('m26', 'It was four hours ago', ('Anjali Mehta',)),
    ('m27', 'We’re not paying for a building', ('Yolanda Espinal',)),
    ('m27', 'The elevator in my building has', ('Yolanda Espinal',)),
    ('m27', 'I have a neighbor on the', ('Yolanda Espinal',)),
    ('m27', 'Crestline has invested more than $2', ('Howard Blum',)),
    ('m27', 'Withholding rent will only delay the', ('Howard Blum',)),
    ('m27', 'This is one of the worst', ('Adrienne Foley',)),
    ('m27', 'If Crestline spent two million dollars', ('Adrienne Foley',)),
    ('m27', 'They can take us to court', ('Yolanda Espinal',)),
    ('m27', 'The judge can come see the', ('Yolanda Espinal',)),
    ('m28', 'Smoke is the flavor of my', ('Folasade Adebayo-King',)),
    ('m28', 'She cooked outside. Everything she made', ('Folasade Adebayo-King',)),
    ('m28', 'I spent ten years cooking food', ('Folasade Adebayo-King',)),
    ('m28', 'I got tired of it', ('Folasade Adebayo-King',)),
    ('m28', 'She told my sous-chef the jollof', ('Folasade Adebayo-King',)),
    ('m28', 'He’s from Cameroon. There was almost', ('Folasade Adebayo-King',)),
    ('m28', 'Cameroonian jollof is better', ('Emmanuel Nkeng',)),
    ('m28', 'I will say it in the', ('Emmanuel Nkeng',)),
    ('m28', 'the most personal cooking in the', ('Alison Teague',)),
    ('m29', 'She had stayed with the plane', ('Austin McDaniel-Cruz',)),
    ('m29', 'She did everything right', ('Austin McDaniel-Cruz',)),
    ('m29', 'She said Rune saved her life', ('Peter Chikoyak',)),
    ('m29', 'He told her to brace, and', ('Peter Chikoyak',)),
    ('m29', 'He knew that country better than', ('Linnea Amundsen',)),
    ('m29', 'The weather turned. That’s all. The', ('Linnea Amundsen',)),
    ('m29', 'It depends on the weather', ('Clint Johnson-Reyes',)),
    ('m29', 'Everything out there depends on the', ('Clint Johnson-Reyes',)),
    ('m30', 'We are not asking for charity', ('Mariana Lucero',)),
    ('m30', 'We are asking the countries that', ('Mariana Lucero',)),
    ('m30', 'Europe cannot be the only wallet', ('Henrik Lund',)),
    ('m30', 'There is no mandate for more',
     ('an E.U. diplomat', 'E.U. diplomat', 'diplomat', 'One E.U. diplomat')),
    ('m30', 'Developing countries have a right to', ('Rajesh Varadarajan',)),
    ('m30', 'That right is not up for', ('Rajesh Varadarajan',)),
    ('m30', 'We have 36 hours', ('Elnur Mammadov',)),
    ('m30', 'History will not remember the speeches', ('Elnur Mammadov',)),
    ('m30', 'Pay Up', (None, NO_QUOTATION)),
    ('m30', 'My island will be underwater before', ('Ana Tuilagi',)),
    ('m31', 'I thought it was dust on', ('Marjorie Feld',)),
    ('m31', 'Then it moved', ('Marjorie Feld',)),
    ('m31', 'Amateurs still make real discoveries, and', ('Gareth Williams-Ode',)),
    ('m31', 'Her observations were careful and her', ('Gareth Williams-Ode',)),
    ('m31', 'I bring her hot chocolate at', ('Arnold Feld',)),
    ('m31', 'That’s my contribution to science', ('Arnold Feld',)),
    ('m31', 'One of them is an engineer', ('Marjorie Feld',)),
    ('m31', 'I did tell them', ('Marjorie Feld',)),
    ('m31', 'Mrs. Feld, you told us this',
     ('One of them', 'one of them', 'An engineer at NASA', 'engineer at NASA',
      'an engineer at NASA', 'former student')),
    ('m32', 'The first year, the other coaches', ('Donna Tackett',)),
    ('m32', 'Then we beat them. Now they', ('Donna Tackett',)),
    ('m32', 'She knows more defense than I', ('Ray Tackett',)),
    ('m32', 'I knew that when we were', ('Ray Tackett',)),
    ('m32', 'If you mess up on defense', ('Malik Stidham',)),
    ('m32', 'Coach T will yell. Coach D', ('Malik Stidham',)),
    ('m32', 'Dinner at our house is film', ('Kelsey Tackett',)),
    ('m32', 'I was eight before I knew', ('Kelsey Tackett',)),
    ('m32', 'We argue about it everywhere', ('Donna Tackett',)),
    ('m32', 'He just loses quieter at home', ('Donna Tackett',)),
    ('m32', 'I’ve been married 30 years', ('Ray Tackett',)),
    ('m32', 'I know when to punt', ('Ray Tackett',)),
    ('m33', 'On November 3, the Company became',
     ('Brightwell & Co.', 'Brightwell', 'the company', 'filing', 'the filing', 'The company')),
    ('m33', 'The Company promptly activated its incident',
     ('Brightwell & Co.', 'Brightwell', 'the company', 'filing', 'the filing', 'The company')),
    ('m33', 'We checked a few hundred records', ('Allison Furtado',)),
    ('m33', 'These people are not bluffing', ('Allison Furtado',)),
    ('m33', 'You trusted us with your information', ('Martin Oduya-Price',)),
    ('m33', 'I am sorry. We are going', ('Martin Oduya-Price',)),
    ('m33', 'I got the email at 11', ('Denise Calloway-Reed',)),
    ('m33', 'Credit monitoring. Great. They waited three', ('Denise Calloway-Reed',)),
    ('m33', 'Three weeks is a long time', ('Miriam Goldfarb',)),
    ('m33', 'We want to know what Brightwell', ('Miriam Goldfarb',)),
    ('m34', 'This is a play about my', ('Owen Mackay',)),
    ('m34', 'At his funeral. Everybody stood up', ('Owen Mackay',)),
    ('m34', 'One play. He fell asleep in', ('Owen Mackay',)),
    ('m34', 'Good lighting',
     ('his father', 'father', 'He', 'he', 'Mackay’s father', 'Owen Mackay’s father')),
    ('m34', 'She read it twice and called', ('Owen Mackay',)),
    ('m34', 'You made him nicer than he',
     ('his mother', 'mother', 'She', 'she', 'Mackay’s mother', 'Owen Mackay’s mother')),
    ('m34', 'He kept trying to give his', ('Sheryl Abernathy-Cole',)),
    ('m34', 'I kept telling him, your father', ('Sheryl Abernathy-Cole',)),
    ('m34', 'I knew this man before I', ('Dennis Kowalski',)),
    ('m34', 'Every guy on my block was', ('Dennis Kowalski',)),
    ('m35', 'The bells were here before all', ('Lucie Gagnon-Tremblay',)),
    ('m35', 'They will be here after all', ('Lucie Gagnon-Tremblay',)),
    ('m35', 'Nobody is against the church', ('Jonathan Weiss',)),
    ('m35', 'I’m against being woken up by', ('Jonathan Weiss',)),
    ('m35', 'If he wanted silence, he should', ('Réjean Lafleur',)),
    ('m35', 'We can ring a little less', ('Bernard Ouimet',)),
    ('m35', 'We cannot ring not at all', ('Bernard Ouimet',)),
    ('m35', 'They pay taxes here too', ('Sophie Nadeau',)),
    ('m35', 'Some of them have young children', ('Sophie Nadeau',)),
    ('m35', 'I lost', ('Jonathan Weiss',)),
    ('m35', 'It’s democracy. The bells won', ('Jonathan Weiss',)),
    ('m36', 'a fresh start', ('Malachi Fontenot',)),
    ('m36', 'I love Spokane, and I love', ('Malachi Fontenot',)),
    ('m36', 'But I need a fresh start', ('Malachi Fontenot',)),
    ('m36', 'Malachi gave us three great years', ('Mark Delaney',)),
    ('m36', 'That’s the world we live in', ('Mark Delaney',)),
    ('m36', 'I’ve been chasing this kid since', ('Antoine Baptiste',)),
    ('m36', 'Took me five years. Worth it', ('Antoine Baptiste',)),
    ('m36', 'He called me Sunday night and', ('Claudette Fontenot',)),
    ('m36', 'Mama, I think I’m going to', ('Malachi Fontenot',)),
    ('m36', 'He had a point', ('Claudette Fontenot',)),
    ('m36', 'Baby, that’s cold up there', ('Claudette Fontenot',)),
    ('m36', 'It’s cold in Spokane', ('Malachi Fontenot',)),
    ('m36', 'He earned it', ('Isaiah Mbeki',)),
    ('m36', 'Now we play him in December', ('Isaiah Mbeki',)),
    ('m37', 'Our results reveal a prolonged period',
     ('The authors', 'authors', 'the authors', 'The study', 'study')),
    ('m37', 'Admixture between the two populations was',
     ('The authors', 'authors', 'the authors', 'The study', 'study')),
    ('m37', 'We found a farmer woman buried', ('Katalin Horváth-Szabo',)),
    ('m37', 'Someone loved her who did not', ('Katalin Horváth-Szabo',)),
    ('m37', 'Three hundred genomes from one region', ('Iain Mathieson-Grant',)),
    ('m37', 'Ten years ago we would have', ('Iain Mathieson-Grant',)),
    ('m37', 'Cemeteries are where people end up', ('Iain Mathieson-Grant',)),
    ('m37', 'The petrous bone is the best', ('Bence Kovács',)),
    ('m37', 'It is also the hardest bone', ('Bence Kovács',)),
    ('m38', 'This fire is making runs of', ('Carlos Whitebird',)),
    ('m38', 'We are not going to be', ('Carlos Whitebird',)),
    ('m38', 'Some folks didn’t want to go', ('Angela Pruett',)),
    ('m38', 'We told them we can’t come', ('Angela Pruett',)),
    ('m38', 'Central Oregon is fighting for its', ('Michael Tran',)),
    ('m38', 'If you have asthma or a', ('Rachel Lindholm',)),
    ('m38', 'We took the kids, the cat', ('Gina Maldonado',)),
    ('m38', 'Everything else is just stuff. That’s', ('Gina Maldonado',)),
    ('m39', 'I was the librarian who found', ('Lorraine Essex',)),
    ('m39', 'I have thought about that painting', ('Lorraine Essex',)),
    ('m39', 'I almost threw it on the', ('Clayton Riggs',)),
    ('m39', 'Then I saw the frame and', ('Clayton Riggs',)),
    ('m39', 'We’d love to know how it', ('Jeffrey Hallock',)),
    ('m39', 'But the man who could tell', ('Jeffrey Hallock',)),
    ('m39', 'It’s in better shape than you’d', ('Nadia Feldstein-Ruiz',)),
    ('m39', 'Feed sacks are dry. Whoever hid', ('Nadia Feldstein-Ruiz',)),
    ('m39', 'On the same nail', ('Tobias Grant',)),
    ('m39', 'We never took the nail out', ('Tobias Grant',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, so it must be there."""
    assert len(PROBES) == 39
    assert all(fragment in PROBES[probe] for probe, fragment, _ in PROBES_54)


KNOWN_WRONG_54: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('m03', 'We have a history of net'): (
        'Exchange Commission',
        'organisation: "the company said in the filing with the Securities and Exchange '
        'Commission" gives the organisation named after "with", not Ferrovia Systems that '
        '"the company" means',
    ),
    ('m03', 'The loss of either customer would'): (
        'Exchange Commission',
        'the same: "it said" goes to the organisation named last',
    ),
    ('m03', 'Any work stoppage could disrupt our'): (
        'Communications Workers',
        'the same: "the company said" goes to the union named just before, not the '
        'company',
    ),
    ('m04', 'Every year up here is a'): (
        'Daniel',
        'inner quotation: "She said the title came from a fisherman she met in '
        'Hammerfest. ‘…,’ he told her": "he" is the indefinite fisherman, given the '
        "novel's character",
    ),
    ('m04', 'I wrote it on my hand'): (
        'Daniel',
        "the same paragraph: the author's quotation after the fisherman's, no cue, "
        'follows the wrong "he"',
    ),
    ('m05', 'I paint what the river leaves'): (
        None,
        'headline: "‘…’: A conversation with Teodora Vasquez-Baird" — the person after '
        'the colon is not read',
    ),
    ('m09', 'This is one of the five'): (
        'utility',
        'right by a description: "the utility said in a statement" (Nashville Electric '
        'Service named the sentence before)',
    ),
    ('m09', 'We’ve got cots, we’ve got coffee'): (
        'Warren County Judge-Executive Mitch Garrity',
        'right person in another form: the title "Warren County Judge-Executive" kept in '
        'the name',
    ),
    ('m09', 'What we don’t have yet is'): (
        'Warren County Judge-Executive Mitch Garrity',
        'the same',
    ),
    ('m10', 'It’s not our ocean, we’re just'): (
        'Beverly Stanhope Marr',
        'a quotation with no cue after "Her father, she said, used to say something about '
        'it every night.": the father\'s words given to the daughter who reports them',
    ),
    ('m11', 'We’re not leaving Akita'): (
        'Sato Kenji',
        'shared surname, family name first: "the younger Mr. Sato said" with Sato Kenji '
        'and Sato Haruto goes to the father',
    ),
    ('m11', 'We’re adding a second home. If'): (
        'Sato Kenji',
        'the same',
    ),
    ('m12', 'cannot be saved'): (
        'superintendent',
        'right by a description: the subhead "superintendent says building ‘…’"',
    ),
    ('m13', 'That’s Erik'): (
        'Erik Halvorsen',
        'shared surname: "The younger brother laughed ... “…,” he said" (the brothers\' '
        'ages 61 and 57 given) goes to the older brother quoted before',
    ),
    ('m13', 'He’s been saying that since we'): (
        'Erik Halvorsen',
        'the same',
    ),
    ('m15', 'The agency does not discuss products'): (
        'a spokesman',
        'right by a description: "a spokesman said in an email" after "The F.D.A. '
        'declined to comment"',
    ),
    ('m17', 'We love playing in the desert'): (
        'band',
        'right by a description: "the band said" after "In a statement, Lantern Youth '
        'said"',
    ),
    ('m17', 'We don’t love playing for free'): (
        'band',
        'the same',
    ),
    ('m18', 'The grid is holding'): (
        'A spokeswoman',
        'right person in another form: "A spokeswoman for Arizona Public Service" cut '
        'before "for"',
    ),
    ('m18', 'We are asking customers to set'): (
        'A spokeswoman',
        'the same',
    ),
    ('m20', 'My granddad didn’t homestead this ground'): (
        'Travis Kessler',
        'shared surname: "The elder Kessler is unmoved. “…,” he said" goes to the son '
        'quoted before (the father is told by "His son, Travis, 34")',
    ),
    ('m21', 'a season of pruning'): (
        None,
        'headline: "bishop calls it ‘…’" gives no speaker',
    ),
    ('m24', 'I accept responsibility for what happens'): (
        'statement',
        'right by its document: "“…,” the statement said" (his statement through his '
        'lawyer)',
    ),
    ('m24', 'I do not accept that I'): (
        'statement',
        'the same',
    ),
    ('m26', 'I’m going to name it Butter'): (
        None,
        '"Outside the panda house on Tuesday, Rohan Mehta, 9, pressed his face to the '
        'glass anyway. “…,” he said": no speaker for "he"',
    ),
    ('m27', 'We’re not paying for a building'): (
        'tenants’ union',
        'speaker after the quotation: "“…” That was the message from the tenants\' union '
        '... The words belong to Yolanda Espinal": the union the next paragraph names is '
        'taken (nextcue95), the speaker in the one after it is not read',
    ),
    ('m30', 'There is no mandate for more'): (
        'one E.U. diplomat',
        'right person in another form: "One E.U. diplomat" lower-cased',
    ),
    ('m34', 'This is a play about my'): (
        None,
        'headline: "‘…’: Owen Mackay on ‘The Drywaller’" — the person after the colon is '
        'not read',
    ),
    ('m36', 'a fresh start'): (
        'Gonzaga guard',
        'right by a description: the headline "Gonzaga guard transfers to Kentucky, '
        'citing ‘…’"',
    ),
}  # fmt: skip


OUTER_54 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('m31', 'Mrs. Feld, you told us this'): ('Marjorie Feld',),
    ('m34', 'Good lighting'): ('Owen Mackay',),
    ('m34', 'You made him nicer than he'): ('Owen Mackay',),
    ('m36', 'Mama, I think I’m going to'): ('Claudette Fontenot',),
    ('m36', 'It’s cold in Spokane'): ('Claudette Fontenot',),
}  # fmt: skip

test_probe_speaker_nineteenth_batch, test_nineteenth_batch_figure = judged_batch_tests(
    "probes54", PROBES, said_outside(PROBES_54, OUTER_54), KNOWN_WRONG_54, FIRST_JUDGED, size=402
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 32bfa0e)

N = "\n\n"


def test_a_subject_past_a_fronted_phrase_and_its_age_is_introduced() -> None:
    """ "At the bus stop on Friday, Ikenna Oyelowo, 12, waved a flag": a first name in no
    list, the subject after a fronted phrase and an age set off by commas; "he" after it
    is him (it was no one: only a verb right after the name was read)."""
    text = (
        "At the bus stop on Friday, Ikenna Oyelowo, 12, waved a paper flag at the buses. "
        "“I want to drive one of those,” he said."
    )
    assert _speaker(text, "drive one") == "Ikenna Oyelowo"
    text = (
        "Near the gate, Ikenna Oyelowo, a retired welder, sat down on a cooler. "
        "“I have been coming here for forty years,” he said."
    )
    assert _speaker(text, "forty years") == "Ikenna Oyelowo"


def test_they_is_the_people_a_plural_subject_just_before_names() -> None:
    """ "Economists at Lindqvist Partners were less worried. “…,” they wrote": the plural
    subject for people of the sentence before, not the group quoted in the paragraph
    before (and not the firm's name read as a person's)."""
    text = (
        "The tariff would raise prices, retailers said Monday." + N + "Economists at "
        "Lindqvist Partners were less worried. “Most of it is already priced in,” they "
        "wrote in a note."
    )
    assert _speaker(text, "priced in") == "Economists at Lindqvist Partners"


def test_the_younger_mr_surname_is_the_younger_of_the_family() -> None:
    """ "the younger Mr. Brannock said": an honorific between "the younger" and the
    surname, the family told apart by their ages."""
    text = (
        "Ambrose Brannock, 71, has fished out of the harbor since 1970. His son, Wesley "
        "Brannock, 38, runs the second boat." + N + "“The quota is the problem,” Ambrose "
        "Brannock said." + N + "“We are not selling the boats,” the younger Mr. Brannock "
        "said."
    )
    assert _speaker(text, "selling the boats") == "Wesley Brannock"


def test_so_said_after_a_quotation_is_an_inverted_cue() -> None:
    """ "“…” So said Delia Marchand, the agency's lawyer.": the adverb opens the cue, its
    speaker after it (it was "so")."""
    text = (
        "The agency has kept every promise it made to the tenants. “Every repair is on "
        "schedule.” So said Delia Marchand, the agency’s lawyer."
    )
    assert _speaker(text, "on schedule") == "Delia Marchand"
