"""The unannotated pool: real-news articles outside every gold set and in the dev part of every split.

The night of 2026-12-04 audited svodka on these (README, "Audits of unannotated news"): an article of rucoco-dev,
bsnlp-dev or nerel-dev belongs to the pool when no file under tests/data names its id, quotes-dev and the seed do
not hold it, the real-news split does not reserve it, and it lies in the dev part of the coref split (rucoco) or of
the linking split (bsnlp, nerel), so reading svodka's output on it never touches a validation part.

    python -m bench.unannotated_pool [--out DIR]     # DIR/{rucoco,bsnlp,nerel}.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pipeline.evaluation.common import split_ids
from pipeline.evaluation.coref import split_part
from pipeline.evaluation.entities import part_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
ID_FIELD = re.compile(r'"(?:id|doc_id|article_id)":\s*"([^"]+)"')
SOURCES: dict[str, tuple[str, Callable[[str], bool]]] = {
    "rucoco": ("rucoco-dev/docs.jsonl", lambda doc_id: split_part(doc_id) == "dev"),
    "bsnlp": ("bsnlp-dev/articles.jsonl", lambda doc_id: part_of(doc_id) == "dev"),
    "nerel": ("nerel-dev/articles.jsonl", lambda doc_id: part_of(doc_id) == "dev"),
}
GOLD_FIELDS = ("chains", "entities", "mentions", "links", "relations")


def gold_ids(root: Path = ROOT, data: Path = DATA) -> set[str]:
    """Every id a gold file of the repository, quotes-dev, the seed or the real-news split names."""
    found = set(split_ids())
    for path in [*(root / "tests" / "data").rglob("*.jsonl"), *(root / "tests" / "data").rglob("*.json")]:
        found.update(ID_FIELD.findall(path.read_text(encoding="utf-8", errors="ignore")))
    for name in ("quotes-dev", "seed"):
        for path in (data / name).glob("*.json*"):
            found.update(ID_FIELD.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def unannotated(items: Iterable[dict[str, Any]], taken: set[str], in_dev: Callable[[str], bool]) -> list[dict]:
    """The items whose id no gold names and that lie in the dev part, without their gold annotation fields."""
    return [{key: value for key, value in item.items() if key not in GOLD_FIELDS} for item in items
            if str(item["id"]) not in taken and in_dev(str(item["id"]))]


def main(argv: list[str] | None = None) -> None:
    """Write the pool's three files and print their sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "pool")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    taken = gold_ids()
    for name, (source, in_dev) in SOURCES.items():
        with (DATA / source).open(encoding="utf-8") as lines:
            kept = unannotated((json.loads(line) for line in lines if line.strip()), taken, in_dev)
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in kept)
        print(f"{name}: {len(kept)} articles")


if __name__ == "__main__":
    main()
