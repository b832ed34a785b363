#!/usr/bin/env python3
"""ptytime.py times the resolute reader under a pseudo-terminal.

For each run it starts BINARY FILE in a new pseudo-terminal of COLSxROWS,
answers the terminal queries Bubble Tea sends (background colour, cursor
position), and records:

  first   ms from just before exec to the first output holding EXPECT
          (escape sequences stripped): the first frame showing the document;
  settled ms to the last output before QUIET ms of silence, when the
          background rendering has finished redrawing;
  resize  (with --resize COLS) ms from the last of a burst of four size
          changes, 10 ms apart, ending at COLS columns, to the last output of
          the redraw that follows;
  rss     VmRSS and VmHWM (kB) of the process after pressing G (end of the
          document) and waiting for the output to settle.

It prints each run and the median of every figure, then quits the reader
with q. Only the standard library is used.

  scripts/ptytime.py [--runs 7] [--cols 120] [--rows 40] [--expect TEXT]
                     [--resize COLS] BINARY FILE [ARGS...]
"""

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ESC = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|P[^\x1b]*\x1b\\|[@-Z\\-_])")


def set_size(fd, cols, rows):
    """set_size sets the window size of the terminal on fd."""
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def answer(master, chunk):
    """answer replies to the queries in chunk as a dark xterm would."""
    if b"\x1b]11;?" in chunk:
        os.write(master, b"\x1b]11;rgb:0000/0000/0000\x1b\\")
    if b"\x1b]10;?" in chunk:
        os.write(master, b"\x1b]10;rgb:ffff/ffff/ffff\x1b\\")
    if b"\x1b[6n" in chunk:
        os.write(master, b"\x1b[1;1R")


def read_until_quiet(master, quiet, limit, expect=None, t0=None):
    """read_until_quiet reads until quiet seconds pass with no output (or
    limit seconds in all). It returns the time of the last byte and, when
    expect is given, the time it first appeared (None if never)."""
    buf = b""
    seen = None
    last = time.perf_counter()
    end = last + limit
    while True:
        now = time.perf_counter()
        if now > end:
            break
        r, _, _ = select.select([master], [], [], min(quiet, end - now))
        if not r:
            if seen is not None or expect is None:
                break
            continue
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        last = time.perf_counter()
        answer(master, chunk)
        if expect is not None and seen is None:
            buf += chunk
            if expect in ESC.sub(b"", buf):
                seen = last
    return last, seen


def vm(pid):
    """vm returns VmRSS and VmHWM of pid in kB."""
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM"):
                out[k] = int(v.split()[0])
    return out.get("VmRSS", 0), out.get("VmHWM", 0)


def one(args):
    """one runs the reader once and returns its figures."""
    master, slave = pty.openpty()
    set_size(slave, args.cols, args.rows)
    # A fresh state folder: no remembered position from an earlier run.
    state = tempfile.mkdtemp(prefix="ptytime-")
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="", XDG_STATE_HOME=state)
    t0 = time.perf_counter()
    proc = subprocess.Popen([args.binary, *args.rest], stdin=slave, stdout=slave,
                            stderr=slave, env=env, start_new_session=True, close_fds=True)
    os.close(slave)
    fig = {}
    try:
        last, seen = read_until_quiet(master, args.quiet / 1000, 20, args.expect.encode(), t0)
        fig["first"] = (seen - t0) * 1000 if seen else float("nan")
        fig["settled"] = (last - t0) * 1000
        if args.resize:
            steps = 4
            for k in range(1, steps + 1):
                set_size(master, args.cols + (args.resize - args.cols) * k // steps, args.rows)
                os.kill(proc.pid, signal.SIGWINCH)
                t1 = time.perf_counter()
                if k < steps:
                    time.sleep(0.010)
            last, _ = read_until_quiet(master, args.quiet / 1000, 10)
            fig["resize"] = (last - t1) * 1000
        os.write(master, b"G")
        read_until_quiet(master, args.quiet / 1000, 10)
        fig["rss"], fig["hwm"] = vm(proc.pid)
        os.write(master, b"q")
        read_until_quiet(master, 0.2, 2)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        os.close(master)
        shutil.rmtree(state, ignore_errors=True)
    return fig


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cols", type=int, default=120)
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--quiet", type=int, default=300, help="ms of silence that ends a redraw")
    ap.add_argument("--expect", default="General Assembly", help="text of the first frame")
    ap.add_argument("--resize", type=int, default=0, metavar="COLS",
                    help="also time a burst of resizes, 10 ms apart, to COLS columns")
    ap.add_argument("binary")
    ap.add_argument("rest", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    runs = []
    for i in range(args.runs):
        f = one(args)
        runs.append(f)
        print(f"run {i + 1}: " + "  ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}"
                                          for k, v in f.items()), flush=True)
    print("median: " + "  ".join(
        f"{k} {statistics.median(r[k] for r in runs):.1f}" + (" ms" if k in ("first", "settled", "resize") else " kB")
        for k in runs[0]))


if __name__ == "__main__":
    sys.exit(main())
