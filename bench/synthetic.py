"""Long synthetic news articles for scaling benchmarks and stress tests.

An article of any length is built from the paragraphs of corpus/articles.jsonl (fictional news written for
svodka), interleaved with generated paragraphs that name ever new people, organizations, places and dates, so that
a longer article has more distinct entities, quotes, dates and events, as a real long text (a live blog, a
transcript, a digest) does, instead of one short article repeated. Deterministic for a given size and seed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from pipeline.lang.lexicon import MONTH_FORMS

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles.jsonl"

FIRST_NAMES = ("Иван", "Сергей", "Андрей", "Дмитрий", "Алексей", "Михаил", "Николай", "Павел", "Олег", "Игорь",
               "Виктор", "Григорий", "Степан", "Фёдор", "Тимур", "Руслан", "Артём", "Борис", "Глеб", "Роман")
SURNAMES = ("Петров", "Смирнов", "Кузнецов", "Волков", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов",
            "Зайцев", "Павлов", "Семенов", "Голубев", "Виноградов", "Богданов", "Воробьев", "Федоров", "Михайлов",
            "Беляев", "Тарасов", "Белов", "Комаров", "Орлов", "Киселев", "Макаров", "Андреев", "Ковалев",
            "Ильин", "Гусев", "Титов")
CITIES = ("Казани", "Томске", "Самаре", "Перми", "Твери", "Омске", "Сочи", "Калининграде", "Якутске", "Уфе")
BODIES = ("Министерство транспорта", "Федеральная антимонопольная служба", "Счетная палата", "Центральный банк",
          "Министерство здравоохранения", "Государственная дума", "Генеральная прокуратура")
ROLES = ("глава", "председатель", "заместитель главы", "руководитель пресс-службы", "советник")
MONTHS = tuple(forms[1] for forms in MONTH_FORMS.values())  # the genitives: "5 мая"
SAYINGS = ("ситуация находится под контролем", "решение будет принято до конца года",
           "проект уже окупился", "работы завершат в срок", "никаких нарушений не выявлено")
TEMPLATES = (
    "{day} {month} {year} года в {city} {role} {body} {first} {last} заявил, что «{saying}».",
    "«{Saying}», — сказал журналистам {first} {last}. По его словам, проверка продлится до {day} {month}.",
    "{body} в понедельник сообщило, что {first} {last} назначен на должность советника. "
    "Как отметил {first2} {last2}, «{saying}».",
    "Вчера в {city} прошла встреча, на которой {first} {last} и {first2} {last2} обсудили планы на {year} год. "
    "{last2} подчеркнул, что {saying}.",
)


def corpus_paragraphs() -> list[str]:
    """The non-empty paragraphs of corpus/articles.jsonl, in file order."""
    paragraphs = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            paragraphs += [p.strip() for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    return paragraphs


def generated_paragraph(rng: random.Random) -> str:
    """One news paragraph naming people, a body, a place and a date drawn from `rng`."""
    saying = rng.choice(SAYINGS)
    return rng.choice(TEMPLATES).format(
        day=rng.randint(1, 28), month=rng.choice(MONTHS), year=rng.randint(2015, 2026), city=rng.choice(CITIES),
        role=rng.choice(ROLES), body=rng.choice(BODIES), first=rng.choice(FIRST_NAMES), last=rng.choice(SURNAMES),
        first2=rng.choice(FIRST_NAMES), last2=rng.choice(SURNAMES), saying=saying,
        Saying=saying[:1].upper() + saying[1:],
    )


def synthetic_article(chars: int, seed: int = 0) -> str:
    """A news-like article of exactly `chars` characters (cut at a paragraph end, then padded or trimmed)."""
    rng = random.Random(seed)
    base = corpus_paragraphs()
    parts: list[str] = []
    size = 0
    index = 0
    while size < chars:
        paragraph = base[index % len(base)] if index % 2 == 0 else generated_paragraph(rng)
        parts.append(paragraph)
        size += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:chars]
