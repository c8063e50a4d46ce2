"""Full-pipeline benchmark: natasha's full chain against svodka's pipeline on the same articles, in one run.

natasha: segment, NER, morphology, syntax, span normalization, DatesExtractor (one process).
svodka: `svodka run` with every stage on, with 1 and 2 worker processes, through the real runner (files in, files out).
Prints chars/s, docs/s, peak RSS per worker and the ratios. Goals (issue 7): >= 2.5x natasha on one worker,
>= 1.8x from 1 to 2 workers, <= 450 MB RSS per worker.

    .venv/bin/python -m bench.pipeline [--repeat N] [--memory N]

--memory N additionally streams N articles (the articles repeated) through 2 workers and samples the workers'
RSS over time, to show memory stays flat.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path

from bench.common import load_articles, rate_line


def natasha_chain(articles: list[dict], queue: multiprocessing.Queue) -> None:
    """Run natasha's full chain in a fresh process; report (seconds, peak RSS MiB) or an error string."""
    try:
        from natasha import (
            DatesExtractor,
            Doc,
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        segmenter, embedding = Segmenter(), NewsEmbedding()
        ner, morph, syntax = NewsNERTagger(embedding), NewsMorphTagger(embedding), NewsSyntaxParser(embedding)
        vocab = MorphVocab()
        dates = DatesExtractor(vocab)
    except Exception as error:
        queue.put(f"natasha baseline unavailable: {type(error).__name__}: {error}")
        return
    started = time.perf_counter()
    for article in articles:
        doc = Doc(article["text"])
        doc.segment(segmenter)
        doc.tag_ner(ner)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        for span in doc.spans:
            span.normalize(vocab)
        list(dates(article["text"]))
    queue.put((time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def measure_natasha(articles: list[dict]) -> tuple[float, float] | str:
    """(seconds, peak RSS MiB) of natasha's chain in a separate process, or why it could not run."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=natasha_chain, args=(articles, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def measure_svodka(source: Path, workers: int, shard_size: int) -> dict:
    """Run `svodka run` through the runner on `workers` processes; returns its stats."""
    from pipeline.reader import expand_inputs
    from pipeline.runner import RunConfig, run

    with tempfile.TemporaryDirectory() as out:
        config = RunConfig(inputs=[str(source)], out_dir=out, workers=workers, shard_size=shard_size,
                           progress=False)
        return run(config, expand_inputs(config.inputs)).stats()


def write_input(articles: list[dict], path: Path, repeat: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for round_ in range(repeat):
            for article in articles:
                handle.write(json.dumps({**article, "id": f"{article['id']}#{round_}"}, ensure_ascii=False) + "\n")


def memory_run(articles: list[dict], count: int, directory: Path) -> None:
    """Stream count/10 and then `count` articles through 2 workers; flat memory means equal peak RSS."""
    peaks = []
    for size in (max(1, count // 10), count):
        source = directory / f"big-{size}.jsonl"
        write_input(articles, source, -(-size // len(articles)))
        stats = measure_svodka(source, workers=2, shard_size=500)
        source.unlink()
        peaks.append(stats["peak_rss_mb_per_worker"])
        print(f"memory: {stats['input_lines']} articles on 2 workers: peak RSS per worker "
              f"{stats['peak_rss_mb_per_worker']:.0f} MiB, {stats['docs_per_second']:.1f} docs/s")
    print(f"memory growth from {count // 10} to {count} articles: {peaks[1] / peaks[0]:.2f}x (flat = 1.0)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="how many times the article set is processed")
    parser.add_argument("--memory", type=int, default=0, metavar="N", help="also stream N articles (memory check)")
    args = parser.parse_args(argv)
    articles = load_articles() * args.repeat
    docs, chars = len(articles), sum(len(a["text"]) for a in articles)
    print(f"{docs} articles, {chars / 1000:.0f} kchar, {os.cpu_count()} cores")
    baseline = measure_natasha(articles)
    with tempfile.TemporaryDirectory() as directory:
        source = Path(directory) / "in.jsonl"
        write_input(articles, source, 1)
        shard_size = max(1, docs // 8)
        one = measure_svodka(source, 1, shard_size)
        two = measure_svodka(source, 2, shard_size)
        if isinstance(baseline, str):
            print(baseline)
        else:
            natasha = rate_line("natasha full chain (1 process)", docs, chars, baseline[0])
            print(natasha + f"  RSS {baseline[1]:.0f} MiB")
        for name, stats in (("svodka, 1 worker", one), ("svodka, 2 workers", two)):
            print(rate_line(name, docs, chars, stats["wall_seconds"]) +
                  f"  RSS/worker {stats['peak_rss_mb_per_worker']:.0f} MiB")
        if not isinstance(baseline, str):
            print(f"ratio svodka 1 worker / natasha: {baseline[0] / one['wall_seconds']:.2f}x  (goal >= 2.5x)")
        print(f"scaling 1 -> 2 workers: {one['wall_seconds'] / two['wall_seconds']:.2f}x  (goal >= 1.8x)")
        print("svodka time per stage (1 worker): " + ", ".join(
            f"{k} {v:.2f}s" for k, v in one["stage_seconds"].items()))
        total = sum(one["stage_seconds"].values()) or 1.0
        print(f"coref share of pipeline time: {one['stage_seconds'].get('coref', 0.0) / total:.1%}  (goal <= 10%)")
        if args.memory:
            memory_run(load_articles(), args.memory, Path(directory))


if __name__ == "__main__":
    main()
