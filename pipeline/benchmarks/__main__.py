"""``python -m pipeline.benchmarks [--words N] [--jobs N] [--no-scale | --scale-only | --startup-only]``: figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from .throughput import main

parser = argparse.ArgumentParser(prog="python -m pipeline.benchmarks", description=__doc__)
parser.add_argument("--words", type=int, default=2_000_000, help="corpus size in words (default 2,000,000)")
parser.add_argument("--jobs", type=int, default=None, help="worker processes for the parallel run (default: cores)")
parser.add_argument("--model-dir", type=Path, default=None,
                    help="the saved pipeline the start-up figures load (default: models/pipeline)")
parser.add_argument("--repeat", type=int, default=3, help="fresh processes per start-up figure, median (default 3)")
group = parser.add_mutually_exclusive_group()
group.add_argument("--no-scale", action="store_true", help="skip the 4x-corpus memory run")
group.add_argument("--scale-only", action="store_true",
                   help="only the memory figures: peak RSS of --jobs N on the corpus and on a 4x corpus")
group.add_argument("--startup-only", action="store_true",
                   help="only the start-up figures: `pipeline run` on one short document and a worker's model "
                        "load, beside spacy.load of the base model (under a minute)")
args = parser.parse_args()
main(args.words, args.jobs, scale_check=not args.no_scale, scale_only=args.scale_only,
     startup_only=args.startup_only, model_dir=args.model_dir, repeat=args.repeat)
