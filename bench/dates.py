"""Dates benchmark: natasha's DatesExtractor against svodka's segment+dates stages on the same articles, in one run.

natasha: MorphVocab + DatesExtractor over each article's text (absolute dates only).
svodka: the segment and dates stages (razdel tokens, rules, resolution against published_at).
Both run in this process over the same articles, alternately, `--repeat` times; the best time of each counts.
Goal (issue 4: >= 10x; issue 16: >= 15x): svodka >= 15x natasha's rate.

    .venv/bin/python -m bench.dates [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable, Sequence

from bench.common import load_articles, rate_line


def natasha_runner() -> tuple[Callable[[list[dict]], int] | None, str]:
    """A function that runs natasha's DatesExtractor over articles (returns the match count), or why not."""
    try:
        from natasha import DatesExtractor, MorphVocab

        extractor = DatesExtractor(MorphVocab())
        list(extractor("1 мая 2019 года"))  # warm the parser up outside the timing
    except Exception as error:  # natasha (pymorphy2) may not import with recent setuptools
        return None, f"natasha baseline unavailable: {type(error).__name__}: {error}"

    def run(articles: list[dict]) -> int:
        return sum(len(list(extractor(article["text"]))) for article in articles)

    return run, ""


def svodka_runner() -> Callable[[list[dict]], int]:
    """A function that runs svodka's segment+dates stages over articles (returns the date count)."""
    from models import Article
    from pipeline.record import document_from_article
    from pipeline.stages.dates import DatesStage
    from pipeline.stages.segment import SegmentStage

    segment, dates = SegmentStage(), DatesStage()

    def run(articles: list[dict]) -> int:
        found = 0
        for article in articles:
            doc = document_from_article(Article.from_mapping(article))
            segment.process(doc)
            dates.process(doc)
            found += len(doc.dates)
        return found

    run(articles=[{"id": "warm", "text": "Вчера, 5 мая 2019 года, в пятницу.", "published_at": "2019-05-06"}])
    return run


def best_time(run: Callable[[list[dict]], int], articles: list[dict]) -> tuple[float, int]:
    """(seconds, count) of one pass, after a full garbage collection: the two systems alternate in one process, and
    a pass must not pay for the other's garbage (natasha's leaves enough to set off full collections inside the next
    svodka pass, which doubled or halved its time by when they fell)."""
    gc.collect()
    started = time.perf_counter()
    count = run(articles)
    return time.perf_counter() - started, count


def main(argv: Sequence[str] | None = None) -> int:
    """Measure both and print rates and their ratio."""
    parser = argparse.ArgumentParser(prog="python -m bench.dates", description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the articles per system (best counts)")
    args = parser.parse_args(argv)
    articles = load_articles()
    chars = sum(len(article["text"]) for article in articles)
    print(f"{len(articles)} articles, {chars / 1000:.1f} kchar")
    natasha, why = natasha_runner()
    svodka = svodka_runner()
    natasha_times: list[float] = []
    svodka_times: list[float] = []
    counts: dict[str, int] = {}
    for _ in range(max(1, args.repeat)):
        if natasha is not None:
            seconds, counts["natasha"] = best_time(natasha, articles)
            natasha_times.append(seconds)
        seconds, counts["svodka"] = best_time(svodka, articles)
        svodka_times.append(seconds)
    if natasha is None:
        print(why)
    else:
        print(rate_line(f"natasha DatesExtractor ({counts['natasha']} dates)", len(articles), chars,
                        min(natasha_times)))
    print(rate_line(f"svodka segment+dates ({counts['svodka']} dates)", len(articles), chars, min(svodka_times)))
    if natasha_times:
        print(f"svodka / natasha: {min(natasha_times) / min(svodka_times):.1f}x faster (goal >= 15x);"
              f" first pass (cold caches): {natasha_times[0] / svodka_times[0]:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
