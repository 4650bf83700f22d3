#!/usr/bin/env python3
"""Speed of argkg against clingo on ICCMA tasks (a benchmark, not a test: timings are output).

EE-PR (every preferred extension) and SE-ST (some stable extension) on random Erdős–Rényi
frameworks (every ordered pair, self-attacks included, attacked with probability d/n) of 50, 100,
200 and 300 arguments at mean out-degree 2, 4, 8 and 12; FRAMEWORKS per cell from a fixed seed.
Whole-process wall time, as a competition harness measures it, 60 s cap per call:
  argkg   java -jar target/argkg.jar evaluate --af F.i23 --task EE-PR   /  iccma -p SE-ST -f F.i23
  clingo  the encodings of src/test/resources/peers/asp/ (preferred: --heuristic=Domain
          --enum-mode=domRec 0; stable: first answer set)
Both answers are compared (the sets of extensions for EE-PR; for SE-ST whether there is one).
When a solver times out on a framework, the rest of that cell counts as timed out for it too (to
bound the run). Writes bench/results/peers-<date>.md. Needs: the packaged jar (mvn -o -q package
-DskipTests), java 17, clingo (Debian package gringo).
Usage: bench/peers.py [FRAMEWORKS]   (default 3)
"""
import datetime
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "argkg.jar")
ASP = os.path.join(ROOT, "src", "test", "resources", "peers", "asp")
SIZES = [50, 100, 200, 300]
DEGREES = [2, 4, 8, 12]
CAP = 60.0
SEED = 20231119


def framework(n, d, rnd):
    p = d / n
    return [(a, b) for a in range(1, n + 1) for b in range(1, n + 1) if rnd.random() < p]


def run(cmd, stdin=None):
    t0 = time.monotonic()
    try:
        r = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=CAP)
    except subprocess.TimeoutExpired:
        return None, None
    return time.monotonic() - t0, r


def argkg(task, path):
    if task == "EE-PR":
        t, r = run(["java", "-jar", JAR, "evaluate", "--af", path, "--task", "EE-PR"])
        if t is None:
            return None, None
        assert r.returncode == 0, r.stderr
        inner = r.stdout.strip()[1:-1]
        exts = {frozenset(int(x) for x in m.split(",") if x) for m in re.findall(r"\[([^\[\]]*)\]", inner)}
        return t, exts
    t, r = run(["java", "-jar", JAR, "iccma", "-p", "SE-ST", "-f", path])
    if t is None:
        return None, None
    assert r.returncode == 0, r.stderr
    return t, r.stdout.strip() != "NO"


def clingo(task, n, attacks):
    facts = "".join(f"arg({a}).\n" for a in range(1, n + 1)) + "".join(f"att({a},{b}).\n" for a, b in attacks)
    if task == "EE-PR":
        cmd = ["clingo", "-V0", "--heuristic=Domain", "--enum-mode=domRec", "0", os.path.join(ASP, "preferred.lp"), "-"]
    else:
        cmd = ["clingo", "-V0", "1", os.path.join(ASP, "stable.lp"), "-"]
    t, r = run(cmd, facts)
    if t is None:
        return None, None
    assert r.returncode in (10, 20, 30), r.stderr
    lines = r.stdout.split("\n")
    end = next(i for i, l in enumerate(lines) if l.strip() in ("SATISFIABLE", "UNSATISFIABLE"))
    models = [frozenset(int(x[3:-1]) for x in l.split()) for l in lines[:end]]
    return t, (set(models) if task == "EE-PR" else bool(models))


def fmt(times, total):
    done = [t for t in times if t is not None]
    if not done:
        return f"timeout ({total}/{total})"
    s = f"{statistics.median(done):.2f}" if len(done) == total else f"{statistics.median(done):.2f}*"
    out = total - len(done)
    return s + (f" ({out} timeout{'s' if out > 1 else ''})" if out else "")


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rnd = random.Random(SEED)
    rows = []
    disagreements = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            for d in DEGREES:
                afs = [framework(n, d, rnd) for _ in range(count)]
                for task in ["EE-PR", "SE-ST"]:
                    times = {"argkg": [], "clingo": []}
                    dead = {"argkg": False, "clingo": False}
                    sizes = []
                    for k, attacks in enumerate(afs):
                        path = os.path.join(tmp, f"{n}-{d}-{k}.i23")
                        with open(path, "w") as f:
                            f.write(f"p af {n}\n" + "".join(f"{a} {b}\n" for a, b in attacks))
                        ta, aa = (None, None) if dead["argkg"] else argkg(task, path)
                        tc, ac = (None, None) if dead["clingo"] else clingo(task, n, attacks)
                        dead["argkg"] |= ta is None
                        dead["clingo"] |= tc is None
                        times["argkg"].append(ta)
                        times["clingo"].append(tc)
                        if ta is not None and tc is not None and aa != ac:
                            disagreements += 1
                            print(f"DISAGREE {task} n={n} d={d} #{k}", file=sys.stderr)
                        if task == "EE-PR" and aa is not None:
                            sizes.append(len(aa))
                    ma = [t for t in times["argkg"] if t is not None]
                    mc = [t for t in times["clingo"] if t is not None]
                    ratio = (f"{statistics.median(ma) / statistics.median(mc):.1f}"
                             if len(ma) == count and len(mc) == count else "–")
                    ext = f"{min(sizes)}–{max(sizes)}" if sizes else "–"
                    row = f"| {task} | {n} | {d} | {fmt(times['argkg'], count)} | {fmt(times['clingo'], count)} | {ratio} | {ext if task == 'EE-PR' else ''} |"
                    rows.append(row)
                    print(row, file=sys.stderr, flush=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    clingo_version = subprocess.run(["clingo", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    head = [
        f"# argkg against clingo: EE-PR and SE-ST, {now:%Y-%m-%dT%H:%MZ}",
        "",
        f"Machine: {os.cpu_count()} cores shared with other builds (load average at the end: {load}); "
        f"{clingo_version}; argkg as the packaged jar. Random frameworks, seed {SEED}, {count} per cell; "
        f"whole-process wall time in seconds (median), {CAP:.0f} s cap per call; a `*` median is over the "
        "frameworks that finished. Ratio: argkg's median over clingo's (below 1: argkg faster). "
        "argkg's time includes the start of the JVM (about 0.5–1 s for the 48 MB jar), clingo's "
        "a native start of a few milliseconds. Written by `bench/peers.py`.",
        "",
        f"Answers compared where both finished: {disagreements} disagreements.",
        "",
        "| task | arguments | mean out-degree | argkg s | clingo s | ratio | preferred extensions |",
        "|---|---|---|---|---|---|---|",
    ]
    text = "\n".join(head + rows) + "\n"
    out = os.path.join(ROOT, "bench", "results", f"peers-{now:%Y-%m-%d}.md")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as f:
        f.write(text)
    print(text)
    print("wrote " + out, file=sys.stderr)


if __name__ == "__main__":
    main()
