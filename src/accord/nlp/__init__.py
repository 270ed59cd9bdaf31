"""The language stage: loading spaCy and registering accord's Doc extensions."""

from accord.nlp.model import DEFAULT_MODELS, load_model

__all__ = ["DEFAULT_MODELS", "load_model"]
