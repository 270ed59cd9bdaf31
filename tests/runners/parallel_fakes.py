"""A picklable factory of the fake pipeline, for tests that extract on Dask workers."""

from __future__ import annotations

from dataclasses import dataclass

from store_fakes import FakePipeline


@dataclass(frozen=True)
class FakeFactory:
    """Builds ``FakePipeline(delay)`` once on each worker (``ParallelPipeline``'s factory)."""

    delay: float = 0.0
    fail_on: str | None = None

    def __call__(self) -> FakePipeline:
        return FakePipeline(delay=self.delay, fail_on=self.fail_on)
