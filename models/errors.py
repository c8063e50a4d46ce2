"""The error record: an input line that could not become a record. Nothing is ever dropped."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

# Codes no longer emitted; they stay in the table so old errors.jsonl files can still be read.
RETIRED_CODES = frozenset({"E008"})

# Every code the product emits, with what it means and how to fix it ("what happened: how to fix"). Documented in
# the README; tests/test_error_codes.py checks that every code in the source is here and every entry is emitted.
ERROR_CODES: dict[str, str] = {
    "E001": "line is not valid JSON: fix the JSON syntax of this line",
    "E002": "line is valid JSON but not an object: each line must be one {...} article",
    "E003": "field 'text' is missing: add the article body as 'text'",
    "E004": "field 'text' is empty or blank: drop the line or give it a body",
    "E005": "field 'text' is not a string: send the body as one JSON string",
    "E006": "field 'id' is missing: give every JSONL article an 'id'",
    "E007": "field 'id' is not a string or number: send the id as a string",
    "E008": "no longer emitted (contract 1.1): an unreadable published_at becomes null with warning W002",
    "E009": "a known field has the wrong type: title, url and source must be strings",
    "E010": "the line is not valid UTF-8: re-encode the input as UTF-8",
    "E011": "text is longer than the size limit: split the article or raise --max-chars",
    "E012": "duplicate id in this run: give each article a unique 'id'",
    "E013": "a string holds an unpaired UTF-16 surrogate escape (\\ud800...): fix the producer's JSON encoding",
    "E014": "a CSV/TSV row has more or fewer cells than the header, or broken quoting: fix this row",
    "E020": "a stage failed on this document: report it with the input line attached",
    "E021": "the document ran past its time budget: raise --doc-timeout or split the article",
    # Run-level codes (printed on stderr, never in errors.jsonl).
    "E030": "a stage requires an annotation that no earlier stage provides: put a stage that provides it first "
            "(see --stages)",
    "E031": "unknown stage name: choose --stages from segment, ner, morph, entities, coref, dates, quotes, events",
    "E032": "unknown engine or start method: use --engine local or --engine ray, and --start-method (fork or "
             "spawn) only with the local engine",
    "E033": "--engine ray needs Ray, which is not installed: pip install 'svodka[ray]'",
    "E034": "cannot connect to the Ray cluster: check --address and that the cluster is up; if it uses token "
            "authentication, export RAY_AUTH_MODE=token and RAY_AUTH_TOKEN",
    "E035": "a shard's Ray actor died on every retry: check the cluster's memory and logs, then rerun to resume",
    "E036": "a stage declares a requirement that is neither a Document field nor a known fact: fix the name in its "
            "requires/uses, or add the fact to pipeline.stage.FACTS",
    "E040": "unknown input kind: give one of the input formats the README lists, or a directory",
    "E041": "the input does not exist: check the path",
    "E042": "cannot read or write: a truncated or corrupt compressed input, a broken Parquet file, an unreadable "
            "input, an unwritable output or a full disk; fetch or compress the file again, check paths and space",
    "E043": "the output directory is in use by another svodka run: wait for it to finish or choose another -o",
    "E044": "an input lies inside the output directory: choose an -o outside the inputs",
    "E045": "html/export got a line that is not a svodka record: give records.jsonl of `svodka run` or its output "
            "directory",
    "E046": "the --config file is not valid TOML or has unknown keys: fix its syntax or keys",
    "E050": "the network runtime or device asked for is not available: --device cuda needs onnxruntime-gpu and a "
            "CUDA GPU (or use --device cpu); SVODKA_RUNTIME is onnx or numpy, onnx needs onnxruntime",
}

# Warnings: problems that did not cost the article; the record keeps them in `warnings` (contract 1.1).
WARNING_CODES: dict[str, str] = {
    "W001": "field 'published_at' is empty: relative dates ('вчера') stay null; send the publication date",
    "W002": "field 'published_at' could not be read as a date: it is null and the raw value is kept in "
            "meta.published_at_raw; relative dates stay null; send ISO 8601 (YYYY-MM-DD)",
    "W003": "field 'published_at' names only a year or a month: relative dates ('вчера') stay null; "
            "send the full day",
    "W004": "relative dates count from an anchor the page itself gives, not from published_at: the text's own "
            "stamp or dateline earlier than published_at (a crawl date?), a day or year its words date it to, or, "
            "where published_at names no day (absent, unreadable, a year or month), the day its URL carries; the "
            "message names the anchor and the step; send the publication day as published_at",
    "W005": "the text held HTML markup and was cleaned with an HTML parser: offsets point into the record's `text`",
    "W006": "a number in the input was not finite (NaN, Infinity, 1e400): it is kept as a string so the output "
            "stays strict JSON",
}


class ErrorInfo(BaseModel):
    """What went wrong, as a stable code and a human message that says how to fix it."""

    code: str = Field(pattern=r"^E\d{3}$")
    message: str


class ErrorRecord(BaseModel):
    """One line of errors.jsonl: where the bad input was, why, and the raw input line whole."""

    line: int = Field(ge=1, description="1-based line number in its file (1 for a .txt file).")
    file: str
    id: str | None = None
    error: ErrorInfo
    input: Any = Field(description="The raw input line, whole (as text if it was not JSON).")
