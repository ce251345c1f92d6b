"""Stage 3 extractors: one module per table, each a pure function Doc -> records.

A module here is imported by ``registry.load_registry()``; its ``@extractor``
decorator registers it under the table name it fills.
"""
