"""readme41's checks of the README split: run from the repository root,
    python3 docs/devlog/2026-12-08/readme41_check.py [OLD_COMMIT]
(default OLD_COMMIT: bcbba0dc, main before the split). Prints what each check found and exits 1 if check 1 or 3
finds anything not accounted for.
1. every backticked span (`...`) of the old README appears in the new README or in docs/history/*.md;
2. every number with decimals in the leading figure of an old "now"/"Current" cell appears in the new README
   (the leading figure: the cell's text before its first "(" or ";" — what follows is the cell's history);
3. every non-blank line of the old README appears, whole, in the new README or in docs/history/*.md (a line whose
   only change is a table cell's "|" escaped as "\\|" counts as found, and is listed).
"""
import pathlib
import re
import subprocess
import sys

old_commit = sys.argv[1] if len(sys.argv) > 1 else "bcbba0dc"
old = subprocess.run(["git", "show", f"{old_commit}:README.md"], capture_output=True, text=True, check=True).stdout
new = pathlib.Path("README.md").read_text(encoding="utf-8")
history = "\n".join(p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("docs/history").glob("*.md")))
old_lines = old.split("\n")
everywhere = new + "\n" + history
new_line_set = set(new.split("\n")) | set(history.split("\n"))
unescaped = {line.replace("\\|", "|"): line for line in new.split("\n") if "\\|" in line}

# 1. backticked spans (outside fenced code blocks)
prose, fenced = [], False
for line in old_lines:
    if line.startswith("```"):
        fenced = not fenced
        continue
    if not fenced:
        prose.append(line)
spans = set(re.findall(r"`([^`\n]+)`", "\n".join(prose)))
missing1 = sorted(s for s in spans if f"`{s}`" not in everywhere and s not in everywhere)
print(f"check 1: {len(spans)} distinct backticked spans in the old README; missing from README + docs/history: "
      f"{len(missing1)}")
for s in missing1:
    print("   ", s)


# 2. the figures of the old now/Current cells
def cells(n):
    return [c.strip() for c in old_lines[n - 1].strip().strip("|").split(" | ")]


def lead(text):
    return re.split(r"\(|;", text.replace("**", ""), maxsplit=1)[0]


def line_no(prefix, start=1):
    for i, line in enumerate(old_lines[start - 1:], start):
        if line.startswith(prefix):
            return i
    raise SystemExit(f"not found: {prefix}")


now_cells = []   # (where, text)
t = line_no("| set | before (main) span F1")                   # dates
for n in range(t + 2, t + 13):
    now_cells.append((f"dates {cells(n)[0]}", cells(n)[2]))
t = line_no("| set | role | third round | now | goal |")      # quotes
for n in range(t + 2, t + 14):
    now_cells.append((f"quotes {cells(n)[0]}", cells(n)[3]))
t = line_no("| figure | dev | validation | goal |")           # entities
for n in range(t + 2, t + 7):
    now_cells += [(f"entities dev {cells(n)[0]}", cells(n)[1]), (f"entities validation {cells(n)[0]}", cells(n)[2])]
n = line_no("factru-dev token F1: PER")
now_cells.append(("entities factru", old_lines[n - 1]))
for prefix in ("| validation (540 documents), now", "| dev (1,919 documents), now"):   # coref
    c = cells(line_no(prefix))
    now_cells += [(f"coref {prefix[2:12]}", x) for x in c[1:4]]
t = line_no("| part | trigger F1 | arguments F1 |")             # events
for n in range(t + 2, t + 7):
    now_cells += [(f"events {cells(n)[0][:20]}", x) for x in cells(n)[1:3]]
for prefix in ("| NEREL, now", "| BSNLP names, now"):          # evaluation: entities
    c = cells(line_no(prefix))
    now_cells += [(prefix[2:], x) for x in c[1:4]]
c = cells(line_no("| now (night of 2026-12-07, 19:52"))          # evaluation: events validation
now_cells += [("events validation, now", x) for x in c[1:5]]
t = line_no("| | now (night of 2026-12-07")                     # benchmarks
for n in range(t + 2, t + 10):
    now_cells.append((f"bench {cells(n)[0]}", cells(n)[1]))

missing2 = []
count2 = 0
for where, text in now_cells:
    for num in re.findall(r"\d*\.\d+", lead(text)):
        count2 += 1
        if num not in new:
            missing2.append((where, num, lead(text).strip()))
print(f"check 2: {count2} figures in {len(now_cells)} old now/Current cells; not in the new README: {len(missing2)}")
for where, num, text in missing2:
    print(f"    {where}: {num}   (old cell: {text[:80]})")

# 3. every old line, whole
missing3 = [(i, line) for i, line in enumerate(old_lines, 1) if line.strip() and line not in new_line_set
            and line not in unescaped]
for i, line in enumerate(old_lines, 1):
    if line.strip() and line not in new_line_set and line in unescaped:
        print(f"check 3: old line {i} kept with a table cell's pipe escaped: {line[:70]}")
print(f"check 3: {sum(1 for l in old_lines if l.strip())} non-blank old lines; found whole in neither the new README "
      f"nor docs/history: {len(missing3)}")
for i, line in missing3:
    print(f"    old line {i}: {line[:150]}")
sys.exit(1 if missing1 or missing3 else 0)
