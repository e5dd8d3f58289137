"""phistream's Beam side: inputs, chunked readers, transforms, writers and the CLI.

``detectors`` does the detection and never imports Beam; this package feeds it chunks of
records on any Beam runner and writes what it finds (see ``pipelines.transforms``).
"""
