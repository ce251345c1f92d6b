"""Dev tool: mypy against a committed baseline of error counts per (file, error code) that may only shrink.

Counting per (file, code) instead of per line keeps the baseline stable when code moves inside a file.

    python tools/typecheck.py           # run mypy on pipeline/; fail on new errors, print what shrank
    python tools/typecheck.py --update  # rewrite the baseline with today's counts (make typecheck-baseline)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tools" / "mypy-baseline.txt"
_ERROR = re.compile(r"^(?P<file>[^:\s][^:]*):\d+(?::\d+)?: error: .*?(?:\s\s\[(?P<code>[a-z0-9-]+)\])?$")

Key = tuple[str, str]  # (file, error code)
Changes = dict[Key, tuple[int, int]]  # key -> (baseline count, count now)


def count_errors(lines: Iterable[str]) -> Counter[Key]:
    """Errors per (file, code) in mypy's output; notes and the summary line are skipped.

    >>> count_errors(["a.py:3: error: Bad  [arg-type]", "a.py:9: note: See", "a.py:5: error: Bad  [arg-type]"])
    Counter({('a.py', 'arg-type'): 2})
    """
    counts: Counter[Key] = Counter()
    for line in lines:
        match = _ERROR.match(line.rstrip())
        if match:
            counts[(match["file"], match["code"] or "misc")] += 1
    return counts


def read_baseline(path: Path) -> Counter[Key]:
    """The ``count<TAB>file<TAB>code`` lines of a baseline file (missing file: no errors allowed)."""
    counts: Counter[Key] = Counter()
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                count, file, code = line.split("\t")
                counts[(file, code)] = int(count)
    return counts


def format_baseline(counts: Counter[Key]) -> str:
    """Baseline text: a header, then one sorted ``count<TAB>file<TAB>code`` line per key."""
    header = "# mypy errors per (file, code) that may remain; regenerate with `make typecheck-baseline`\n"
    return header + "".join(f"{n}\t{file}\t{code}\n" for (file, code), n in sorted(counts.items()) if n)


def compare(current: Counter[Key], baseline: Counter[Key]) -> tuple[Changes, Changes]:
    """(grown, shrunk): keys whose count rose (new keys included) or fell, each with (baseline, now)."""
    keys = set(current) | set(baseline)
    grown = {k: (baseline[k], current[k]) for k in sorted(keys) if current[k] > baseline[k]}
    shrunk = {k: (baseline[k], current[k]) for k in sorted(keys) if current[k] < baseline[k]}
    return grown, shrunk


def run_mypy(target: str = "pipeline") -> list[str]:
    """mypy's output lines for ``target`` (configured in pyproject.toml); exits when mypy itself fails."""
    proc = subprocess.run([sys.executable, "-m", "mypy", target], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"mypy failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc.stdout.splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the baseline with today's counts")
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    args = parser.parse_args(argv)
    lines = run_mypy()
    current = count_errors(lines)
    if args.update:
        args.baseline.write_text(format_baseline(current), encoding="utf-8")
        print(f"{args.baseline.relative_to(ROOT)}: {sum(current.values())} errors in {len(current)} (file, code) pairs")
        return 0
    grown, shrunk = compare(current, read_baseline(args.baseline))
    for (file, code), (before, now) in shrunk.items():
        print(f"fewer: {file} [{code}] {before} -> {now}  (tighten with `make typecheck-baseline`)")
    for (file, code), (before, now) in grown.items():
        print(f"MORE:  {file} [{code}] {before} -> {now}")
        for line in lines:
            if line.startswith(f"{file}:") and line.endswith(f"[{code}]"):
                print(f"    {line}")
    print(f"mypy: {sum(current.values())} errors, baseline {sum(read_baseline(args.baseline).values())}; "
          f"{len(grown)} (file, code) pairs grew, {len(shrunk)} shrank")
    return 1 if grown else 0


if __name__ == "__main__":
    sys.exit(main())
