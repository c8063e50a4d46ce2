#!/bin/bash
# Every figure of the README's evaluation tables in one run: `make eval` (or `bash bench/evaluate.sh OUT`).
# One file per area under OUT (default out/eval): the validation parts as totals only, the dev parts, quotes-dev,
# the held-out sets and the seed (no --errors: error listings are for the dev parts, by hand).
# About three minutes on two quiet cores; needs ../shared/data beside the checkout.
set -u
O=${1:-out/eval}; mkdir -p "$O"
S=../shared/data; P="${PYTHON:-.venv/bin/python} -m pipeline"
B=$S/bsnlp-dev/articles.jsonl; R=$S/rucoco-dev/docs.jsonl
q() { $P eval quotes --gold "$1" --articles "${@:2}" 2>&1 | head -4; }
{
echo "== quotes validation"; q tests/data/realnews/quotes/validation.jsonl $B $R
for n in "" 2 3 4 5 6 7 8 9 10; do echo "== quotes dev$n"; q tests/data/realnews/quotes/dev$n.jsonl $B $R; done
echo "== quotes-dev"; q $S/quotes-dev/gold.jsonl $S/quotes-dev/articles.jsonl
echo "== heldout"; q tests/data/heldout/quotes.jsonl tests/data/heldout/articles.jsonl
echo "== heldout2"; q tests/data/heldout2/quotes.jsonl tests/data/heldout2/articles.jsonl
echo "== seed"; q $S/seed/gold.json $S/seed/article.json
echo "== corpus"; q tests/data/corpus_gold/quotes.jsonl corpus/articles.jsonl
} > "$O/quotes.txt"
{
echo "== dates validation"; $P eval dates --gold tests/data/realnews/dates/validation.jsonl --articles $B 2>&1 | sed -n 1,5p
for n in "" 2 3 4 5 6 7 8; do echo "== dates dev$n"; $P eval dates --gold tests/data/realnews/dates/dev$n.jsonl --articles $B 2>&1 | sed -n 1,5p; done
echo "== seed"; $P eval dates --gold $S/seed/gold.json --articles $S/seed/article.json 2>&1 | sed -n 1,5p
echo "== heldout2"; $P eval dates --gold tests/data/heldout2/dates.jsonl --articles tests/data/heldout2/articles.jsonl 2>&1 | sed -n 1,5p
echo "== nerel recall"; $P eval dates-recall --gold $S/nerel-dev/gold.jsonl --articles $S/nerel-dev/articles.jsonl 2>&1 | head -8
} > "$O/dates.txt"
{
echo "== events validation"; $P eval events --gold tests/data/realnews/events/validation.jsonl --articles $R 2>&1 | head -8
for n in "" 2 3 4 5 6 7 8 9 10; do echo "== events dev$n"; $P eval events --gold tests/data/realnews/events/dev$n.jsonl --articles $R 2>&1 | head -8; done
} > "$O/events.txt"
{
echo "== linking validation"; $P eval linking --gold $S/nerel-dev/links.jsonl --articles $S/nerel-dev/articles.jsonl --part validation 2>&1 | head -8
echo "== names validation"; $P eval names --gold $S/bsnlp-dev/names.jsonl --articles $B --part validation 2>&1 | head -8
echo "== linking dev"; $P eval linking --gold $S/nerel-dev/links.jsonl --articles $S/nerel-dev/articles.jsonl --part dev 2>&1 | head -8
echo "== names dev"; $P eval names --gold $S/bsnlp-dev/names.jsonl --articles $B --part dev 2>&1 | head -8
echo "== factru"; $P eval ner --gold $S/factru-dev/gold-ner.jsonl --articles $S/factru-dev/articles.jsonl 2>&1 | head -12
} > "$O/entities.txt"
{
echo "== coref validation"; $P eval coref --gold $R --articles $R --part validation 2>&1 | head -8
echo "== coref dev"; $P eval coref --gold $R --articles $R --part dev 2>&1 | head -8
} > "$O/coref.txt"
echo "svodka eval: every figure in $O/{quotes,dates,events,entities,coref}.txt"
