"""Build the new README.md and the history appendices from the old README (readme41).

Every old line is either kept (verbatim, possibly in another place), moved verbatim to docs/history/<area>.md,
or replaced by new text (the few rewritten lines are listed in the devlog). Run from the repository root:
    python3 build.py OLD_README NEW_TEXT_DIR
"""
import pathlib
import sys

OLD = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8").split("\n")
NEW = pathlib.Path(sys.argv[2])


def L(a, b=None):
    """Old lines a..b (1-based, inclusive), verbatim."""
    b = a if b is None else b
    return OLD[a - 1:b]


def T(name):
    """A block of new text from NEW_TEXT_DIR/name.md (without its final newline)."""
    return (NEW / f"{name}.md").read_text(encoding="utf-8").rstrip("\n").split("\n")


readme = []


def out(*blocks):
    for blk in blocks:
        readme.extend(blk)


# ---------------------------------------------------------------- README
out(L(1, 664))                      # intro ... Reliability: kept as they are
# Entities
out(L(665, 721), ["### Entities: rules", ""], L(722, 838))
out(["### Entities: figures", ""], L(2248, 2251))
out(L(850, 853), L(2253, 2254), L(854), [""])   # dev commands + the validation ones of Evaluation
out(T("entities_figures_intro"), [""], T("entities_table"), [""], L(2243, 2246), [""], T("entities_left"), [""])
# Dates
out(L(948, 959), ["### Dates: rules", ""], L(960, 996), L(1179, 1194), L(997, 1136))
out(L(1174, 1178))                   # the story-day bet, after the anchor policy
out(["### Dates: figures", ""], L(1139, 1153), T("dates_table"), [""], T("dates_left"), [""])
# Quotes
out(L(1255, 1422), L(1458, 1508), L(1630, 1639))
out(L(1423, 1424), T("quotes_figures_intro"), [""], L(1445, 1457), T("quotes_gold"), L(2466, 2476))
out(T("quotes_table"), [""], T("quotes_left"), [""])
# Coreference
out(L(1640, 1654), ["### Coreference: rules", ""], L(1655, 1715), L(1813, 1827))
out(["### Coreference: figures", ""], L(1716, 1730), T("coref_table"), [""], T("coref_left"), [""])
# Events
out(L(1914, 1986), ["### Events: rules", ""], L(1987, 2062))
out(["### Events: figures", ""], L(2333, 2348), T("events_commands"), [""], T("events_table"), [""],
    T("events_left"), [""])
# Evaluation
out(L(2224, 2225), T("evaluation_intro"), L(2230, 2236), T("evaluation_overview"), [""], L(2429, 2431), T("evaluation_where"), [""],
    L(2450, 2460), T("evaluation_samples"), [""], L(2547, 2553), T("evaluation_history"), [""])
# Benchmarks
out(L(2684, 2708), T("bench_current"), [""], L(2946, 2968), T("bench_history"), [""], L(2984, 3032))

# ---------------------------------------------------------------- history appendices
HEAD = ["", "## Moved from the README on 2026-12-08", "",
        "What the README held about this area until 2026-12-08, moved here verbatim by `readme41` (the README keeps the",
        "rules, the commands and one table of current figures). Each part keeps the README heading it stood under; links",
        "in the moved text are relative to the repository root, as they were in the README.", ""]

history = {
    "entities": [
        ["### Entities: current figures (README, until 2026-12-08)", ""], L(839, 849), L(856, 857),
        ["### Entities: what was left (README, until 2026-12-08)", ""], L(858, 865),
        ["### Entities: the README's history list (until 2026-12-08)", ""], L(866, 946),
    ],
    "dates": [
        L(1137, 1138), ["#### The figures table (README, until 2026-12-08)", ""], L(1154, 1173),
        ["### Dates: what was left (README, until 2026-12-08)", ""], L(1195, 1206),
        ["### Dates: the README's history list (until 2026-12-08)", ""], L(1207, 1253),
    ],
    "quotes": [
        L(1423, 1424), ["#### The figures table (README, until 2026-12-08)", ""], L(1425, 1444),
        ["### Quotes: the real-news gold's goals as the Evaluation section stated them (README, until 2026-12-08)", ""],
        L(2461, 2465), [""],
        ["### Quotes: what was left (README, until 2026-12-08)", ""], L(1509, 1517),
        ["### Quotes: the README's history list (until 2026-12-08)", ""], L(1518, 1628),
    ],
    "coref": [
        ["### Coreference: figures of every round (README, until 2026-12-08)", ""], L(1731, 1795),
        ["### Coreference: where the recall came from, and what was left (README, until 2026-12-08)", ""],
        L(1796, 1812), L(1828, 1831),
        ["### Coreference: the README's history list (until 2026-12-08)", ""], L(1832, 1912),
    ],
    "events": [
        ["### Events: current figures (README, until 2026-12-08)", ""], L(2063, 2079),
        ["### Events: what was left (README, until 2026-12-08)", ""], L(2080, 2084),
        ["### Events: the README's history list (until 2026-12-08)", ""], L(2085, 2204),
    ],
    "reviews": [
        ["### Reviews: the README's list (the Events section, until 2026-12-08)", ""], L(2206, 2222),
    ],
    "evaluation": [
        ["### Evaluation: what `make eval` was said to reproduce (README, until 2026-12-08)", ""], L(2226, 2229), [""],
        ["### Evaluation: factru-dev against bare slovnet (README, until 2026-12-08)", ""], L(2237, 2242),
        ["### Evaluation: entity linking and names, every round's validation figures (README, until 2026-12-08)", ""],
        L(2257, 2332),
        ["### Evaluation: events, every round's validation figures (README, until 2026-12-08)", ""], L(2349, 2428),
        ["### Evaluation: quotes and dates by set and use (README, until 2026-12-08)", ""], L(2433, 2449),
        ["### Evaluation: the sealed and blind samples, audits and sessions (README, until 2026-12-08)", ""],
        L(2477, 2546), L(2554, 2655),
        ["### Evaluation: the README's history list (until 2026-12-08)", ""], L(2656, 2682),
    ],
    "speed": [
        ["### Benchmarks: the figures table of every session (README, until 2026-12-08)", ""], L(2709, 2730),
        ["### Benchmarks: one paragraph per session (README, until 2026-12-08)", ""], L(2731, 2937),
        ["### Benchmarks: the networks near their float32 limit (README, until 2026-12-08)", ""], L(2938, 2945),
        ["### Benchmarks: the README's history list (until 2026-12-08)", ""], L(2969, 2983),
    ],
}

# a pipe inside a table cell, escaped so that the entities rule table keeps its three columns
readme = [line.replace('"Интерфаксу | источники"', '"Интерфаксу \\| источники"') if line.startswith("| `types.TYPE_RULES`")
          else line for line in readme]

if __name__ == "__main__":
    root = pathlib.Path(".")
    (root / "README.md").write_text("\n".join(readme).rstrip("\n") + "\n", encoding="utf-8")
    if "--history" in sys.argv:
        for area, parts in history.items():
            p = root / "docs/history" / f"{area}.md"
            text = p.read_text(encoding="utf-8").rstrip("\n") + "\n"
            block = HEAD[:]
            for part in parts:
                block.extend(part)
            p.write_text(text + "\n".join(block).rstrip("\n") + "\n", encoding="utf-8")
