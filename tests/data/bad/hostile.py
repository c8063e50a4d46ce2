"""Writes hostile.jsonl (hostile input lines) and hostile.json (per line: its case name and the outcome it must
give: "record" or an error code), the corpus of tests/test_stress.py beside bad.jsonl.

Run from the repo root: .venv/bin/python tests/data/bad/hostile.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
OK = "Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину 7 октября 2025 года."
SAID = "«Мы готовы к переговорам», — заявил министр Сергей Лавров в пятницу."
MAX_CHARS = 20_000  # the --max-chars tests/test_stress.py runs with (as test_bad_input.py)


def line(text: object = OK, id_: object = "x", **fields: object) -> bytes:
    """One article line; `fields` are added after id and text."""
    return json.dumps({"id": id_, "text": text, **fields}, ensure_ascii=False).encode()


def raw(body: str) -> bytes:
    """A line written by hand (for what json.dumps cannot produce)."""
    return body.encode()


DIGITS = "9" * 4301
CASES: list[tuple[str, str, bytes]] = [
    # JSON that strains the parser
    ("int-4301-digits-extra", "E001", raw(f'{{"id": "big-int", "text": "{OK}", "n": {DIGITS}}}')),
    ("int-4301-digits-id", "E001", raw(f'{{"id": {DIGITS}, "text": "{OK}"}}')),
    ("int-4300-digits-extra", "record", raw(f'{{"id": "int-4300", "text": "{OK}", "n": {"9" * 4300}}}')),
    ("nan-extra", "record", raw(f'{{"id": "nan", "text": "{OK}", "score": NaN}}')),
    ("infinity-extra", "record", raw(f'{{"id": "inf", "text": "{OK}", "score": Infinity, "low": -Infinity}}')),
    ("float-overflow-extra", "record", raw(f'{{"id": "1e400", "text": "{OK}", "score": 1e400}}')),
    ("nan-nested-extra", "record", raw(f'{{"id": "nan-deep", "text": "{OK}", "meta": {{"a": [NaN, 1]}}}}')),
    ("deep-nesting", "E001", raw(f'{{"id": "deep", "text": "{OK}", "m": {"[" * 20_000}{"]" * 20_000}}}')),
    ("nesting-100", "record", raw(f'{{"id": "nest-100", "text": "{OK}", "m": {"[" * 100}{"]" * 100}}}')),
    ("trailing-comma", "E001", raw(f'{{"id": "comma", "text": "{OK}",}}')),
    ("single-quotes", "E001", raw("{'id': 'single', 'text': 'Путин'}")),
    ("comment", "E001", raw(f'{{"id": "comment", "text": "{OK}"}} // note')),
    ("two-objects", "E001", line(id_="two-a") + b" " + line(id_="two-b")),
    ("whitespace-line", "E001", b"   \t "),
    ("string-line", "E002", b'"just a string"'),
    ("number-line", "E002", b"42"),
    ("true-line", "E002", b"true"),
    ("empty-object", "E003", b"{}"),
    ("utf16-line", "E010", line(id_="utf16").decode().encode("utf-16")),
    ("overlong-utf8", "E010", b'{"id": "overlong", "text": "\xc0\xaf"}'),
    ("cesu-surrogates", "E010", b'{"id": "cesu", "text": "\xed\xa0\x80"}'),
    ("crlf-ending", "record", line(id_="crlf") + b"\r"),
    ("duplicate-key", "record", raw(f'{{"id": "dup-key-a", "id": "dup-key-b", "text": "{OK}"}}')),
    ("bom-only", "E001", "\ufeff".encode()),
    # ids
    ("id-zero-int", "record", line(id_=0)),
    ("id-zero-string", "record", line(id_="0")),
    ("id-newline", "record", line(id_="a\nb")),
    ("id-carriage-return", "record", line(id_="a\rb")),
    ("id-tab-and-nul", "record", line(id_="tab\there\x00")),
    ("id-path", "record", line(id_="../../etc/passwd")),
    ("id-unicode", "record", line(id_="новость-№1-🙂")),
    ("id-long", "record", line(id_="i" * 5000)),
    ("id-negative", "record", line(id_=-17)),
    ("id-big-int", "record", line(id_=2**70)),
    ("id-float", "E007", line(id_=1.5)),
    ("id-bool", "E007", line(id_=True)),
    ("id-object", "E007", line(id_={"a": 1})),
    ("id-empty", "E006", line(id_="")),
    ("id-duplicate", "E012", line(id_="../../etc/passwd")),
    # published_at
    ("published-year-1-relative", "record", line("Вчера министр заявил, что завтра всё решится.", "year-1",
                                                 published_at="0001-01-01")),
    ("published-year-9999-relative", "record", line("Завтра министр заявит, что вчера всё решилось.", "year-9999",
                                                    published_at="9999-12-31")),
    ("published-leap-day", "record", line("Вчера прошли выборы.", "leap", published_at="2024-02-29")),
    ("published-null", "record", line(OK, "pub-null", published_at=None)),
    # text: numbers and dates
    ("digits-4301-in-text", "record", line(f"Код {DIGITS} опубликован 5 мая 2020 года.", "digits-text")),
    ("digits-1000-in-text", "record", line(f"Число {'7' * 1000} года.", "digits-1000")),
    ("year-huge", "record", line("В 99999 году и в 0 году, 31 февраля и 29.02.2023, в 25:61.", "odd-dates")),
    ("fullwidth-digits", "record", line("２０２４年 и ٢٠٢٤ и ²³ и Ⅻ век, 12 мая ２０２４ года.", "odd-digits")),
    ("nan-words-in-text", "record", line("NaN Infinity -Infinity 1e400 1e-400 0x1F 1_000", "nan-words")),
    ("many-dates", "record", line(" ".join(f"{d % 28 + 1} мая {1900 + d} года." for d in range(600)),
                                  "many-dates")),
    ("many-relative-dates", "record", line("Вчера, сегодня, завтра, позавчера, через неделю. " * 200,
                                           "many-relative")),
    ("date-ranges", "record", line("С 1 по 31 декабря 2024 года и с 2020 по 2030 год, 1-2 мая. " * 100, "ranges")),
    # text: quotes
    ("nested-quotes-deep", "record", line("«" * 200 + "Путин" + "»" * 200 + " — сказал он.", "nested-quotes")),
    ("unbalanced-quotes", "record", line("«Мы начнём, — сказал Путин. " * 150, "unbalanced")),
    ("many-direct-quotes", "record", line(SAID + " " + " ".join([SAID] * 200), "many-said")),
    ("dialogue-lines", "record", line("\n".join(["— Вы уверены? — спросил он.", "— Да, — ответила она."] * 150),
                                      "dialogue")),
    ("mixed-quote-marks", "record", line('"«„“”»" ‘’ ‹› ' * 500 + "сказал он.", "quote-marks")),
    ("many-pronouns", "record", line("Он сказал, что она заявила, что они считают, что оно есть. " * 200,
                                     "pronouns")),
    ("many-names", "record", line(" ".join(f"Иван Петров{i % 50} встретился с Анной Смирновой." for i in range(400)),
                                  "many-names")),
    ("one-name-many-times", "record", line("Путин. " * 2000, "one-name")),
    ("many-orgs", "record", line("МИД России, Минфин, ФАС и Центробанк (ЦБ) заявили. " * 200, "orgs")),
    # text: size and shape
    ("max-chars-exact", "record", line("a" * MAX_CHARS, "max-exact")),
    ("max-chars-plus-one", "E011", line("a" * (MAX_CHARS + 1), "max-plus-one")),
    ("huge-line-prefix", "E011", line("word " * 10_000, "huge")),
    ("no-spaces", "record", line("слово," * 3_000, "no-spaces")),
    ("one-long-sentence", "record", line(" ".join(["министр", "заявил", "что"] * 1_000), "long-sentence")),
    ("many-short-sentences", "record", line("А. Б! В? " * 1_500, "short-sentences")),
    ("only-newlines", "record", line("\n" * 5_000 + "Путин.", "newlines")),
    ("unicode-line-separators", "record", line("Путин\u2028сказал\u2029«да»\x85ему\x0bи\x0c ей. " * 150, "separators")),
    ("cr-only-lines", "record", line("Путин сказал.\rЛавров заявил.\r" * 300, "cr-lines")),
    ("crlf-lines", "record", line("Путин сказал.\r\nЛавров заявил.\r\n" * 300, "crlf-lines")),
    ("only-dashes", "record", line("—" * 5_000, "dashes")),
    ("only-commas", "record", line("," * 20_000, "commas")),
    ("only-digits", "record", line("1234567890" * 2_000, "only-digits")),
    ("single-char", "record", line("а", "one-char")),
    ("single-punct", "record", line(".", "one-punct")),
    # text: odd characters
    ("zalgo", "record", line("П\u0301\u0302\u0303у\u0304\u0305\u0306т\u0307\u0308ин сказал. " * 150, "zalgo")),
    ("rtl-marks", "record", line("\u202eПутин\u202c \u200fсказал\u200e «\u200bда\u200d». " * 150, "rtl")),
    ("noncharacters", "record", line("Путин \uffff\ufffe\ufdd0 сказал \U0010ffff. " * 150, "nonchars")),
    ("private-use", "record", line("\ue000\uf8ff Путин \U000f0000 сказал. " * 150, "private")),
    ("math-letters", "record", line("𝐏𝐮𝐭𝐢𝐧 сказал 𝟕 мая. " * 150, "math-letters")),
    ("emoji-zwj", "record", line("👩‍👩‍👧‍👦 🇷🇺 🏳️‍🌈 Путин 👍🏽 сказал. " * 150, "emoji-zwj")),
    ("bom-in-text", "record", line("\ufeffПутин\ufeff сказал.\ufeff" * 150, "bom-text")),
    ("nul-in-text", "record", line("Путин\x00сказал\x00«да».\x00" * 150, "nul-text")),
    ("ansi-escapes", "record", line("\x1b[31mПутин\x1b[0m \x1b]8;;http://x\x07сказал\x1b]8;;\x07. " * 150, "ansi")),
    ("rich-markup", "record", line("[bold]Путин[/bold] [/] [link=http://x]сказал[/link] [/bold]. " * 300,
                                   "rich-markup")),
    ("html-and-entities", "record", line("<p>Путин &amp; &lt;Лавров&gt; &#x41;</p><br/>" * 150, "html-heavy")),
    ("latin-lookalikes", "record", line("Пyтин (Latin y) и Лaвpoв (Latin a, p, o) сказали. " * 150, "lookalikes")),
    ("mixed-scripts", "record", line("Путин Putin 普京 بوتين Πούτιν פוטין сказал. " * 150, "scripts")),
    ("tabs-and-spaces", "record", line("\t \u00a0\u2003\u3000Путин\t\tсказал\u00a0«да». " * 150, "spaces")),
    ("csv-formula", "record", line("=HYPERLINK(\"http://x\") +1 -1 @SUM(A1) сказал Путин.", "formula")),
    # other fields
    ("title-huge", "record", line(OK, "title-huge", title="Заголовок " * 2_000)),
    ("title-number", "E009", line(OK, "title-number", title=12)),
    ("url-odd", "record", line(OK, "url-odd", url="javascript:alert(1)")),
    ("extra-deep-ok", "record", line(OK, "extra-deep", meta={"a": [{"b": [None, True, 1.5, "x"]}]})),
    ("extra-unicode-keys", "record", line(OK, "extra-keys", **{"ключ": 1, "": 2, "🙂": [3]})),
]


def main() -> None:
    (HERE / "hostile.jsonl").write_bytes(b"\n".join(body for _, _, body in CASES) + b"\n")
    expected = [{"name": name, "expect": outcome} for name, outcome, _ in CASES]
    (HERE / "hostile.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
