"""The ranking perceptron's training order: seeded, and not re-dealt by one example more."""

from __future__ import annotations

from core.ranking import RankingExample, keyed_order, train_ranker


def _examples(n: int) -> list[RankingExample]:
    """Invented choices: the candidate near a cue is right, the one far from it is not
    (listed first in every other example)."""
    out = []
    for i in range(n):
        near, far = ["near", f"word={i % 7}"], ["far", f"word={i % 5}"]
        pair = [(near, True), (far, False)][:: 1 if i % 2 else -1]
        out.append(RankingExample([fs for fs, _ in pair], [ok for _, ok in pair], f"a{i}"))
    return out


def test_the_order_is_a_seeded_permutation() -> None:
    data = _examples(40)
    order = keyed_order(data, "15.0")
    assert sorted(order) == list(range(40))
    assert keyed_order(data, "15.0") == order
    assert keyed_order(data, "16.0") != order


def test_one_example_more_leaves_the_others_in_their_order() -> None:
    data = _examples(40)
    extra = RankingExample([["far"], ["near"]], [False, True], "a new quotation")
    before = [data[n].key for n in keyed_order(data, "15.3")]
    after = [(data + [extra])[n].key for n in keyed_order(data + [extra], "15.3")]
    assert [key for key in after if key != extra.key] == before


def test_an_example_without_a_key_is_placed_by_its_content() -> None:
    first = RankingExample([["near"], ["far"]], [True, False])
    second = RankingExample([["far"], ["near"]], [False, True])
    assert [[first, second][n] for n in keyed_order([first, second], "1.0")] == [
        [second, first][n] for n in keyed_order([second, first], "1.0")
    ]


def test_the_perceptron_learns_to_rank_the_right_candidate_first() -> None:
    model = train_ranker(_examples(40), epochs=3, seed=15)
    assert model.score(["near"]) > model.score(["far"])
