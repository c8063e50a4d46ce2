"""The input article: one JSON object per line, or one .txt file."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from models.errors import WARNING_CODES
from models.published import Precision, PublishedAt, normalize_published_at
from models.record import RecordWarning

KNOWN_FIELDS = ("id", "text", "title", "url", "published_at", "source")


class Article(BaseModel):
    """One article to process.

    `id` and `text` are required; `published_at` anchors relative dates ("вчера", "в пятницу").
    Every field not named here is kept in `meta` and echoed back in the record.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, description="The caller's identifier, echoed back unchanged.")
    text: str = Field(min_length=1, description="The article body, usually with the title as its first line.")
    title: str | None = None
    url: str | None = None
    published_at: dt.date | dt.datetime | None = Field(
        default=None, description="ISO date or datetime; the anchor for relative dates (see models.published)."
    )
    published_precision: Precision | None = Field(
        default=None, description="'year' or 'month' when published_at named no day (its value is then the first day)."
    )
    source: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict, description="Every other input field, echoed back.")
    # What reading found (not part of the input schema): warnings, whether `text` differs from the input's text,
    # and the id as given, with its JSON type ('0' and '"0"' are two ids), for the run's duplicate check.
    _warnings: list[dict[str, str]] = PrivateAttr(default_factory=list)
    _text_changed: bool = PrivateAttr(default=False)
    _id_key: str | None = PrivateAttr(default=None)

    warnings: list[RecordWarning] = Field(default_factory=list, description="Problems that did not cost the article.")

    @model_validator(mode="before")
    @classmethod
    def _read_published_at(cls, data: Any) -> Any:
        """Normalize a raw `published_at` (never an error): the raw value goes to meta when it differs."""
        if not isinstance(data, dict) or "published_at" not in data:
            return data
        raw = data["published_at"]
        if isinstance(raw, dt.date) and data.get("published_precision") is not None:
            return data  # already normalized (a copy of an Article)
        found = normalize_published_at(raw)
        data = {**data, "published_at": found.value,
                "published_precision": found.precision if found.precision != "day" else None}
        if raw is not None and not isinstance(raw, dt.date) and found.iso != raw:
            data["meta"] = {**(data.get("meta") or {}), "published_at_raw": raw}
        if found.warning is not None:
            warning = RecordWarning(code=found.warning, message=f"[{found.warning}] {WARNING_CODES[found.warning]}")
            data["warnings"] = [*(data.get("warnings") or []), warning]
        return data

    @field_validator("text")
    @classmethod
    def _text_has_content(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @property
    def published_iso(self) -> str | None:
        """`published_at` as ISO 8601 text at its precision: "2018", "2018-11", "2018-11-01", or a datetime."""
        return PublishedAt(self.published_at, self.published_precision).iso

    @property
    def publication_date(self) -> dt.date | None:
        """The publication day (a datetime's date part), or None, also when only a year or month is known."""
        if self.published_precision is not None:
            return None
        if isinstance(self.published_at, dt.datetime):
            return self.published_at.date()
        return self.published_at

    def with_notes(self, warnings: list[dict[str, str]], text_changed: bool, id_key: str | None) -> Article:
        """This article with what the reader noted: warnings (code, message), a changed text, the typed id key."""
        self._warnings = list(warnings)
        self._text_changed = text_changed
        self._id_key = id_key
        return self

    @property
    def reader_warnings(self) -> list[dict[str, str]]:
        """What the reader noted (markup cleaned, a non-finite number), for the record's `warnings` list."""
        return list(self._warnings)

    @property
    def text_changed(self) -> bool:
        """Whether `text` is not the input's text (HTML cleaned, title prepended): the record then carries it."""
        return self._text_changed

    @property
    def id_key(self) -> str:
        """The id as given, with its JSON type: the run's duplicate check compares these."""
        return self._id_key if self._id_key is not None else json.dumps(self.id, ensure_ascii=False)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Article:
        """Build an article from a raw JSON object, moving unknown fields into `meta`."""
        known = {key: data[key] for key in KNOWN_FIELDS if key in data}
        extra = {key: value for key, value in data.items() if key not in KNOWN_FIELDS}
        if isinstance(data.get("meta"), dict):
            extra = {**data["meta"], **{k: v for k, v in extra.items() if k != "meta"}}
        return cls(**known, meta=extra)
