"""Adversarial texts: a seeded generator of hostile articles, and a runner that finds crashes and slow documents.

The texts cover what real input sends now and then and what no gold holds: impossible and extreme dates, huge
numbers and long digit runs, long runs of one character, word or punctuation mark, nested and unbalanced quotation
marks of every kind (`pipeline.lang.marks`), dialogue dashes in every variant, a 10,000-word sentence, text without
spaces, all capitals, Latin/Cyrillic homoglyphs, combining accents, zero-width, bidi and control characters, emoji,
tables and long enumerations of names, repeated headlines, empty titles and texts of only punctuation; and real
articles (a JSON Lines file, e.g. the unannotated pool) mutated by the same means.

    python -m bench.adversarial [--pool FILE.jsonl] [--pool-docs N] [--seed S] [--write OUT.jsonl] [--only SUBSTR]

Without --write it runs the default pipeline in this process on every text, prints each one that raises (stage,
exception, the last frame) or takes more than SLOW_SECONDS_PER_10K per 10,000 characters, and a summary line.
With --write it writes the texts as JSON Lines for `svodka run --workers 1 --doc-timeout 20`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import faulthandler
import json
import random
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from pipeline.lang.marks import LONG_DASHES, QUOTE_MARKS, SINGLE_QUOTE_MARKS

SLOW_SECONDS_PER_10K = 2.0
STACK_AFTER_SECONDS = 30.0
BASE = ("Министр финансов Антон Силуанов 12 марта 2024 года заявил журналистам в Москве, что «бюджет будет "
        "исполнен в срок». Об этом сообщает ТАСС.")

# Dates that are impossible, extreme or strangely written: each is put into a sentence of its own.
DATES = (
    "31 июня", "30 февраля 2023 года", "29 февраля 2023 года", "29 февраля 2024 года", "0 года", "в 0 году",
    "9999 году", "в 9999 году", "в 100500 году", "1 января 1 года до н. э.", "1 января 1 года", "31 декабря 9999 года",
    "XXXXXXX век", "в XXXXXXX веке", "в 10000-х", "в 10000-х годах", "в 0-х годах", "в 1-м веке до н. э.",
    "32 мая 2020 года", "0 января 2020 года", "99 марта", "в 99999999999999999999 году", "до 31.02.2023",
    "31.13.2023", "00.00.0000", "29.02.2023", "в 25:61", "в 99 часов 99 минут", "1 января 0001 года",
    "в 1 году", "в 2 году до нашей эры", "в MMMMMMMMMM году", "во II тысячелетии до н. э.", "в -5 году",
    "с 31 июня по 31 сентября", "в 1990—1900 годах", "в 2023—2 годах", "в 1999—2999 годах", "через 10000 лет",
    "10000 лет назад", "999999999 дней назад", "через 99999999999 дней", "в 2020—21—22 годах", "на 9999-й день",
    "в понедельник, 31 февраля", "в пятницу 1 января 1 года", "в 100-м веке", "в CCCCCCCCCCCCCC веке",
    "1 квартал 9999 года", "в III квартале 0 года", "зимой 1 года", "весной 99999 года", "в 999999999999-х",
    "последние 99999999 лет", "в первой половине 0 года", "с 9999 по 1 год", "1/1/1", "9999-12-31", "0000-00-00",
    "2023-02-30", "12:00 31.12.9999", "31 декабря 9999 года в 23:59", "через 1 день после 31 декабря 9999 года",
    "за 1 день до 1 января 1 года", "в ночь на 1 января 1 года", "вчера, 1 января 1 года",
    "завтра, 31 декабря 9999 года",
)

NAMES = ("Иван Петров", "Сергей Смирнов", "Анна Кузнецова", "Ольга Волкова", "Дмитрий Соколов", "Елена Лебедева")


def _dates(rng: random.Random) -> Iterator[tuple[str, str]]:
    for index, date in enumerate(DATES):
        yield f"date-{index}", f"Иван Петров заявил, что {date} «всё изменится». {date.capitalize()} прошла встреча."
    yield "dates-all", " ".join(f"{date.capitalize()} Петров сказал, что всё хорошо." for date in DATES)


def _numbers(rng: random.Random) -> Iterator[tuple[str, str]]:
    yield "digits-10k", "Число " + "9" * 10_000 + " рублей."
    yield "digits-year", "В " + "1" * 5_000 + " году Петров заявил: «Нет»."
    yield "digits-spaced", " ".join(str(rng.randint(0, 10**30)) for _ in range(3_000))
    yield "digits-dotted", ".".join(str(rng.randint(0, 99)) for _ in range(5_000))
    yield "digits-dashed", "—".join(str(rng.randint(1000, 3000)) for _ in range(3_000)) + " годы"
    yield "huge-money", "Петров сообщил, что ущерб составил 1" + "0" * 400 + " триллионов рублей."
    yield "huge-ordinal", "Это " + "1" * 300 + "-й раз, — сказал Петров."


def _runs(rng: random.Random) -> Iterator[tuple[str, str]]:
    for char in ("а", ".", ",", "!", "?", "-", "—", "«", "»", "\"", "(", ")", " ", "\n", "…", "'", "*", "№", ":"):
        yield f"run-{ord(char)}", BASE + " " + char * 20_000
    yield "run-word", " ".join(["сказал"] * 10_000)
    yield "run-name", " ".join(["Петров"] * 10_000)
    yield "run-name-comma", ", ".join(["Иван Петров"] * 3_000) + " заявили, что «всё хорошо»."
    yield "run-year", " ".join(["2020"] * 10_000)
    yield "run-month", " ".join(["12 марта"] * 5_000)
    yield "run-weekday", ", ".join(["в понедельник"] * 5_000)
    yield "run-said", "«Да», — сказал Петров. " * 3_000
    yield "run-dash-lines", "\n".join(["— Да." for _ in range(5_000)])
    yield "run-wrapped-words", "\n".join(["слово"] * 20_000) + "."  # one sentence across hard wraps (`wrapped_line`)
    yield "run-wrapped-clauses", "\n".join(["Петров сказал, что"] * 5_000) + " всё хорошо."
    yield "only-punct", "".join(rng.choice(".,;:!?—–-«»\"()…") for _ in range(20_000))
    yield "only-punct-short", "?!"
    yield "only-quotes", "«»" * 5_000


def _quotes(rng: random.Random) -> Iterator[tuple[str, str]]:
    marks = QUOTE_MARKS + "".join(SINGLE_QUOTE_MARKS)
    yield "nest-guillemets", "Петров сказал: " + "«" * 2_000 + "нет" + "»" * 2_000 + "."
    yield "nest-mixed", "Петров сказал: " + "«„“" * 700 + "нет" + "”“»" * 700 + "."
    yield "unbalanced-open", "Петров сказал: " + " ".join("«слово" for _ in range(5_000)) + "."
    yield "unbalanced-close", " ".join("слово»" for _ in range(5_000)) + ", — сказал Петров."
    yield "straight-many", " ".join(f'"{w}' for w in ["Газпром", "сказал", "Петров"] * 2_000)
    yield "marks-random", " ".join(rng.choice(marks) + rng.choice(NAMES) + rng.choice(marks) for _ in range(3_000))
    yield "marks-random-said", " ".join(
        f"{rng.choice(marks)}Да{rng.choice(marks)}, {rng.choice(LONG_DASHES + '-')} сказал {rng.choice(NAMES)}."
        for _ in range(2_000))
    yield "quote-no-close-long", "«" + " ".join(["Петров сказал что всё хорошо"] * 2_000)


def _dashes(rng: random.Random) -> Iterator[tuple[str, str]]:
    for dash in LONG_DASHES + "-" + "‐‑" :
        lines = [f"{dash} Вы уверены? {dash} спросил Петров.", f"{dash} Да, {dash} ответила Анна Кузнецова. "
                 f"{dash} Уверена."]
        yield f"dialogue-{ord(dash)}", "\n".join(lines * 500)
    yield "dialogue-doubled", "\n".join(["-- Да, -- сказал Петров. -- Конечно."] * 1_000)
    yield "dialogue-no-newline", " ".join(["— Да, — сказал Петров. — Нет, — ответил Смирнов."] * 1_000)


def _shapes(rng: random.Random) -> Iterator[tuple[str, str]]:
    words = BASE.split()
    yield "sentence-10k", " ".join(rng.choice(words).strip(".,«»") for _ in range(10_000)) + "."
    yield "sentence-10k-names", " ".join(rng.choice((*NAMES, "и", "сказал", "что", "в", "2020")) for _ in range(10_000))
    yield "no-spaces", (BASE * 100).replace(" ", "")
    yield "all-caps", (BASE * 50).upper()
    yield "all-caps-nospace", (BASE * 50).upper().replace(" ", "")
    yield "homoglyphs", (BASE * 30).translate(str.maketrans("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX"))
    yield "mixed-words", " ".join(w[: len(w) // 2] + "xyz" + w[len(w) // 2:] for w in (BASE * 30).split())
    yield "combining", "".join(c + "\u0301" if c.isalpha() else c for c in BASE * 30)
    yield "combining-stack", BASE + "а" + "\u0301" * 10_000
    yield "zero-width", "\u200b".join(BASE * 20)
    yield "zwj-words", (BASE * 30).replace(" ", "\u200d")
    yield "bidi", "\u202e" + BASE + "\u202c \u2067" + BASE + "\u2069" + "\u200f" * 100 + BASE
    yield "controls", "".join(chr(rng.randint(0, 31)) if rng.random() < 0.1 else c for c in BASE * 30)
    yield "controls-only", "".join(chr(rng.randint(1, 31)) for _ in range(5_000)) + "а"
    yield "nul-bytes", BASE.replace(" ", "\x00") * 20
    yield "emoji", " ".join(w + rng.choice("😀🇷🇺👨‍👩‍👧🔥") for w in (BASE * 30).split())
    yield "astral", "".join(chr(rng.randint(0x10000, 0x10FFFF)) for _ in range(3_000)) + BASE
    yield "line-separators", "\u2028".join([BASE] * 50) + "\u2029" + "\x85".join([BASE] * 50)
    yield "tabs-table", "\n".join("\t".join([rng.choice(NAMES), "заявил", str(rng.randint(1, 31)), "марта"])
                                  for _ in range(2_000))
    yield "pipe-table", "\n".join(f"| {rng.choice(NAMES)} | {rng.randint(1, 28)} мая 2020 | «Да» |"
                                  for _ in range(2_000))
    yield "list-names", "\n".join(f"{i}. {rng.choice(NAMES)}, министр" for i in range(2_000))
    yield "enum-1000", "В заседании участвовали " + ", ".join(
        f"{rng.choice(NAMES)}" for _ in range(1_000)) + ". Все они заявили, что «решение принято»."
    yield "enum-1000-said", ", ".join(rng.choice(NAMES) for _ in range(1_000)) + " сказали: «Да»."
    yield "headlines", "\n".join(["Петров: «Бюджет будет исполнен»"] * 3_000)
    yield "one-char", "а"
    yield "one-dot", "."
    yield "one-space-dot", " ."
    yield "only-newlines-dot", "\n" * 10_000 + "."


def _pool_mutations(pool: Path, docs: int, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    with pool.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    rng.shuffle(articles)
    mutations: tuple[tuple[str, Callable[[str], str]], ...] = (
        ("upper", str.upper),
        ("nospace", lambda t: t.replace(" ", "")),
        ("homoglyph", lambda t: t.translate(str.maketrans("аеорсх", "aeopcx"))),
        ("zwsp", lambda t: t.replace(" ", " \u200b")),
        ("quotes", lambda t: t.replace("«", "\"").replace("»", "\"")),
        ("unquote", lambda t: t.replace("»", "")),
        ("dash", lambda t: t.replace(" — ", " -- ")),
        ("oneline", lambda t: t.replace("\n", " ")),
        ("dates", lambda t: t.replace("2023", "9999").replace("2022", "0").replace("2021", "100500")),
        ("feb30", lambda t: t.replace("марта", "февраля").replace(" 1 ", " 30 ")),
        ("controls", lambda t: t.replace(". ", ".\x0b")),
        ("combining", lambda t: t.replace("о", "о\u0301")),
        ("repeat", lambda t: "\n\n".join([t] * 10)),
    )
    for article in articles[:docs]:
        for name, mutate in mutations:
            yield f"{article['id']}-{name}", mutate(article["text"]), article.get("title") or ""


def adversarial_texts(seed: int = 0, pool: Path | None = None, pool_docs: int = 10) -> list[dict]:
    """The adversarial articles as svodka input objects (id, text, title, published_at), deterministic for a seed."""
    rng = random.Random(seed)
    items = []
    for family in (_dates, _numbers, _runs, _quotes, _dashes, _shapes):
        items += [{"id": key, "text": text, "title": ""} for key, text in family(rng)]
    items.append({"id": "empty-title-long", "title": "", "text": BASE})
    items.append({"id": "title-only-punct", "title": "?!«»—", "text": BASE})
    items.append({"id": "title-repeated", "title": BASE, "text": BASE})
    if pool is not None:
        mutated = _pool_mutations(pool, pool_docs, rng)
        items += [{"id": key, "text": text, "title": title} for key, text, title in mutated]
    for item in items:
        item["published_at"] = "2024-03-15"
    return items


def run(items: list[dict]) -> tuple[list[str], list[str]]:
    """Run the default pipeline in this process; return the crash lines and the slow lines."""
    from pipeline.document import Document
    from pipeline.pipeline import build_pipeline

    pipeline = build_pipeline()
    pipeline.setup()
    crashes, slow = [], []
    for item in items:
        text = f"{item['title']}\n\n{item['text']}" if item["title"] else item["text"]
        doc = Document(id=item["id"], text=text, published_at=dt.date(2024, 3, 15))
        pipeline.timings.clear()
        started = time.perf_counter()
        faulthandler.dump_traceback_later(STACK_AFTER_SECONDS)  # a hang shows where it is, on stderr
        try:
            pipeline(doc)
        except Exception as error:  # the point is to report every crash
            frame = traceback.extract_tb(error.__traceback__)[-1]
            crashes.append(f"CRASH {item['id']}: {type(error).__name__}: {str(error)[:120]} "
                           f"at {frame.filename.split('pipeline/')[-1]}:{frame.lineno} {frame.name}")
            print(crashes[-1], flush=True)
            continue
        finally:
            faulthandler.cancel_dump_traceback_later()
        seconds = time.perf_counter() - started
        limit = SLOW_SECONDS_PER_10K * max(1.0, len(item["text"]) / 10_000)
        if seconds > limit:
            split = ", ".join(f"{name} {value:.1f}" for name, value in pipeline.timings.items() if value > 0.2)
            slow.append(f"SLOW {item['id']}: {seconds:.1f}s for {len(item['text'])} chars [{split}]")
            print(slow[-1], flush=True)
    return crashes, slow


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pool", type=Path, help="a JSON Lines file of real articles to mutate")
    parser.add_argument("--pool-docs", type=int, default=10, help="how many of its articles (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", type=Path, help="write the texts as JSON Lines instead of running them")
    parser.add_argument("--only", default="", help="keep the texts whose id contains one of these (comma-separated)")
    args = parser.parse_args(argv)
    items = [i for i in adversarial_texts(args.seed, args.pool, args.pool_docs)
             if any(part in i["id"] for part in args.only.split(","))]
    if args.write:
        with args.write.open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{len(items)} texts written to {args.write}")
        return
    crashes, slow = run(items)
    print(f"{len(items)} texts: {len(crashes)} crashes, {len(slow)} slow (> {SLOW_SECONDS_PER_10K} s per 10k chars)")


if __name__ == "__main__":
    main()
