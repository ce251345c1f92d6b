"""Stage 2 helper: what our rule components share -- their span-group keys and their data, loaded once.

spaCy's convention: a component is created empty and cheaply; its data comes from ``initialize`` (when
:func:`pipeline.nlp.assemble` builds the pipeline from ``pipeline/data``) or from ``from_disk`` (the copy
saved with the pipeline), never both. A component created directly and never initialized reads its data
on first use (:meth:`RuleComponent.ensure_data`).

A subclass names its span-group keys and their defaults in ``KEYS`` (the factory's config passes them on)
and fills in three steps: ``_load`` (read the data folder), ``_save`` and ``_restore`` (the saved copy).

    class CityRuler(RuleComponent):
        KEYS = {"spans_key": "cities"}
        spans_key: str

        def _load(self, data_dir): self.names = read_words(data_dir / "cities.txt")
        ...
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import ClassVar, Generic, Protocol, TypeVar

import srsly
from spacy.language import Language

from ..errors import Errors

_CFG = "cfg"  # to_disk: the span-group keys


class _Saves(Protocol):
    def to_dir(self, path: Path) -> None: ...


L = TypeVar("L", bound=_Saves)


class RuleComponent:
    """Base of our rule components: a name, span-group keys (``KEYS``) and data loaded once."""

    KEYS: ClassVar[Mapping[str, str]] = {}  # config key -> default span-group name

    def __init__(self, name: str, *, data_dir: Path | str | None, **keys: str) -> None:
        """Create the component empty.

        Args:
            name: the component's name in the pipeline.
            data_dir: folder its data is read from by :meth:`initialize` (None: only ``from_disk``
                or the subclass's own setters give it data).
            **keys: span-group keys, each one of ``KEYS`` (the others keep their defaults).

        Raises:
            TypeError: a key that is not one of ``KEYS`` (E080).
        """
        unknown = sorted(set(keys) - set(self.KEYS))
        if unknown:
            raise TypeError(Errors.E080.format(component=type(self).__name__, key=unknown[0],
                                               keys=", ".join(self.KEYS)))
        self.name = name
        self.data_dir = Path(data_dir) if data_dir is not None else None
        for key, default in self.KEYS.items():
            setattr(self, key, keys.get(key, default))
        self._loaded = False

    @property
    def span_keys(self) -> dict[str, str]:
        """The span-group keys in use, by config key."""
        return {key: getattr(self, key) for key in self.KEYS}

    # ------------------------------------------------------------------ data
    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   data_dir: Path | str | None = None) -> None:
        """Read the data of ``data_dir`` (default: the one given when created).

        Called by ``nlp.initialize()`` and by :func:`pipeline.nlp.assemble`; ``get_examples`` and ``nlp``
        are spaCy's arguments and unused (a rule component learns nothing).
        """
        source = data_dir or self.data_dir
        if source is not None:
            self._load(Path(source))
            self._loaded = True

    def ensure_data(self) -> None:
        """Read the data on first use when neither :meth:`initialize` nor :meth:`from_disk` ran."""
        if not self._loaded:
            self.initialize()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the data (and the span-group keys) under ``path``."""
        self.ensure_data()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self._save(path)
        if self.KEYS:
            srsly.write_json(path / _CFG, self.span_keys)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        """Load the data saved by :meth:`to_disk` (the raw data folder is not read)."""
        path = Path(path)
        saved = srsly.read_json(path / _CFG) if (path / _CFG).exists() else {}
        for key in self.KEYS:
            setattr(self, key, saved.get(key, getattr(self, key)))
        self._loaded = self._restore(path)
        return self

    # ------------------------------------------------------------------ steps of a subclass
    def _load(self, data_dir: Path) -> None:
        """Read the data of the folder ``data_dir``."""
        raise NotImplementedError

    def _save(self, path: Path) -> None:
        """Write the data into the folder ``path``."""
        raise NotImplementedError

    def _restore(self, path: Path) -> bool:
        """Read the data :meth:`_save` wrote into ``path``; False when there is none (read on first use)."""
        raise NotImplementedError


class LexiconComponent(RuleComponent, Generic[L]):
    """A rule component whose data is one lexicon: read from a folder, saved with its ``to_dir``.

    A subclass says where its data lives (``DATA_DIR``), how to read it (``_read``) and in which sub-folder
    of its saved copy it goes (``SAVED_IN``, "" for the component's own folder). ``lexicon`` given when
    created: no data is read.
    """

    DATA_DIR: ClassVar[Path | None] = None  # the data folder when none is given
    SAVED_IN: ClassVar[str] = ""

    def __init__(self, name: str, *, lexicon: L | None = None, data_dir: Path | str | None = None,
                 **keys: str) -> None:
        super().__init__(name, data_dir=data_dir or self.DATA_DIR, **keys)
        self._lexicon = lexicon
        self._loaded = lexicon is not None

    @property
    def lexicon(self) -> L:
        """The lexicon, read on first use when neither :meth:`initialize` nor :meth:`from_disk` ran."""
        self.ensure_data()
        assert self._lexicon is not None
        return self._lexicon

    def _read(self, folder: Path) -> L:
        """The lexicon stored in ``folder``."""
        raise NotImplementedError

    def _load(self, data_dir: Path) -> None:
        self._lexicon = self._read(data_dir)

    def _save(self, path: Path) -> None:
        self.lexicon.to_dir(path / self.SAVED_IN)

    def _restore(self, path: Path) -> bool:
        folder = path / self.SAVED_IN
        if not folder.is_dir():  # saved before it was: read on first use
            return False
        self._lexicon = self._read(folder)
        return True
