"""Syndication: link exact and near-duplicate articles into one story.

Exact copies share an article id (``text_key`` of the normalised text) and are
caught before this module is reached. Near copies (a wire story re-published with
another headline, a dropped closing paragraph, an added byline or "Read more" line)
are found with MinHash signatures over word shingles and a MinHash LSH index
(datasketch), then confirmed by the signatures' estimated Jaccard similarity.

The rule and its numbers were chosen by measurement (``benchmarks/store.py --dedup``,
figures in docs/store.md): 181 real news bodies plus 55 re3d documents give 26,565
pairs of distinct articles, and each body is edited the way syndication edits copy
(byline and dateline added, tail dropped, boilerplate added, a paragraph inserted,
words changed). With 5-word shingles:

- distinct articles stay below Jaccard 0.17, except templated daily reports (CENTCOM
  strike summaries one day apart), which reach 0.52 with containment 0.71 -- and are
  different stories;
- wire copies with added lines score 0.8-1.0; dropping the last 20-35% of sentences
  can bring Jaccard down to 0.25, but the shorter copy stays contained in the longer.

So two articles are one story when the estimated Jaccard is at least ``THRESHOLD``
(0.65), or at least ``CONTAINED_JACCARD`` (0.3) with the shorter one at least
``CONTAINMENT`` (0.85) contained in the longer. That links 99-100% of every single
edit type (74% of the harshest combined edit) and none of the distinct pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from accord.text import fold

#: Words per shingle; 5 keeps distinct articles on the same topic apart (they share
#: names and phrases, rarely five words in a row outside quotes).
SHINGLE_WORDS = 5
#: MinHash permutations: the standard error of the Jaccard estimate is ~1/sqrt(128) = 0.09
#: at J=0.5, well inside the measured gap.
NUM_PERM = 128
#: Estimated Jaccard at or above which two articles are the same story.
THRESHOLD = 0.65
#: A truncated copy: at least this Jaccard, and ...
CONTAINED_JACCARD = 0.3
#: ... at least this share of the shorter article's shingles found in the longer one.
CONTAINMENT = 0.85
#: Articles with fewer shingles than this are matched only exactly: a handful of
#: shingles gives a Jaccard estimate too noisy to trust.
MIN_SHINGLES = 10
#: Seed and hashing scheme of the MinHash permutations; stored signatures are only
#: comparable with the same pair (datasketch 2's default scheme, pinned).
SEED = 1
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word shingles of a text: folded, lowercased words joined in runs of ``size``."""
    words = _WORD.findall(fold(text).lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature and the number of distinct shingles it summarises."""

    values: np.ndarray
    size: int

    def to_bytes(self) -> bytes:
        return np.asarray(self.values, dtype="<u4").tobytes()

    @classmethod
    def from_bytes(cls, blob: bytes, size: int) -> Signature:
        return cls(np.frombuffer(blob, dtype="<u4").astype(np.uint32), int(size))


def signature(text: str) -> Signature | None:
    """The MinHash signature of a text, or None when it is too short to compare."""
    from datasketch import MinHash

    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return Signature(np.asarray(mh.hashvalues, dtype=np.uint32), len(grams))


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a.values == b.values)) / len(a.values)


def containment(a: Signature, b: Signature, j: float | None = None) -> float:
    """Estimated share of the smaller shingle set found in the larger one.

    From |A∩B| = J(|A|+|B|)/(1+J), with the set sizes counted exactly.
    """
    j = jaccard(a, b) if j is None else j
    return min(1.0, j * (a.size + b.size) / ((1.0 + j) * min(a.size, b.size)))


def same_story(a: Signature, b: Signature) -> tuple[bool, float]:
    """Whether two signatures are one story by the rule above, and their estimated Jaccard."""
    j = jaccard(a, b)
    if j >= THRESHOLD:
        return True, j
    return (j >= CONTAINED_JACCARD and containment(a, b, j) >= CONTAINMENT), j


@dataclass(frozen=True, slots=True)
class Match:
    article_id: str
    story_id: str
    similarity: float


class StoryIndex:
    """An in-memory LSH index of article signatures, each tagged with its story.

    The LSH band layout is tuned for ``CONTAINED_JACCARD``, the lowest similarity
    that can link two articles; every candidate is then checked with ``same_story``.
    """

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=CONTAINED_JACCARD, num_perm=NUM_PERM)
        self._entries: dict[str, tuple[str, Signature]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def add(self, article_id: str, story_id: str, sig: Signature) -> None:
        """Index one article's signature (ignored if the id is already indexed)."""
        from datasketch import LeanMinHash

        if article_id in self._entries:
            return
        self._entries[article_id] = (story_id, sig)
        self._lsh.insert(article_id, LeanMinHash(seed=SEED, hashvalues=sig.values, scheme=SCHEME))

    def add_many(self, rows: Iterable[tuple[str, str, Signature]]) -> None:
        for article_id, story_id, sig in rows:
            self.add(article_id, story_id, sig)

    def match(self, sig: Signature) -> Match | None:
        """The most similar indexed article of the same story, or None."""
        from datasketch import LeanMinHash

        best: Match | None = None
        for candidate in self._lsh.query(LeanMinHash(seed=SEED, hashvalues=sig.values, scheme=SCHEME)):
            story_id, other = self._entries[candidate]
            linked, score = same_story(sig, other)
            if linked and (
                best is None or score > best.similarity or (score == best.similarity and candidate < best.article_id)
            ):
                best = Match(candidate, story_id, score)
        return best


# -- the persistent index: LSH band hashes kept in the store --------------------------------
#
# The in-memory ``StoryIndex`` had to be rebuilt from every stored signature at the start of
# each run (about 34 s and 3.7 GB projected at 300k articles). The store keeps instead one
# row per article and band (``lsh_bands``: band number, a 64-bit hash of the band's values),
# written in the same transaction as the article; a batch's candidates are one join on it.
# The band layout is datasketch's for ``CONTAINED_JACCARD`` and ``NUM_PERM``, so the
# candidates, and hence the matches, are those the in-memory index gives.


def band_layout() -> tuple[int, int]:
    """(bands, rows per band) of the LSH index (datasketch's optimum for ``CONTAINED_JACCARD``)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=CONTAINED_JACCARD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


_LAYOUT: tuple[int, int] | None = None


def bands(sig: Signature) -> list[tuple[int, int]]:
    """(band, hash) pairs of a signature: two signatures are LSH candidates when any pair is equal."""
    import hashlib

    global _LAYOUT
    if _LAYOUT is None:
        _LAYOUT = band_layout()
    count, rows = _LAYOUT
    values = np.asarray(sig.values, dtype="<u4")
    out = []
    for band in range(count):
        digest = hashlib.blake2b(values[band * rows : (band + 1) * rows].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def best_match(sig: Signature, candidates: Iterable[tuple[str, str, Signature]]) -> Match | None:
    """The most similar candidate of the same story (ties: the smaller article id), or None."""
    best: Match | None = None
    for candidate, story_id, other in candidates:
        linked, score = same_story(sig, other)
        if linked and (best is None or score > best.similarity or (score == best.similarity and candidate < best.article_id)):
            best = Match(candidate, story_id, score)
    return best
