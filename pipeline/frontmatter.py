"""Stage 1 helper: the YAML front matter of a Markdown file (``---`` lines around ``key: value`` lines).

The front matter gives the document's title, date and author; it is not text to analyse.
:func:`split_front_matter` blanks it out with spaces (newlines kept), so that no component
reads it and every offset still points into the file's decoded text. Only plain
``key: value`` lines are read (no YAML library, nothing is evaluated).

    >>> meta, text = split_front_matter('---\\ntitle: "Talks in Astana"\\ndate: 2024-05-03\\n---\\nBody.\\n')
    >>> meta["title"], meta["date"], text.endswith("\\nBody.\\n"), len(text)
    ('Talks in Astana', '2024-05-03', True, 56)
"""

from __future__ import annotations

import re

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_MAX_LINES = 200  # a longer "front matter" is a document that starts with a rule


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``(fields, text with the front matter blanked)``; ``({}, text)`` when there is none.

    Field names are lower-cased; values lose their quotes. Nested or list values are ignored.
    """
    m = _FRONT.match(text)
    if not m or (m.group(1) or "").count("\n") > _MAX_LINES:
        return {}, text
    fields: dict[str, str] = {}
    for line in (m.group(1) or "").splitlines():
        f = _FIELD.match(line)
        if f and f.group(2) and not f.group(2).startswith(("[", "{", "|", ">", "#")):
            fields.setdefault(f.group(1).lower(), _unquote(f.group(2)))
    blank = re.sub(r"[^\n]", " ", m.group(0))
    return fields, blank + text[m.end():]


def _unquote(value: str) -> str:
    value = re.sub(r"\s+#.*$", "", value) if not value.startswith(("'", '"')) else value
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
