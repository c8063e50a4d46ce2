"""The input article: one JSON object per line, or one .txt file."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

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
    # What reading found (not part of the input schema): warnings, whether `text` differs from the input's text,
    # and the id as given, with its JSON type ('0' and '"0"' are two ids), for the run's duplicate check.
    _warnings: list[dict[str, str]] = PrivateAttr(default_factory=list)
    _text_changed: bool = PrivateAttr(default=False)
    _id_key: str | None = PrivateAttr(default=None)

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

    def with_notes(self, warnings: list[dict[str, str]], text_changed: bool, id_key: str | None) -> Article:
        """This article with what the reader noted: warnings (code, message), a changed text, the typed id key."""
        self._warnings = list(warnings)
        self._text_changed = text_changed
        self._id_key = id_key
        return self

    @property
    def warnings(self) -> list[dict[str, str]]:
        """Reader warnings for the record's `warnings` list (contract 1.1)."""
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
