"""Pick the real-news gold samples and split them into dev and validation parts before anyone looks at them.

Run once: `python tests/data/realnews/select.py`. The choice depends only on the texts in ../shared/data (length and
counts of quotation marks and speech-verb stems), never on svodka's output; the split is a fixed-seed shuffle.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"
HERE = Path(__file__).resolve().parent
SPEECH = re.compile(r"заяви|сказа|сообщи|отмети|подчеркну|считает|по словам|рассказа|пояснил|добави|говорит|«")
SEED = 20261202


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def speech_density(text: str) -> int:
    return len(SPEECH.findall(text))


def pick(articles: list[dict], count: int, low: int, high: int, min_cues: int, seed: int) -> list[dict]:
    pool = [a for a in articles if low <= len(a["text"]) <= high and speech_density(a["text"]) >= min_cues]
    random.Random(seed).shuffle(pool)
    return pool[:count]


def split(ids: list[str], seed: int) -> dict[str, list[str]]:
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    half = len(shuffled) // 2
    return {"dev": sorted(shuffled[:half]), "validation": sorted(shuffled[half:])}


def main() -> None:
    bsnlp = load(SHARED / "bsnlp-dev" / "articles.jsonl")
    rucoco = load(SHARED / "rucoco-dev" / "docs.jsonl")
    quotes = pick(bsnlp, 26, 1200, 7000, 8, SEED) + pick(rucoco, 26, 1200, 5000, 7, SEED)
    taken = {a["id"] for a in quotes}
    dated = [a for a in bsnlp if iso_dated(a) and a["id"] not in taken]
    dates = pick(dated, 42, 800, 6000, 0, SEED + 1)
    events = pick([a for a in bsnlp + rucoco if a["id"] not in taken | {d["id"] for d in dates}], 44, 800, 4000, 0,
                  SEED + 2)
    plan = {name: split([a["id"] for a in chosen], SEED) for name, chosen in
            (("quotes", quotes), ("dates", dates), ("events", events))}
    used = taken | {a["id"] for a in dates + events}
    plan.update(extra_dev_parts(bsnlp, rucoco, used))
    (HERE / "split.json").write_text(json.dumps(plan, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def iso_dated(article: dict) -> bool:
    """Whether the article's publication date is a full ISO day (the dates gold needs one to anchor to)."""
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.get("published_at") or "") is not None


def in_coref_dev(doc_id: str) -> bool:
    """Whether a rucoco-dev document sits in the coreference dev part (so a new pick leaves the coreference
    validation part as it was; same hash as `pipeline.evaluation.coref.split_part`)."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 5 != 0


def extra_dev_parts(bsnlp: list[dict], rucoco: list[dict], used: set[str]) -> dict[str, dict[str, list[str]]]:
    """A second, dev-only sample for dates, events and quotes, a third, a fourth and a fifth for events, quotes and
    dates (error analysis only; the first validation parts stay the measurement), picked from
    articles no earlier set holds (by 2026-12-03 only long bsnlp-dev pages were left)."""
    dates2 = pick([a for a in bsnlp if a["id"] not in used], 30, 800, 5000, 0, SEED + 3)
    events2 = pick([a for a in rucoco if a["id"] not in used], 24, 800, 3500, 0, SEED + 4)
    used = used | {a["id"] for a in dates2 + events2}
    quotes2 = (pick([a for a in bsnlp if a["id"] not in used], 12, 1200, 7000, 8, SEED + 5)
               + pick([a for a in rucoco if a["id"] not in used], 12, 1200, 5000, 7, SEED + 5))
    used = used | {a["id"] for a in quotes2}
    events3 = pick([a for a in rucoco if a["id"] not in used], 24, 800, 3500, 0, SEED + 6)
    used = used | {a["id"] for a in events3}
    quotes3 = (pick([a for a in bsnlp if a["id"] not in used], 8, 800, 6000, 5, SEED + 7)
               + pick([a for a in rucoco if a["id"] not in used], 8, 1200, 4500, 7, SEED + 7))
    used = used | {a["id"] for a in quotes3}
    events4 = pick([a for a in rucoco if a["id"] not in used], 16, 800, 3500, 0, SEED + 8)
    used = used | {a["id"] for a in events4}
    dates3 = pick([a for a in bsnlp if a["id"] not in used], 16, 800, 5000, 0, SEED + 9)
    used = used | {a["id"] for a in dates3}
    quotes4 = (pick([a for a in bsnlp if a["id"] not in used], 4, 5500, 8000, 8, SEED + 10)
               + pick([a for a in rucoco if a["id"] not in used and in_coref_dev(a["id"])], 6, 1200, 4500, 7,
                      SEED + 10))
    used = used | {a["id"] for a in quotes4}
    dates4 = pick([a for a in bsnlp if a["id"] not in used and iso_dated(a)], 8, 5500, 8000, 0, SEED + 11)
    used = used | {a["id"] for a in dates4}
    parts = (("dates2", dates2), ("events2", events2), ("quotes2", quotes2), ("events3", events3), ("quotes3", quotes3),
             ("events4", events4), ("dates3", dates3), ("quotes4", quotes4), ("dates4", dates4))
    for number in (5, 6, 7, 8, 9, 10):
        parts += late_dev_parts(bsnlp, rucoco, used, number)
        used = used | {a["id"] for _, chosen in parts[-3:] for a in chosen}
    return {name: {"dev": sorted(a["id"] for a in chosen), "validation": []} for name, chosen in parts}


def late_dev_parts(bsnlp: list[dict], rucoco: list[dict], used: set[str],
                   number: int) -> tuple[tuple[str, list[dict]], ...]:
    """Dev-only sample `number` (5: 2026-12-03 evening; 6: 2026-12-03 late; 7: 2026-12-03 night; 8: 2026-12-04 late;
    9: 2026-12-06 late; 10: 2026-12-07 night, quotes only; 6–10 scored before any analysis and opened for error
    analysis only after it) for
    quotes, dates and events, picked like the fourth from articles no earlier set holds (by the seventh, only two long
    bsnlp pages were left for quotes; by the ninth none for quotes or dates); the rucoco picks stay inside the
    coreference dev part. Seeds SEED + 12 + 3 * (number - 5)."""
    seed = SEED + 12 + 3 * (number - 5)
    quotes = (pick([a for a in bsnlp if a["id"] not in used], 4, 5500, 9000, 8, seed)
              + pick([a for a in rucoco if a["id"] not in used and in_coref_dev(a["id"])], rucoco_quote_pages(number),
                   1200, 4500, 7, seed))
    used = used | {a["id"] for a in quotes}
    dates = pick([a for a in bsnlp if a["id"] not in used and iso_dated(a)], 8, 5500, 9000, 0, seed + 1)
    used = used | {a["id"] for a in dates}
    events = pick([a for a in rucoco if a["id"] not in used and in_coref_dev(a["id"])], 12, 800, 3500, 0, seed + 2)
    used = used | {a["id"] for a in events}
    quotes += pick([a for a in rucoco if a["id"] not in used and in_coref_dev(a["id"])], later_quote_pages(number),
                   1200, 4500, 7, seed + 3)
    return ((f"quotes{number}", quotes), (f"dates{number}", dates), (f"events{number}", events))


def rucoco_quote_pages(number: int) -> int:
    """Rucoco pages in quotes sample `number`: six, and ten from the ninth on (no bsnlp-dev page is left to add)."""
    return 6 if number < 9 else 10


def later_quote_pages(number: int) -> int:
    """Rucoco quote pages picked after the events pages (the ninth: ten more, added once its events annotators had
    started, so the events pick stays as it was)."""
    return 0 if number < 9 else 10


if __name__ == "__main__":
    main()
