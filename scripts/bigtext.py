#!/usr/bin/env python3
"""bigtext.py grows a resolution's text to a given size, for measurements.

It repeats the numbered paragraphs after the last one, renumbered to follow
on, keeping the masthead and the closing lines, as bigText does in
content/bench_test.go. The result goes to standard output; never commit it.

  scripts/bigtext.py [--size BYTES] FILE > /tmp/big.txt
"""

import argparse
import re
import sys

NUMBERED = re.compile(r"^(\s*)(\d{1,4})\.(\s|$)")


def grow(text, size):
    """grow returns text grown to at least size bytes."""
    lines = text.splitlines(keepends=True)
    idx = [i for i, l in enumerate(lines) if NUMBERED.match(l)]
    if not idx:
        return (text + "\n") * (size // max(1, len(text)) + 1)
    top = max(int(NUMBERED.match(lines[i]).group(2)) for i in idx)
    end = idx[-1] + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    body = lines[idx[0]:end]
    out = lines[:end]
    n = len("".join(out).encode())
    k = 1
    while n < size:
        for l in body:
            m = NUMBERED.match(l)
            if m:
                l = l[:m.start(2)] + str(int(m.group(2)) + k * top) + l[m.end(2):]
            out.append(l)
            n += len(l.encode())
        k += 1
    return "".join(out + lines[end:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1 << 20)
    ap.add_argument("file")
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as f:
        sys.stdout.write(grow(f.read(), args.size))


if __name__ == "__main__":
    main()
