"""A second recall check of dates on a corpus annotated by others: NEREL's DATE/TIME spans (no values).

NEREL marks its own boundaries (with the preposition: "в 2006 году") and more than ../shared/DATES.md asks for
(durations such as "в течение пяти лет", ages such as "15-летний", nested DATE inside TIME). So only recall is
meaningful: a gold span counts as found when any predicted date overlaps it. Recall is reported for every span and
for the spans that name a calendar point (a digit, a month, a weekday or a deictic day word), where DATES.md and
NEREL agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.evaluation.common import annotate
from pipeline.evaluation.dates import DATES_STAGES

SHOWN_MISSES = 30
CALENDAR_WORDS = re.compile(
    r"\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[уаы]|"
    r"четверг|пятниц|суббот|воскресень|сегодня|вчера|завтра|накануне", re.IGNORECASE)
DURATION = re.compile(r"^(в течение|за|на протяжении|около|более|менее)\b|-летн|летн|\bлет\b|дней|месяцев|часов",
                      re.IGNORECASE)


def _is_calendar_point(text: str) -> bool:
    """A span that names a point in the calendar ("5 августа", "вторник", "вчера"), not a duration or an age."""
    return CALENDAR_WORDS.search(text) is not None and DURATION.search(text) is None


def evaluate_dates_recall(articles: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Recall of svodka's dates against gold lines {"id", "dates": [[start, end, "DATE"|"TIME"], ...]}."""
    gold_by_id = {str(line["id"]): line.get("dates") or [] for line in gold_lines}
    kept = [article for article in articles if str(article["id"]) in gold_by_id]
    totals: dict[str, list[int]] = {"all": [0, 0], "calendar": [0, 0], "DATE": [0, 0], "TIME": [0, 0]}
    missed: list[dict[str, str]] = []
    for doc in annotate(kept, DATES_STAGES):
        predicted = [(date.start, date.end) for date in doc.dates]
        for start, end, label in gold_by_id[str(doc.id)]:
            text = doc.text[start:end]
            hit = any(ps < end and start < pe for ps, pe in predicted)
            groups = ["all", label] + (["calendar"] if _is_calendar_point(text) else [])
            for group in groups:
                totals.setdefault(group, [0, 0])
                totals[group][0] += hit
                totals[group][1] += 1
            if not hit and "calendar" in groups:
                missed.append({"id": doc.id, "text": text, "label": label})
    return {
        "documents": len(kept),
        "recall": {group: {"found": found, "gold": gold, "recall": round(found / gold, 4) if gold else 0.0}
                   for group, (found, gold) in totals.items()},
        "missed_calendar": missed,
    }


def format_dates_recall_report(result: dict[str, Any]) -> str:
    """Recall per group and the first calendar spans that were missed."""
    lines = [f"Date recall on {result['documents']} documents (a gold span is found when a date overlaps it)"]
    for group, score in result["recall"].items():
        lines.append(f"  {group:10}{score['recall']:8.3f}{score['found']:7}/{score['gold']}")
    lines.append("missed calendar spans:")
    lines += [f"  {m['id']}: {m['text']!r} ({m['label']})" for m in result["missed_calendar"][:SHOWN_MISSES]]
    return "\n".join(lines)
