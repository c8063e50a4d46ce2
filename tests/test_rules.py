"""The rule framework: registration, the tracer, and `svodka explain`'s report."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.rules import REGISTRY, TraceEvent, fired, format_trace, rejected, rule, tracing


@pytest.fixture
def clean_registry():
    """Rules registered by a test are removed afterwards."""
    before = {task: dict(table) for task, table in REGISTRY.items()}
    yield
    for task, table in before.items():
        REGISTRY[task].clear()
        REGISTRY[task].update(table)


def test_rule_is_registered_under_its_function_name_with_its_docstring(clean_registry):
    @rule("dates")
    def made_up_rule() -> None:
        """Match nothing at all.

        More detail that is not the description."""

    registered = REGISTRY["dates"]["made_up_rule"]
    assert registered.description == "Match nothing at all."
    assert registered.function is made_up_rule


def test_rule_without_docstring_is_refused(clean_registry):
    with pytest.raises(TypeError, match="no docstring"):
        @rule("quotes")
        def silent_rule() -> None:
            pass


def test_two_rules_with_one_name_are_refused(clean_registry):
    def first() -> None:
        """One."""

    def second() -> None:
        """Two."""

    second.__name__ = "first"
    rule("events")(first)
    with pytest.raises(ValueError, match="used twice"):
        rule("events")(second)


def test_unknown_task_is_refused():
    with pytest.raises(ValueError, match="unknown rule task"):
        rule("sentiment")


def test_verdicts_are_recorded_only_inside_a_trace_and_only_for_its_tasks():
    fired("quotes", "outside", 0, 1)
    with tracing(["quotes"]) as tracer:
        fired("quotes", "direct_colon", 3, 9, "after a colon")
        rejected("quotes", "boilerplate", 10, 20, "site boilerplate")
        fired("dates", "year", 0, 4)
    assert [(e.rule, e.verdict) for e in tracer.of("quotes")] == [
        ("direct_colon", "fired"), ("boilerplate", "rejected")]
    assert tracer.of("dates") == []


def test_trace_lines_show_the_text_and_the_reason():
    text = "Он сказал: «Да»."
    lines = format_trace(text, [TraceEvent("quotes", "direct_colon", "fired", 11, 15),
                                TraceEvent("quotes", "question", "rejected", 0, 2, "a pronoun alone")])
    assert lines == ["  + direct_colon [11:15] ««Да»»", "  - question [0:2] «Он»: a pronoun alone"]


def test_explain_report_lists_outputs_then_trace():
    from pipeline.document import DateAnn
    from pipeline.explain import explain_document

    doc = Document(id="a1", text="Встреча прошла 5 мая.")
    doc.dates.append(DateAnn(15, 20, "5 мая", "2024-05-05", "day", "partial", rule="day_month"))
    with tracing(["dates"]) as tracer:
        fired("dates", "day_month", 15, 20)
    report = explain_document(doc, "dates", tracer).splitlines()
    assert report[0] == "== a1: dates"
    assert "rule: day_month" in report[1]
    assert report[-1] == "  + day_month [15:20] «5 мая»"
