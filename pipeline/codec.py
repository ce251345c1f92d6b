"""Stage 3 helper: records <-> JSON for the result store, a format that cannot run code on load.

A record (any frozen dataclass, ``pipeline.records`` or an extension's) is written as
``{"__r": "module:QualName", "v": [its field values in field order]}`` (positional: a third
smaller and a third faster to read than named fields); tuples are written as lists and read
back as tuples (records hold tuples, never lists); dicts and sets carry a tag. Reading builds
only frozen dataclasses whose module is already imported (nothing is imported, no other
callable is looked up), by their generated constructor: a planted cache file can at most be
rejected as corrupt. New fields need nothing here: the fields are read from the class, and an
entry written before a field was added or removed has the wrong number of values, so it is
rejected and the document processed again.

    >>> from pipeline.records import Document
    >>> dumps(Document("a", "a.txt", "Text.", "ab12"))
    b'{"__r":"pipeline.records:Document","v":["a","a.txt","Text.","ab12","","","","","ok",""]}'
    >>> loads(_) == Document("a", "a.txt", "Text.", "ab12")
    True
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import cache
from operator import attrgetter
from typing import Any

_CLASS = "__r"
_VALUES = "v"
_DICT = "__d"
_SET = "__s"
_SCALARS = (str, int, float, bool, type(None))
_SCALAR_TYPES = frozenset(_SCALARS)


def _plain(obj: Any) -> Any:
    """``obj`` as JSON-ready values (records, tuples, dicts, sets of str/int/float/bool/None)."""
    kind: Any = type(obj)
    if kind in _SCALAR_TYPES:
        return obj
    if kind is tuple or kind is list:
        return [x if type(x) in _SCALAR_TYPES else _plain(x) for x in obj]
    form = _record_form(kind)
    if form is not None:
        name, values = form
        return {_CLASS: name, _VALUES: [x if type(x) in _SCALAR_TYPES else _plain(x) for x in values(obj)]}
    if isinstance(obj, dict):
        return {_DICT: [[_plain(k), _plain(v)] for k, v in obj.items()]}
    if isinstance(obj, set | frozenset):
        return {_SET: sorted((_plain(x) for x in obj), key=repr)}
    if isinstance(obj, _SCALARS):  # subclasses of str, int, float
        return obj
    raise TypeError(f"cannot store a {kind.__name__} in the result cache (records hold str, numbers, "
                    "tuples, dicts, sets and frozen dataclasses)")


@cache
def _record_form(kind: type) -> tuple[str, Callable[[Any], tuple[Any, ...]]] | None:
    """The tag of a record class and a function giving a record's field values in field order (None: not a
    dataclass)."""
    if not is_dataclass(kind):
        return None
    names = _field_names(kind)
    get = attrgetter(*names) if len(names) != 1 else (lambda obj: (getattr(obj, names[0]),))
    values = get if names else (lambda obj: ())
    return f"{kind.__module__}:{kind.__qualname__}", values


@cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@cache
def record_class(name: str) -> type:
    """The frozen dataclass named ``module:QualName``, from an already imported module.

    Raises:
        ValueError: unknown module or class, or not a frozen dataclass.
    """
    module_name, _, qualname = name.partition(":")
    obj: Any = sys.modules.get(module_name)
    if obj is None:
        raise ValueError(f"record class {name!r}: module not loaded")
    for part in qualname.split("."):
        obj = getattr(obj, part, None)
    # __dataclass_params__ is the only record of frozen=True (typeshed does not declare it)
    if not (isinstance(obj, type) and is_dataclass(obj) and obj.__dataclass_params__.frozen):  # type: ignore[attr-defined]
        raise ValueError(f"{name!r} is not a record class")
    return obj


@cache
def _record_of(name: str) -> tuple[type, int]:
    """:func:`record_class` and its number of fields."""
    cls = record_class(name)
    return cls, len(_field_names(cls))


def _tuples(value: list) -> tuple:
    return tuple([_tuples(x) if type(x) is list else x for x in value])


def _object(obj: dict) -> Any:
    """``json.loads`` hook: tagged objects back to records, dicts and sets."""
    if _CLASS in obj:
        cls, n_fields = _record_of(obj[_CLASS])
        values = obj[_VALUES]
        if len(values) != n_fields:  # written by another version of the record
            raise ValueError(f"{cls.__name__}: {len(values)} values for {n_fields} fields")
        return cls(*[_tuples(v) if type(v) is list else v for v in values])
    if _DICT in obj:
        return {(_tuples(k) if type(k) is list else k): (_tuples(v) if type(v) is list else v) for k, v in obj[_DICT]}
    if _SET in obj:
        return frozenset(_tuples(x) if type(x) is list else x for x in obj[_SET])
    raise ValueError("untagged object in a stored result")


def dumps(obj: Any) -> bytes:
    """``obj`` (a record or tuples of records) as UTF-8 JSON."""
    return json.dumps(_plain(obj), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes) -> Any:
    """The inverse of :func:`dumps`.

    Raises:
        ValueError: not JSON, or an object that is not a record of an imported class, or a record
            written with other fields (another version of the class).
        TypeError: values that do not fit the class.
    """
    value = json.loads(data, object_hook=_object)
    return _tuples(value) if type(value) is list else value
