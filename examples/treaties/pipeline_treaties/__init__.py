"""Example extension of policy-pipeline: a ``treaties`` table (see ``pipeline_treaties.treaties``).

Importing this package has no side effects; the pipeline imports
``pipeline_treaties.treaties`` through the ``pipeline.extractors`` entry point.
"""

__version__ = "0.1.0"
