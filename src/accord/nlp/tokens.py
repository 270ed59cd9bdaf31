"""Per-Doc lists of tokens and token attributes, built once: spaCy makes a new ``Token`` object
on every ``doc[i]`` and on every pass of ``for t in doc``, and the stages walk the same Doc many
times over."""

from __future__ import annotations

from typing import Any

#: ``Doc.user_data`` keys of the cached lists.
TOKENS_KEY = ("accord", "tokens")
LOWERS_KEY = ("accord", "lowers")


def doc_tokens(doc: Any) -> list[Any]:
    """The Doc's tokens as one list (``doc_tokens(doc)[i]`` is ``doc[i]``)."""
    tokens = doc.user_data.get(TOKENS_KEY)
    # A list copied with the user data into another Doc (``Span.as_doc(copy_user_data=True)``)
    # holds the first Doc's tokens: built again.
    if tokens is None or len(tokens) != len(doc) or (tokens and tokens[0].doc is not doc):
        tokens = doc.user_data[TOKENS_KEY] = list(doc)
    return tokens


def token_lowers(doc: Any) -> list[str]:
    """Each token's ``lower_``, in order."""
    lowers = doc.user_data.get(LOWERS_KEY)
    if lowers is None or len(lowers) != len(doc):
        lowers = doc.user_data[LOWERS_KEY] = [t.lower_ for t in doc_tokens(doc)]
    return lowers
