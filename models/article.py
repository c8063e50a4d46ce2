"""The input article: one JSON object per line, or one .txt file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

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
        default=None, description="ISO date or datetime; the anchor for relative dates."
    )
    source: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict, description="Every other input field, echoed back.")

    @field_validator("text")
    @classmethod
    def _text_has_content(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @property
    def publication_date(self) -> dt.date | None:
        """The publication day (a datetime's date part), or None."""
        if isinstance(self.published_at, dt.datetime):
            return self.published_at.date()
        return self.published_at

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Article:
        """Build an article from a raw JSON object, moving unknown fields into `meta`."""
        known = {key: data[key] for key in KNOWN_FIELDS if key in data}
        extra = {key: value for key, value in data.items() if key not in KNOWN_FIELDS}
        if isinstance(data.get("meta"), dict):
            extra = {**data["meta"], **{k: v for k, v in extra.items() if k != "meta"}}
        return cls(**known, meta=extra)
