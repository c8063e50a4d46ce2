"""Pick the real-news gold samples and split them into dev and validation parts before anyone looks at them.

Run once: `python tests/data/realnews/select.py`. The choice depends only on the texts in ../shared/data (length and
counts of quotation marks and speech-verb stems), never on svodka's output; the split is a fixed-seed shuffle.
"""

from __future__ import annotations

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
    iso_dated = (a for a in bsnlp if re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("published_at") or ""))
    dated = [a for a in iso_dated if a["id"] not in taken]
    dates = pick(dated, 42, 800, 6000, 0, SEED + 1)
    events = pick([a for a in bsnlp + rucoco if a["id"] not in taken | {d["id"] for d in dates}], 44, 800, 4000, 0,
                  SEED + 2)
    plan = {name: split([a["id"] for a in chosen], SEED) for name, chosen in
            (("quotes", quotes), ("dates", dates), ("events", events))}
    used = taken | {a["id"] for a in dates + events}
    plan.update(extra_dev_parts(bsnlp, rucoco, used))
    (HERE / "split.json").write_text(json.dumps(plan, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def extra_dev_parts(bsnlp: list[dict], rucoco: list[dict], used: set[str]) -> dict[str, dict[str, list[str]]]:
    """A second, dev-only sample for dates, events and quotes, a third for dates, events and quotes and a fourth for
    events (error analysis only; the first validation parts stay the measurement), picked from articles no earlier
    set holds."""
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
    parts = (("dates2", dates2), ("events2", events2), ("quotes2", quotes2), ("events3", events3), ("quotes3", quotes3),
             ("events4", events4), ("dates3", dates3))
    return {name: {"dev": sorted(a["id"] for a in chosen), "validation": []} for name, chosen in parts}


if __name__ == "__main__":
    main()
