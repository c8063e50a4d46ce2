"""The NEREL-style recall check: a gold span is found when any predicted date overlaps it."""

from __future__ import annotations

from pipeline.evaluation.dates_recall import _is_calendar_point, evaluate_dates_recall


def test_recall_counts_overlaps_and_lists_missed_calendar_spans():
    text = "В 2006 году завод закрыли. В течение пяти лет он стоял. Крокодил Гена 5 августа не пришёл."
    spans = [[text.index("в 2006 году".capitalize()), text.index(" завод"), "DATE"],
             [text.index("В течение"), text.index(" он стоял"), "DATE"]]
    result = evaluate_dates_recall([{"id": "a", "text": text}], [{"id": "a", "dates": spans}])
    assert result["recall"]["all"] == {"found": 1, "gold": 2, "recall": 0.5}
    assert result["recall"]["calendar"] == {"found": 1, "gold": 1, "recall": 1.0}
    assert result["missed_calendar"] == []


def test_calendar_points_exclude_durations_and_ages():
    assert _is_calendar_point("5 августа") and _is_calendar_point("во вторник") and _is_calendar_point("вчера")
    assert not _is_calendar_point("15-летний") and not _is_calendar_point("в течение пяти лет")
    assert not _is_calendar_point("30 дней")
