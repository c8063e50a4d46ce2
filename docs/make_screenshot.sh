#!/usr/bin/env bash
# Regenerate docs/html-view.png: the HTML view of the seed article (corpus/articles.jsonl, line 1) in headless Chromium.
# Needs chromium (apt-get install chromium). Run from anywhere: bash docs/make_screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n 1 corpus/articles.jsonl > "$work/seed.jsonl"
.venv/bin/svodka run "$work/seed.jsonl" -o "$work/out" --workers 1 --no-progress
.venv/bin/svodka html "$work/out" --articles "$work/seed.jsonl" -o "$work/html"
page=$(ls "$work"/html/*.html | grep -v '/index.html$' | head -n 1)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --hide-scrollbars --user-data-dir="$work/profile" --window-size=1100,1400 \
  --screenshot="$PWD/docs/html-view.png" "file://$page" 2>/dev/null
ls -l docs/html-view.png
