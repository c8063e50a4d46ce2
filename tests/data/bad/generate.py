"""Writes bad.jsonl (nasty input lines) and expected.json (line -> "record" or the error code it must give).

Run from the repo root: .venv/bin/python tests/data/bad/generate.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
OK = "Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину 7 октября 2025 года."


def obj(text: object = OK, **fields: object) -> bytes:
    return json.dumps({"id": fields.pop("id", None), "text": text, **fields}, ensure_ascii=False).encode()


CASES: list[tuple[str, bytes]] = [
    ("record", obj(id="good")),
    ("E001", b'{"id": "broken", "text": "no closing brace"'),
    ("E001", b"\x00\x00\x00"),
    ("E001", b""),
    ("E002", b'["id", "text"]'),
    ("E002", b"null"),
    ("E003", b'{"id": "no-text"}'),
    ("E004", obj("", id="empty")),
    ("E004", obj(" \n\t ", id="blank")),
    ("E005", obj(["a", "list"], id="list-text")),
    ("E005", obj({"nested": 1}, id="dict-text")),
    ("E006", json.dumps({"text": OK}, ensure_ascii=False).encode()),
    ("E007", obj(id=["x"])),
    ("record", obj(id="bad-date", published_at="позавчера")),  # W002: metadata never costs the article
    ("record", obj(id="bad-date-2", published_at="2025-13-45")),
    ("E009", obj(id="bad-title", title={"a": 1})),
    ("E010", b'{"id": "latin1", "text": "\xe0\xe1\xe2 \xff"}'),
    ("E011", obj("слово " * 5000, id="too-long")),
    ("E012", obj(id="good")),
    ("E013", b'{"id": "surrogate", "text": "\\ud800 broken"}'),
    ("record", "\ufeff".encode() + obj(id="bom")),
    ("record", obj("Алиев\x00 позвонил\x01\x02\x07 Путину\x1b[31m красным\x7f.", id="control-chars")),
    ("record", obj("<p>Глава <b>МИД</b> Сергей Лавров <script>alert(1)</script> заявил, что «всё идёт по плану».</p>",
                   id="html")),
    ("record", obj("The quick brown fox said: \"hello\" on Monday, 3 May 2021.", id="english")),
    ("record", obj("北京时间2025年10月7日，阿利耶夫给普京打电话。", id="chinese")),
    ("record", obj("قال الرئيس إن «السلام ممكن» يوم الجمعة.", id="arabic")),
    ("record", obj("🙂🙂🙂 Путин 😀 сказал: «🚀 привет» 👍🏽 e\u0301 а\u0301", id="emoji")),
    ("record", obj(" ".join(["слово"] * 3000), id="huge-sentence")),
    ("record", obj("а" * 15000, id="huge-token")),
    ("record", obj("«" * 3000 + "»" * 3000 + " " + '"' * 3000, id="many-quotes")),
    ("record", obj("(" * 2000 + "Алиев" + ")" * 2000 + " [[[{{{<<<", id="nested-brackets")),
    ("record", obj("— " * 3000 + "сказал он.", id="many-dashes")),
    ("record", obj(". , ! ? ; : …" * 1000, id="only-punctuation")),
    ("record", obj("\n\n\n\r\n\u2028\u2029\t\v\f  Путин.", id="odd-whitespace")),
    ("record", obj(OK, id=12345, title=None, url=None, source=None, extra={"deep": [1, {"x": None}]})),
    ("record", obj("«" + "Он заявил, что " * 300 + "»", id="long-quote")),
]


def main() -> None:
    (HERE / "bad.jsonl").write_bytes(b"\n".join(line for _, line in CASES) + b"\n")
    expected = {str(i + 1): outcome for i, (outcome, _) in enumerate(CASES)}
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
