"""HTML pages of records: marks at the right offsets, text always escaped, pages written and rendered."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.html import COLORS, page_name, render_page, write_site
from tests.sample_record import TEXT, empty_record, sample_record, span

PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "nav", "a", "header", "h1", "h2", "p", "div",
             "span", "mark", "table", "thead", "tbody", "tr", "th", "td"}


class TextOfPage(HTMLParser):
    """Collects the tags of a page and the article text inside div.text, without the labels svodka adds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text: list[str] = []
        self.hrefs: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.hrefs += [value for name, value in attrs if name == "href"]
        classes = (dict(attrs).get("class") or "").split()
        self._stack.append("label" if {"label", "speaker"} & set(classes) else
                           "text" if "text" in classes and tag == "div" else tag)

    def handle_endtag(self, tag):
        self._stack.pop()

    def handle_data(self, data):
        if "text" in self._stack and "label" not in self._stack:
            self.text.append(data)


def parse(page: str) -> TextOfPage:
    parser = TextOfPage()
    parser.feed(page)
    return parser


def test_marks_sit_on_their_offsets_and_the_text_survives_whole():
    page = render_page(sample_record(), TEXT)
    assert "".join(parse(page).text) == TEXT
    assert '<mark class="ent ent-PER" title="e1 · Ильхам Алиев · per:ильхам алиев">Ильхам Алиев<span class="label">' \
           'PER</span></mark>' in page
    assert "7 октября<span class=\"label\">DATE 2025-10-07</span>" in page
    assert 'class="quote quote-direct"' in page and ">q1 Ильхам Алиев</span>" in page


def test_tables_list_quotes_and_events_in_timeline_order():
    page = render_page(sample_record(), TEXT)
    events = page[page.index("Events (timeline)"):page.index("<h2>Dates")]
    assert events.index("встретился") < events.index("позвонил") < events.index("заявил")
    assert "заявил (заявить)" in page[page.index("<h2>Quotes"):]


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<b>жирный</b> &amp; <a href='javascript:alert(3)'>ссылка</a>",
    '"><svg onload=alert(4)>',
])
def test_article_text_and_fields_are_always_escaped(hostile):
    text = f"Алиев сказал: {hostile} — и ушёл."
    record = sample_record("x", title=hostile, url=f"javascript:{hostile}", source=hostile, entities=[
        {"id": "e1", "type": "PER", "name": hostile, "key": hostile, "mentions": [span("Алиев", text=text)]}],
        dates=[], events=[], quotes=[{"id": "q1", **span(hostile, text=text), "kind": "direct", "speaker": hostile}])
    page = render_page(record, text)
    parsed = parse(page)
    assert parsed.tags <= PAGE_TAGS
    assert "<script" not in page.lower() and "<img" not in page.lower() and "<svg" not in page.lower()
    assert parsed.hrefs == ["index.html"], "only the index link: a javascript: url must stay text"
    assert "".join(parsed.text) == text


def test_page_names_are_safe_and_unique():
    used: set[str] = set()
    names = [page_name(i, used) for i in ("a/b", "a/b", "../../etc", "Статья 1")]
    assert len(set(names)) == 4
    assert all("/" not in n and n.endswith(".html") and n.isascii() for n in names)


def test_write_site_matches_texts_by_id_in_order(tmp_path):
    records = [sample_record("a"), empty_record("gone"), sample_record("a")]
    texts = {"a": [TEXT, TEXT.replace("Путину.", "Путину!")]}
    report = write_site(records, texts, tmp_path)
    assert report.pages == 3 and report.without_text == ["gone"]
    pages = sorted(p for p in tmp_path.iterdir() if p.name != "index.html")
    assert len(pages) == 3
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p.name}"' in index for p in pages)
    texts_on_pages = {"".join(parse(p.read_text(encoding="utf-8")).text) for p in pages}
    assert texts_on_pages == {TEXT, TEXT.replace("Путину.", "Путину!"), ""}


def write_inputs(tmp_path: Path) -> tuple[Path, Path]:
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(sample_record("a1"), ensure_ascii=False) + "\n", encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    return records, articles


def test_cli_html_writes_pages_and_an_index(tmp_path):
    records, articles = write_inputs(tmp_path)
    out = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "pipeline", "html", str(records), "--articles", str(articles),
                             "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 pages" in result.stderr
    assert (out / "index.html").exists() and len(list(out.glob("*.html"))) == 2


# --- the page as a browser draws it -------------------------------------------------------------------------------


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """Decode an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium writes) with zlib alone."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        position += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, header
    channels = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(line)
        previous = line
    pixels = [tuple(row[x:x + 3]) for row in rows for x in range(0, stride, channels)]
    return width, height, pixels


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("chromium is not installed (apt-get install chromium): the screenshot test needs a browser")


def screenshot(browser: str, page: Path, png: Path, profile: Path, size: str = "1000,900") -> None:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--hide-scrollbars", f"--user-data-dir={profile}",
               f"--window-size={size}", f"--screenshot={png}", page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert png.exists(), f"chromium wrote no screenshot (exit {result.returncode}): {result.stderr[-2000:]}"


def test_a_page_renders_in_headless_chromium(tmp_path):
    browser = chromium()
    page = tmp_path / "page.html"
    page.write_text(render_page(sample_record(), TEXT), encoding="utf-8")
    png = tmp_path / "page.png"
    screenshot(browser, page, png, tmp_path / "profile")
    width, height, pixels = png_pixels(png.read_bytes())
    assert (width, height) == (1000, 900)
    colors = set(pixels)
    assert len(colors) > 20, "the screenshot is blank"
    per = tuple(int(COLORS["PER"][i:i + 2], 16) for i in (1, 3, 5))
    assert per in colors, "no PER mark was drawn"
