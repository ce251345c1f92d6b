"""``python -m pipeline`` = the ``pipeline`` console command."""

from .cli import main

main()
