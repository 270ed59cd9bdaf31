"""Everything the ``accord`` command line prints, in one place.

People at a terminal get Rich tables and text; pipes get JSON or CSV on stdout, while
messages for people go to stderr so stdout stays parseable. Text from articles, gold
files and the command line is untrusted: it is printed as ``Text`` or markup-escaped,
so a headline containing "[bold]" prints as written.

One module per kind of output: ``console`` (messages and notices on stderr),
``formats`` (the output formats), ``tables`` (cells and small tables), ``frames``
(query results), ``extraction``, ``article`` (``accord show``), ``dyad``, ``progress``
(ingest runs) and ``evaluation`` (evaluation reports).
"""

from __future__ import annotations

from accord.interfaces.render.extraction import render_extraction

__all__ = ["render_extraction"]
