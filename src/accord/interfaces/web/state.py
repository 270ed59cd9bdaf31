"""What every request handler needs: the stores, the vocabulary, the write settings."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, Request

from accord.interfaces.web.stores import Stores
from accord.interfaces.web.vocabulary import Vocabulary

#: Uploads larger than this are refused with 413 (the readers have their own per-item limits too).
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
#: At most this many URLs per ingest request.
MAX_URLS = 100


@dataclass
class WebState:
    stores: Stores
    vocabulary: Vocabulary
    token: str | None = None
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    pipeline_factory: Callable[[], Any] | None = None
    allow_private: bool = False
    _pipeline: Any = None
    _pipeline_lock: threading.Lock = field(default_factory=threading.Lock)
    _codes_loaded: bool = False

    def pipeline(self) -> Any:
        """The extraction pipeline, built on the first ingest (loading the model takes seconds)."""
        with self._pipeline_lock:
            if self._pipeline is None:
                if self.pipeline_factory is not None:
                    self._pipeline = self.pipeline_factory()
                else:
                    from accord.pipeline import Pipeline

                    self._pipeline = Pipeline()
            return self._pipeline

    def check_token(self, given: str | None) -> None:
        """403 unless writing is enabled and ``given`` is the token (compared in constant time)."""
        if not self.token:
            raise HTTPException(403, "writing is disabled: start `accord serve` with ACCORD_TOKEN or --token-file to allow ingest")
        if not given or not hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8")):
            raise HTTPException(403, "a valid token is required: send `Authorization: Bearer TOKEN`")

    def vocabulary_with_store_codes(self) -> Vocabulary:
        if not self._codes_loaded:
            from accord.interfaces.web.queries import store_codes

            with self.stores.read() as store:
                self.vocabulary.extra_codes = store_codes(store)
            self._codes_loaded = True
        return self.vocabulary

    def forget_store_codes(self) -> None:
        self._codes_loaded = False


def web_state(request: Request) -> WebState:
    return request.app.state.web


__all__ = ["MAX_UPLOAD_BYTES", "MAX_URLS", "WebState", "web_state"]
