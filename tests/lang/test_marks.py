"""pipeline.lang.marks: the one quote-pairing algorithm (pairs, what is open at an offset, what stays unpaired)
and the dash and mark predicates. Every text here is made up."""

from __future__ import annotations

import pytest

from pipeline.lang import marks
from pipeline.lang.marks import (
    dialogue_speech_end,
    feed_item_ends,
    is_dash,
    is_quote_mark,
    open_at,
    pair_quotes,
    top_level,
    unpaired_marks,
)

PAIRS = [
    ("Он сказал: «Да».", ["Да"]),
    ('Как писал "Кавказский узел", всё "было спокойно".', ["Кавказский узел", "было спокойно"]),
    ('"Мы поддерживаем "Газпром" в этом", - сказал он.', ['Мы поддерживаем "Газпром" в этом']),
    ("«Корабли „Прогресс“ и „Союз“ готовы», — сообщил он.", ["Корабли „Прогресс“ и „Союз“ готовы"]),
    ("«Во время полёта, в случае с «Союзом» это не так»", ["Во время полёта, в случае с «Союзом» это не так"]),
    ("“Hello”, he said", ["Hello"]),
    ("«Первая часть\nвторая часть»", []),  # pairing restarts at a line break
    ("Открыто « и не закрыто.", []),
    # one closing mark typed for two, an attribution after it: it closes the outer quotation too
    ('"Поезд пойдет до станции "Парковая", - добавил он.', ['Поезд пойдет до станции "Парковая']),
    ("«Поезд пойдет до станции «Парковая», — добавил он.", ["Поезд пойдет до станции «Парковая"]),
    # ... unless a mark that closes comes later on the line: the outer quotation goes on
    ('Газета пишет: "Мы рады, "Вместе мы сильнее", - сказал он в эфире".',
     ['Мы рады, "Вместе мы сильнее", - сказал он в эфире']),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_pair_quotes_outermost(text: str, expected: list[str]) -> None:
    assert [text[pair.start : pair.end] for pair in top_level(pair_quotes(text))] == expected


def test_nested_pairs_are_kept() -> None:
    text = "«A „B“ C»"
    assert sorted(text[p.start : p.end] for p in pair_quotes(text)) == ["A „B“ C", "B"]


@pytest.mark.parametrize(("text", "marker", "expected"), [
    ("Он сказал: «Сегодня мы начнем».", "Сегодня", True),
    ("Он сказал: «Да». Сегодня мы начнем.", "Сегодня", False),
    ('Глава заявил: "Сегодня все решится".', "Сегодня", True),
    ('Как писал "Вестник", сегодня все решится.', "сегодня", False),
    ("«Завтра будет иначе,\nсегодня нет»", "сегодня", False),  # a quotation never stays open past a line break
    ("Цитата „сегодня“ и точка.", "сегодня", True),
    ("Сегодня без кавычек.", "Сегодня", False),
])
def test_open_at(text: str, marker: str, expected: bool) -> None:
    assert open_at(text, text.index(marker)) is expected


@pytest.mark.parametrize(("text", "marker", "expected"), [
    ("- В субботу мы получили дозы, – сообщил министр 10 декабря.", "субботу", ", – сообщил"),
    ("— Да, в субботу, — ответил он.", "субботу", ", — ответил"),
    ("- В субботу мы получили дозы, – сообщил министр 10 декабря.", "10 декабря", None),  # the attribution
    ("В субботу - в день выборов - мы получили дозы.", "субботу", None),  # no dash opens the line
    ("Итоги:\n- в субботу привили 500 человек;", "субботу", None),  # a list item: no attribution follows
])
def test_dialogue_speech_end(text: str, marker: str, expected: str | None) -> None:
    end = dialogue_speech_end(text, text.index(marker))
    assert (None if end is None else text[end : end + len(expected or "")]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("«Газпром»", []),
    ("«Газпром", [0]),
    ('компании "Вектор', [9]),
    ("«A „B“ C»", []),
    ("A» и «B»", [1]),
])
def test_unpaired_marks(text: str, expected: list[int]) -> None:
    assert unpaired_marks(text) == expected


@pytest.mark.parametrize(("text", "hyphen", "expected"), [
    ("—", True, True), ("–", False, True), ("−", False, True), ("‒", False, True), ("―", False, True),
    ("--", False, True), ("-", True, True), ("-", False, False), ("—-", True, False), ("", True, False),
])
def test_is_dash(text: str, hyphen: bool, expected: bool) -> None:
    assert is_dash(text, hyphen=hyphen) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("«", True), ("”", True), ('"', True), ("", False), ("«»", False), ("'", False), ("a", False),
])
def test_is_quote_mark(text: str, expected: bool) -> None:
    assert is_quote_mark(text) is expected


def test_open_at_asked_along_a_line_answers_as_one_scan() -> None:
    """open_at goes on from the last offset of the same line: every answer equals a fresh scan, in text order,
    backwards, across lines and texts."""
    texts = ["Он сказал «в пятницу», а «в субботу — «нет» и 'да' — ответил", "«А\nБ» «В „Г“ Д» \"Е\" — сказал он",
             "Министр: \"Мы «готовы»\", — 'нет'"]
    for text in texts:
        order = list(range(len(text) + 1))
        for offsets in (order, order[::-1], order[::3] + order[1::3]):
            for offset in offsets:
                fresh = bool(marks._scan(text, text.rfind("\n", 0, offset) + 1, offset)[1])
                assert open_at(text, offset) is fresh, (text, offset)


def test_open_at_along_a_long_line_steps_each_mark_once(monkeypatch) -> None:
    """Asking about 2,000 offsets of one line in text order pairs each of its marks once, not once per offset."""
    line = "Он сказал «в пятницу» и " * 500
    steps = []
    real_step = marks._step
    monkeypatch.setattr(marks, "_step", lambda *args: steps.append(1) or real_step(*args))
    for offset in range(0, len(line), 6):
        open_at(line, offset)
    assert len(steps) <= line.count("«") + line.count("»")


LAST_OPEN_QUOTES = [  # (the beginning of a line, where the quotation open at its end opens or -1)
    ('Дело возбуждено по статье "', 26),
    ('по статьям "терроризм" и "', 25),
    ('по статьям "терроризм" и ', -1),
    ("по статье «", 10),
    ("«убийство» и ", -1),
    ("по статье „", 10),
    ("«убийство» и „", 13),
    ("без кавычек", -1),
]


@pytest.mark.parametrize(("line", "expected"), LAST_OPEN_QUOTES)
def test_last_open_quote(line: str, expected: int) -> None:
    assert marks.last_open_quote(line) == expected


FEEDS = [  # coref101: where a news feed's cut-off teasers end (made-up pages)
    ("Путин выступил в Давосе …\n\nВ Казани открылся стадион. Мэр доволен …\n\nИтог", [26, 68]),
    ("Путин выступил в Давосе. … \nВ Казани открылся стадио …\nВ Сочи прошел фестива …\nИтог",
     [28, 55, 79]),  # the " … " set after a whole teaser ends one too
    ("Путин выступил в Давосе …\n\nВ Казани открылся стадион.", []),  # one cut line: the author's own ellipsis
    ("— Вы много критикуете Сандерса…\n— Нет…\nИтог", []),  # a dialogue's trailing ellipses are no cuts
]


@pytest.mark.parametrize(("text", "expected"), FEEDS)
def test_feed_item_ends(text: str, expected: list[int]) -> None:
    assert feed_item_ends(text) == expected
