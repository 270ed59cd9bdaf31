"""Scraped plain text to a clean article body: line-level rules, no per-article strings.

``clean_text`` works on lines, because web leftovers come as whole lines: share bars,
read-time badges, bylines, timestamps, cookie banners, "Related:" blocks, tag lists,
photo credits, navigation crumbs, copyright footers. The steps:

1. Normalise: newlines (CRLF, CR, form feed, Unicode line/paragraph separators),
   zero-width and soft-hyphen characters removed, non-breaking and other Unicode spaces
   to a plain space, runs of spaces folded, NFC.
2. Classify each line against the rules in ``accord/data/cleaning/leftovers.toml``
   (phrases, patterns, share-bar words, related-block headers, byline prefixes, date
   words; English plus the widget wording of French, German, Spanish, Italian and
   Serbian/Croatian/Bosnian sites), plus structural rules written here: lines without
   a letter, navigation crumbs, bylines (``By Jane Doe``, ``Jane Doe | Outlet``),
   date/byline/read-time combinations (``Jane Doe · 14.03.2025 · 3 min read``).
3. Lines repeated verbatim: short ones with a copy outside the article text go
   everywhere, longer ones after their first copy.
4. Drop the teaser headlines under a "Related:"/"Read more"/"Most read" header.
5. Detect the headline: the first headline-like line (3 to 25 words, no terminal full
   stop, capitalised) above the first body paragraph and followed by body text. Short
   labels around it (section names like "Defence", an author's name) are dropped.
6. After the last body sentence, once a leftover has started the page footer, the
   remaining short non-sentence lines are dropped too, and so is an author bio under a
   dropped author name.
7. Join lines broken inside a sentence (PDF-to-text, hard-wrapped e-mail text),
   undoing end-of-line hyphenation, and join paragraphs with a blank line.

Sentences of the article body are never edited, only whole lines are dropped; a
dateline such as ``BELGRADE, March 4 (Reuters) -`` stays with its paragraph.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources

from accord.dates import calendar, find_date


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The cleaned article.

    Attributes:
        body (str): the article's paragraphs joined with blank lines ("\\n\\n").
        title (str | None): the headline detected at the top, if any.
        removed (tuple[str, ...]): every dropped line, in order, for audit.
        published (str | None): YYYY-MM-DD from a date line dropped above the body.
    """

    body: str
    title: str | None
    removed: tuple[str, ...] = ()
    published: str | None = None


# ---------------------------------------------------------------------------- rules


@dataclass(frozen=True, slots=True)
class _Rules:
    phrases: dict[str, str]  # key -> reason
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    widget_words: frozenset[str]
    widget_strong: frozenset[str]
    widget_max: int
    related_header: re.Pattern[str]
    related_max_lines: int
    related_max_words: int
    date_words: frozenset[str]
    date_needs: frozenset[str]
    agency: re.Pattern[str]
    byline: re.Pattern[str]


_ORDINALS = frozenset({"st", "nd", "rd", "th", "er", "e"})


@functools.cache
def _rules() -> _Rules:
    """The leftover rules from ``data/cleaning/leftovers.toml`` (read once: immutable data)."""
    raw = tomllib.loads(resources.files("accord.data.cleaning").joinpath("leftovers.toml").read_text("utf-8"))
    phrases: dict[str, str] = {}
    for reason, items in raw["phrases"].items():
        for item in items:
            phrases.setdefault(_key(item), reason)
    patterns = tuple(
        (reason, re.compile(pattern, re.IGNORECASE)) for reason, items in raw["patterns"].items() for pattern in items
    )
    months, weekdays = calendar()
    agencies = sorted(raw["credits_agencies"]["names"], key=len, reverse=True)
    agency = re.compile(
        r"^[(\[]?\s*(?:" + "|".join(re.escape(a) for a in agencies) + r")(?:\s*(?:/|via|,)\s*[^.!?]{1,60})?\s*[)\]]?$",
        re.IGNORECASE,
    )
    return _Rules(
        phrases=phrases,
        patterns=patterns,
        widget_words=frozenset(raw["widget_words"]["words"]),
        widget_strong=frozenset(raw["widget_words"]["strong"]),
        widget_max=int(raw["widget_words"]["max_words"]),
        related_header=re.compile(raw["related"]["header"], re.IGNORECASE),
        related_max_lines=int(raw["related"]["max_lines"]),
        related_max_words=int(raw["related"]["max_words"]),
        date_words=frozenset(raw["timestamp"]["words"]) | frozenset(months) | weekdays | _ORDINALS,
        date_needs=frozenset(raw["timestamp"]["needs"]),
        agency=agency,
        byline=re.compile(
            r"^(?:" + "|".join(re.escape(p) for p in sorted(raw["byline"]["prefixes"], key=len, reverse=True)) + r")\s*:?\s+(.+)$",
            re.IGNORECASE,
        ),
    )


# ------------------------------------------------------------------- normalisation

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_NEWLINES = re.compile(r"\r\n?|[\f\v\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[^\S\n]+")
_NON_KEY = re.compile(r"[^\w]+|_+")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…][\"”’'»)\]]*$")
_TITLE_BAD_END = re.compile(r"[.,;:\-–—(/|]$")
_SEPARATORS = re.compile(r"\s+[|•·–—/-]\s+|\s*[|•·]\s*")
_NAV_SPLIT = re.compile(r"\s*[>»›|•·]\s*|\s+/\s+")
_DATE_BY = re.compile(r"^(.*?\d.*?)\s+by\s+(.+)$", re.IGNORECASE)
_NAME_SMALL = frozenset(
    "de da di du del della der den van von la le el al bin ibn y dos das ter ten zu af "
    "and in for at of staff writer reporter correspondent editor contributor journalist".split()
)
#: No leftover line is longer than this (the longest are cookie banners); longer lines are text.
_MAX_LEFTOVER_CHARS = 1500
_BULLET = re.compile(r"^([-•*▪●◦–]\s|\d+[.)]\s)")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _key(line: str) -> str:
    """Lowercased words only: '👉 Share this Post!' -> 'share this post'."""
    return _NON_KEY.sub(" ", line.lower()).strip()


def normalise_text(text: str) -> str:
    """NFC, no zero-width or control characters, "\\n" newlines, single spaces (lines not stripped)."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_ZERO_WIDTH)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text.replace("\t", " "))
    return _SPACES.sub(" ", text)


def _plain(line: str) -> str:
    """The line without leading bullets/emoji and trailing decoration, for pattern matching."""
    start, end = 0, len(line)
    while start < end and not (line[start].isalnum() or line[start] in "([#@©\"'«“‘"):
        start += 1
    while end > start and (unicodedata.category(line[end - 1]) in ("So", "Sk", "Sm") or line[end - 1] in " •|→►▶➡"):
        end -= 1
    return line[start:end]


def _words(line: str) -> list[str]:
    """Word tokens; runs of CJK characters (written without spaces) count a word per two characters."""
    words: list[str] = []
    for token in _WORD.findall(line):
        if _CJK.search(token):
            words.extend(token[i : i + 2] for i in range(0, len(token), 2))
        else:
            words.append(token)
    return words


def _repeat_keys(line: str) -> list[str]:
    """Keys under which repeats of ``line`` are counted: its key, and for a short
    non-sentence with digits, its key without the digits (a running page header)."""
    key = _key(line)
    keys = [key]
    if len(line) <= 200 and any(ch.isdigit() for ch in key) and not _TERMINAL.search(line) and len(key.split()) <= 8:
        bare = " ".join(t for t in key.split() if not t.isdigit())
        if len(bare.split()) >= 3:
            keys.append("#" + bare)
    return keys


def _is_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line)) and len(_words(line)) >= 4


# ------------------------------------------------------------------ line classifiers


def _names_ok(segment: str, *, min_tokens: int = 1, max_tokens: int = 5) -> bool:
    """Whether ``segment`` is one or more personal/outlet names: 'Jane Doe and John Smith'."""
    segment = segment.strip().strip(",")
    if not segment:
        return False
    parts = [p.strip() for p in re.split(r",|\s+and\s+|\s*&\s*", segment) if p.strip()]
    if not parts or len(parts) > 4:
        return False
    for part in parts:
        tokens = part.split()
        if not (min_tokens <= len(tokens) <= max_tokens):
            return False
        capital = 0
        for token in tokens:
            core = token.strip("()'’\".")
            if not core:
                return False
            if core[0].isupper() and all(c.isalpha() or c in "-'’." for c in core):
                capital += 1
            elif core.lower() in _NAME_SMALL:
                continue
            else:
                return False
        if capital == 0:
            return False
    return True


def _is_byline(line: str) -> bool:
    """'By Jane Doe', 'By JANE DOE, Reuters', 'Written by: J. Doe | Outlet', 'Posted by admin'."""
    match = _rules().byline.match(line)
    if match:
        rest = match.group(1).strip()
        if len(_words(rest)) > 14:
            return False
        if re.fullmatch(r"@?[\w.\-]{2,40}", rest):  # a user handle
            return True
        segments = [s for s in _SEPARATORS.split(rest) if s.strip()]
        return bool(segments) and all(_names_ok(s) or _is_date(s) for s in segments) and _names_ok(segments[0])
    # 'Jane Doe | Balkan Monitor' (names on both sides of a bar or bullet)
    segments = [s for s in re.split(r"\s*[|•·]\s*", line) if s.strip()]
    if len(segments) >= 2 and len(_words(line)) <= 10:
        return _names_ok(segments[0], min_tokens=2, max_tokens=4) and all(_names_ok(s) for s in segments[1:])
    return False


def _is_date(segment: str) -> bool:
    """A date/time alone: '14.03.2025 10:32', 'Updated: March 4, 2025 at 10:32 CET', '2 hours ago'."""
    rules = _rules()
    text = segment.strip().lower()
    if not text or len(text) > 80:
        return False
    tokens = re.findall(r"[^\W\d_]+|\d+", text)
    if not tokens:
        return False
    has_anchor = False
    for token in tokens:
        if token.isdigit():
            has_anchor = True
        elif re.fullmatch(r"\d+(st|nd|rd|th|h|er|e)", token):
            has_anchor = True
        elif token in rules.date_words:
            if token in rules.date_needs:
                has_anchor = True
        else:
            return False
    return has_anchor


def _is_read_time(segment: str) -> bool:
    return any(reason == "read_time" and pattern.search(segment.strip()) for reason, pattern in _rules().patterns)


def _meta_kind(line: str) -> str | None:
    """'timestamp'/'byline'/'read_time' for a line made only of date, byline, read-time and name parts."""
    if len(line) > 180:
        return None
    segments = [s.strip() for s in _SEPARATORS.split(line) if s and s.strip()]
    kinds: list[str] = []
    for segment in segments:
        segment = segment.strip(" ,;")
        if not segment:
            continue
        if _is_date(segment):
            kinds.append("timestamp")
            continue
        date_by = _DATE_BY.match(segment)
        if date_by and _is_date(date_by.group(1)) and (_names_ok(date_by.group(2)) or re.fullmatch(r"@?[\w.\-]{2,40}", date_by.group(2))):
            kinds += ["timestamp", "byline"]
            continue
        place, comma, rest = segment.partition(",")
        if comma and _names_ok(place, max_tokens=3) and _is_date(rest):  # 'Ljubljana, 18 September 2024'
            kinds.append("timestamp")
            continue
        if _is_read_time(segment):
            kinds.append("read_time")
        elif _is_byline(segment):
            kinds.append("byline")
        elif re.fullmatch(r"(\d+\s+)?comments?(\s*\(\d+\))?|\d+\s+(views?|shares?)", segment, re.IGNORECASE):
            kinds.append("comments")
        elif _names_ok(segment, max_tokens=4) and len(segments) > 1:
            kinds.append("name")
        else:
            return None
    for kind in ("timestamp", "byline", "read_time"):
        if kind in kinds:
            return kind
    return None


def _is_nav(line: str) -> bool:
    """Breadcrumbs and menus: 'Home > Politics > Defence', 'Home | News | World | Opinion'."""
    segments = [s.strip() for s in _NAV_SPLIT.split(line) if s.strip()]
    if len(segments) < 2 or _TERMINAL.search(line):
        return False
    if _key(segments[0]) in ("home", "homepage", "start", "front page", "news") and all(len(s.split()) <= 6 for s in segments):
        return True
    return len(segments) >= 3 and all(len(s.split()) <= 3 and len(s) <= 30 and s[0].isupper() for s in segments)


def _classify(line: str) -> str | None:
    """Why ``line`` is a web leftover, or None when it may be article text."""
    if len(line) > _MAX_LEFTOVER_CHARS:
        return None
    if line.startswith("|") and line.endswith("|") and line.count("|") >= 3:
        # A table row (trafilatura writes tables as Markdown): data, unless it is the rule line.
        return None if any(ch.isalnum() for ch in line) else "no_words"
    if not any(ch.isalpha() for ch in line) or sum(ch.isalnum() for ch in line) < 2:
        return "timestamp" if _is_date(line) else "no_words"
    rules = _rules()
    key = _key(line)
    reason = rules.phrases.get(key)
    if reason:
        return reason
    plain = _plain(line)
    for reason, pattern in rules.patterns:
        if pattern.search(plain):
            return reason
    tokens = key.split()
    if (
        len(tokens) <= rules.widget_max
        and all(t in rules.widget_words or t.isdigit() for t in tokens)
        and any(t in rules.widget_strong for t in tokens)
    ):
        return "share"
    if rules.related_header.match(plain):
        return "related"
    if rules.agency.match(plain):
        return "photo_credit"
    if _is_nav(plain):
        return "navigation"
    if _is_byline(plain):
        return "byline"
    return _meta_kind(plain)


# ----------------------------------------------------------------------- assembly


@dataclass(slots=True)
class _Line:
    text: str
    block: int
    reason: str | None = None

    @property
    def kept(self) -> bool:
        return self.reason is None


def _continues(lines: list[_Line], i: int, kept: list[int], pos: int) -> bool:
    """Whether kept line ``kept[pos]`` (== i) runs on into the next kept line (a wrapped sentence)."""
    if pos + 1 >= len(kept):
        return False
    this, nxt = lines[i], lines[kept[pos + 1]]
    if this.block != nxt.block or _TERMINAL.search(this.text):
        return False
    first = nxt.text[0]
    return first.islower() or this.text.endswith(("-", ",", "–", "—")) or (first.isdigit() and not this.text[-1].isalnum())


def _is_body(lines: list[_Line], i: int, kept: list[int], pos: int, wrapped: bool) -> bool:
    """A line of article text: a sentence, a long line, or a line wrapped into the next."""
    text = lines[i].text
    if len(text) > 600:
        return True
    n = len(_words(text))
    if ((bool(_TERMINAL.search(text)) or text.endswith(":")) and n >= 6) or n >= 26 or (n >= 6 and _continues(lines, i, kept, pos)):
        return True
    return wrapped and n >= 6 and _same_block_next(lines, kept, pos)


def _same_block_next(lines: list[_Line], kept: list[int], pos: int) -> bool:
    return pos + 1 < len(kept) and lines[kept[pos]].block == lines[kept[pos + 1]].block


def _is_wrapped(lines: list[_Line]) -> bool:
    """Hard-wrapped text (PDF export, e-mail): many lines end mid-sentence inside a paragraph."""
    kept = [line for line in lines if line.kept]
    unterminated = sum(
        1
        for a, b in zip(kept, kept[1:])
        if a.block == b.block and not _TERMINAL.search(a.text) and len(_words(a.text)) >= 6
    )
    return unterminated >= 3 and unterminated >= 0.3 * len(kept)


def _alpha_words(text: str) -> int:
    return sum(1 for word in _words(text) if sum(ch.isalpha() for ch in word) >= 2)


def _is_title_candidate(text: str) -> bool:
    text = _plain(text)
    if not text or _alpha_words(text) < 2:
        return False
    n = len(_words(text))
    if not (3 <= n <= 25) or len(text) > 220 or _TITLE_BAD_END.search(text):
        return False
    if text.endswith("…"):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘«"


def _join(lines: list[str], blocks: list[int], wrapped: bool, width: float) -> list[str]:
    """Paragraphs from kept lines, joining lines broken inside a sentence."""
    paragraphs: list[str] = []
    prev_block = None
    for text, block in zip(lines, blocks, strict=True):
        if paragraphs and _joins(paragraphs[-1], text, same_block=block == prev_block, wrapped=wrapped, width=width):
            last = paragraphs[-1]
            if re.search(r"[^\W\d_]-$", last) and text[0].islower():
                paragraphs[-1] = last[:-1] + text  # de-hyphenate "govern-" + "ment"
            elif re.search(r"[^\W\d_]-$", last):
                paragraphs[-1] = last + text  # "pro-" + "Russian"
            else:
                paragraphs[-1] = last + " " + text
        else:
            paragraphs.append(text)
        prev_block = block
    return paragraphs


def continues_sentence(prev: str, nxt: str) -> bool:
    """Whether line ``nxt`` goes on with the sentence line ``prev`` leaves open, within one
    paragraph of text that is not hard-wrapped (both lines stripped)."""
    return _joins(prev, nxt, same_block=True, wrapped=False, width=0.0)


def _joins(prev: str, nxt: str, *, same_block: bool, wrapped: bool, width: float) -> bool:
    if _TERMINAL.search(prev) or _BULLET.match(nxt):
        return False
    first = nxt[0]
    if not same_block:
        # A page break inside a sentence: only a clear continuation crosses a blank line.
        return wrapped and first.islower() and len(_words(prev)) >= 6
    if first.islower() or prev.endswith(("-", ",", ";", "–", "—", "(")):
        return True
    return wrapped and len(prev) >= 0.6 * width and len(_words(prev)) >= 5


def clean_text(text: str, *, title: str | None = None) -> CleanedText:
    """Clean scraped plain text into an article body.

    Args:
        text (str): the scraped text.
        title (str | None): the article's known headline; a line above the body equal
            to it is taken as the headline and dropped from the body.

    RETURNS (CleanedText): body paragraphs joined by blank lines, the detected headline,
        the dropped lines and a publication date found in a dropped date line.
    """
    lines, detected, published, wrapped = _analyse(text, title)
    body_lines = [line for line in lines if line.kept]
    long_lines = sorted(len(line.text) for line in body_lines)
    width = float(long_lines[int(0.9 * (len(long_lines) - 1))]) if long_lines else 0.0
    paragraphs = _join([line.text for line in body_lines], [line.block for line in body_lines], wrapped, width)
    removed = tuple(line.text for line in lines if line.reason is not None and line.reason != "title")
    return CleanedText(body="\n\n".join(paragraphs), title=detected, removed=removed, published=published)


def explain_lines(text: str, *, title: str | None = None) -> list[tuple[str, str | None]]:
    """Every non-blank line of ``text`` with why it was dropped (None: kept; "title": the headline).

    For debugging rules and for the cleaning benchmark; ``clean_text`` gives the result.
    """
    lines, _, _, _ = _analyse(text, title)
    return [(line.text, line.reason) for line in lines]


def _analyse(text: str, title: str | None) -> tuple[list[_Line], str | None, str | None, bool]:
    """Lines with their drop reasons, the headline, the publication date, and whether the text is hard-wrapped.

    Each pass marks lines with a drop reason; later passes see what earlier ones dropped.
    """
    lines = _split_lines(text)
    wrapped = _is_wrapped(lines)
    kept = [i for i, line in enumerate(lines) if line.kept]
    body_idx = [i for pos, i in enumerate(kept) if _is_body(lines, i, kept, pos, wrapped)]
    _mark_repeats(lines, kept, body_idx, wrapped)
    if body_idx:
        _mark_related(lines, body_idx[0])
    # Repeats and teasers are gone: find the body again.
    wrapped = _is_wrapped(lines)
    kept = [i for i, line in enumerate(lines) if line.kept]
    body_pos = [pos for pos, i in enumerate(kept) if _is_body(lines, i, kept, pos, wrapped)]
    first_body = body_pos[0] if body_pos else len(kept)
    chosen = _mark_headline(lines, kept, body_pos, title, wrapped)
    detected = (_plain(lines[kept[chosen]].text) or lines[kept[chosen]].text) if chosen is not None else None
    _mark_header(lines, kept, first_body, chosen)
    if body_pos:
        _mark_footer(lines, kept[body_pos[-1]])
        _mark_author_box(lines, kept[body_pos[0]])
    header_end = kept[first_body] if first_body < len(kept) else len(lines)
    return lines, detected, _header_date(lines[:header_end]), wrapped


def _split_lines(text: str) -> list[_Line]:
    """The non-blank lines of the normalised text, each with its block (paragraph) number and line-level reason."""
    lines: list[_Line] = []
    block = 0
    for raw in normalise_text(text).split("\n"):
        stripped = raw.strip()
        if not stripped:
            block += 1
            continue
        lines.append(_Line(stripped, block, _classify(stripped)))
    return lines


def _mark_repeats(lines: list[_Line], kept: list[int], body_idx: list[int], wrapped: bool) -> None:
    """Drop lines repeated verbatim.

    Short ones (outlet names, section labels) go everywhere when one copy sits above or
    below the article text; short repeats only inside the text are its structure
    (recurring subheadings) and stay. Longer lines stay once (pull quotes). Running page
    headers (in hard-wrapped, paginated text) repeat with other page numbers: there,
    short non-sentences with digits are also compared without them.
    """
    inside = range(body_idx[0], body_idx[-1] + 1) if body_idx else range(0)
    positions: dict[str, list[int]] = {}
    variants: dict[str, set[str]] = {}
    repeat_keys = {i: _repeat_keys(lines[i].text) for i in kept}
    for i in kept:
        keys = repeat_keys[i]
        for key in keys:
            positions.setdefault(key, []).append(i)
        if len(keys) > 1:
            variants.setdefault(keys[1], set()).add(keys[0])
    seen: set[str] = set()
    for i in kept:
        line = lines[i]
        keys = repeat_keys[i]
        if wrapped and len(keys) > 1 and len(variants[keys[1]]) > 1:
            line.reason = "repeated"  # a running header: same words, other page number
            continue
        where = positions[keys[0]]
        if len(where) < 2:
            continue
        if len(keys[0].split()) <= 4 and not _TERMINAL.search(line.text):
            if any(j not in inside for j in where):
                line.reason = "repeated"
        elif keys[0] in seen:
            line.reason = "repeated"
        seen.add(keys[0])


def _mark_related(lines: list[_Line], first_body: int) -> None:
    """Drop teaser headlines under a "Related:" header inside or below the article text.

    Above the article text only the header goes: there "Latest" or "Most read" is a menu
    item, and the next line the headline.
    """
    rules = _rules()
    for i, line in enumerate(lines):
        if line.reason != "related" or i < first_body:
            continue
        taken = 0
        for follower in lines[i + 1 :]:
            if taken >= rules.related_max_lines:
                break
            if not follower.kept:
                if follower.reason == "related":
                    break
                continue
            words = len(_words(follower.text))
            ends_full = follower.text.endswith(".") and words > 3
            if words > rules.related_max_words or ends_full:
                break
            follower.reason = "related_headline"
            taken += 1


def _mark_headline(lines: list[_Line], kept: list[int], body_pos: list[int], title: str | None, wrapped: bool) -> int | None:
    """Mark the headline and return its position in ``kept`` (None when there is none).

    The given title, else the first headline-like line of 5+ words above the body (a
    shorter one only when there is no such line: site names are short).
    """
    first_body = body_pos[0] if body_pos else len(kept)
    title_key = _key(title) if title else None
    chosen: int | None = None
    candidates: list[int] = []
    for pos in range(min(first_body, 12)):
        line = lines[kept[pos]]
        if title_key and _key(line.text) == title_key:
            chosen = pos
            break
        if (
            body_pos
            and _is_title_candidate(line.text)
            and not _continues(lines, kept[pos], kept, pos)
            and not (wrapped and _same_block_next(lines, kept, pos))
        ):
            candidates.append(pos)
    if chosen is None and candidates:
        chosen = next((pos for pos in candidates if len(_words(lines[kept[pos]].text)) >= 5), candidates[0])
    if chosen is None and title_key and body_pos and _key(lines[kept[body_pos[0]]].text) == title_key:
        chosen = body_pos[0]
    if chosen is not None:
        lines[kept[chosen]].reason = "title"
    return chosen


def _mark_header(lines: list[_Line], kept: list[int], first_body: int, chosen: int | None) -> None:
    """Above the body, what is not the headline or a sentence is masthead, section or author."""
    for pos in range(first_body):
        line = lines[kept[pos]]
        if not line.kept or _is_sentence(line.text) or _BULLET.match(line.text):
            continue
        n = len(_words(line.text)) if chosen is not None else _alpha_words(line.text)
        if chosen is not None and pos < chosen:
            line.reason = "header"
        elif n <= (5 if chosen is not None else 2) and not line.text.endswith(("-", ":", "—")):
            line.reason = "label"


def _mark_footer(lines: list[_Line], last_body: int) -> None:
    """Page footer: after the last body sentence, once a leftover appeared, short lines go too."""
    footer = False
    for line in lines[last_body + 1 :]:
        if not line.kept:
            footer = footer or line.reason not in ("title", "label")
            continue
        if footer and not _is_sentence(line.text) and len(_words(line.text)) <= 12:
            line.reason = "footer"


def _mark_author_box(lines: list[_Line], first_body: int) -> None:
    """An author box: the author's name (dropped as a byline or a repeated line) and, right
    under it, a sentence about them ("The Web Desk at X covers ...", "Jane Doe is ...")."""
    rules = _rules()
    for i in range(first_body + 1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if not line.kept or above.reason not in ("byline", "repeated"):
            continue
        match = rules.byline.match(above.text)
        name = _key(_SEPARATORS.split(match.group(1) if match else above.text)[0])
        key = _key(line.text)
        if name and len(name.split()) <= 4 and (key.startswith(name + " ") or key.startswith("the " + name + " ")):
            line.reason = "author_bio"


def _header_date(header: list[_Line]) -> str | None:
    """The publication date of a date line above the body ("Updated" ones only as a fallback)."""
    dated = [line.text for line in header if line.reason in ("timestamp", "byline")]
    for text_line in sorted(dated, key=lambda t: bool(re.search(r"updated|modified|edited", t, re.I))):
        published = find_date(text_line)
        if published:
            return published
    return None
