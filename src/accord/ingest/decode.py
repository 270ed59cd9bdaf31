"""Raw bytes to text: size and binary checks, BOMs, encoding detection.

``decode_bytes`` is the one place bytes become ``str``. It refuses, with a one-line
message that says what to do, anything that is not an article's text:

- empty or whitespace-only input (``EmptyInput``);
- input over the size limit (``TooLarge``; callers that read files check the size
  from ``stat`` first, so a huge file is never read);
- images, PDFs, archives, executables and other binary data, recognised by their
  magic numbers, by NUL bytes or by a high share of control bytes (``BinaryInput``);
- bytes in an encoding that cannot be determined (``DecodeError``).

Encodings: UTF-8 (with or without BOM) first; UTF-16/UTF-32 when they carry a BOM, or
UTF-16 without BOM when every other byte is NUL; UTF-8 with a few stray bytes stays
UTF-8; everything else goes to ``charset_normalizer``. Among code pages the detector
scores (nearly) equally, the most common one wins (cp1252 before cp1250, cp1251 before
kz1048): short texts cannot tell them apart, and cp1252 is checked against the
detector's Latin pick by how plausible each decoding reads.
"""

from __future__ import annotations

import codecs
import os
import unicodedata

from accord.errors import BinaryInput, DecodeError, EmptyInput, TooLarge
from accord.records import Notice

#: The one size limit on every input item, in bytes (20 MB: far beyond any news
#: article): a file, a JSONL line, a CSV row, a WARC record, a fetched page, standard
#: input. Readers enforce it while streaming, so an oversized item is never read whole.
DEFAULT_MAX_BYTES = 20_000_000

#: Environment variable that raises (or lowers) the limit for ``accord`` commands.
MAX_BYTES_ENV = "ACCORD_MAX_INPUT_BYTES"

#: A text that is not valid UTF-8 is still read as UTF-8 (broken bytes replaced) when at
#: least this share of its multi-byte sequences is valid: legacy code pages almost never
#: form valid UTF-8 sequences by chance, so this keeps a UTF-8 article with a few stray
#: bytes from being decoded whole as cp1250 (garbling every name).
MIN_VALID_UTF8_SHARE = 0.9


def max_input_bytes() -> int:
    """The input size limit: ``ACCORD_MAX_INPUT_BYTES`` when set to a positive integer, else 20 MB."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip().replace("_", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return DEFAULT_MAX_BYTES

# (magic prefix, offset, what it is, what to do). Checked before anything else.
_MAGIC: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image", "give the article's text instead"),
    (b"\xff\xd8\xff", 0, "a JPEG image", "give the article's text instead"),
    (b"GIF87a", 0, "a GIF image", "give the article's text instead"),
    (b"GIF89a", 0, "a GIF image", "give the article's text instead"),
    (b"II*\x00", 0, "a TIFF image", "give the article's text instead"),
    (b"MM\x00*", 0, "a TIFF image", "give the article's text instead"),
    (b"RIFF", 0, "a RIFF media file (WebP/WAV/AVI)", "give the article's text instead"),
    (b"ftyp", 4, "an MP4/MOV/HEIC media file", "give the article's text instead"),
    (b"OggS", 0, "an Ogg media file", "give the article's text instead"),
    (b"ID3", 0, "an MP3 audio file", "give the article's text instead"),
    (b"%PDF-", 0, "a PDF document", "convert it to text first (for example with pdftotext) and pass the .txt file"),
    (b"PK\x03\x04", 0, "a ZIP archive (or DOCX/XLSX/ODT/EPUB)", "extract or export the article as .txt or .html first"),
    (b"PK\x05\x06", 0, "an empty ZIP archive", "extract or export the article as .txt or .html first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document", "save the article as .txt or .html first"),
    (b"{\\rtf", 0, "an RTF document", "save the article as .txt or .html first"),
    (b"\x1f\x8b", 0, "a gzip-compressed file", "decompress it first (gunzip FILE)"),
    (b"BZh", 0, "a bzip2-compressed file", "decompress it first (bunzip2 FILE)"),
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file", "decompress it first (unxz FILE)"),
    (b"\x28\xb5\x2f\xfd", 0, "a zstd-compressed file", "decompress it first (unzstd FILE)"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive", "extract the article first"),
    (b"Rar!\x1a\x07", 0, "a RAR archive", "extract the article first"),
    (b"\x7fELF", 0, "an ELF executable", "give the article's text instead"),
    (b"MZ", 0, "a Windows executable", "give the article's text instead"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class or Mach-O file", "give the article's text instead"),
    (b"\xcf\xfa\xed\xfe", 0, "a Mach-O executable", "give the article's text instead"),
    (b"\xfe\xed\xfa\xcf", 0, "a Mach-O executable", "give the article's text instead"),
    (b"\x00asm", 0, "a WebAssembly module", "give the article's text instead"),
    (b"SQLite format 3\x00", 0, "an SQLite database", "export the articles as JSONL and use --jsonl"),
    (b"PAR1", 0, "a Parquet file", "export the articles as JSONL and use --jsonl"),
    (b"ARROW1", 0, "an Arrow file", "export the articles as JSONL and use --jsonl"),
    (b"WARC/", 0, "a WARC web archive", "extract the pages from the archive first"),
)

# Bytes that never occur in text (C0 controls except tab, newline, vertical tab,
# form feed, carriage return and escape, plus DEL).
_CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | {0x0E, 0x0F} | set(range(0x10, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F})
_SAMPLE = 65_536
_MAX_CONTROL_SHARE = 0.02

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Single-byte Latin code pages that charset_normalizer confuses with cp1252.
_LATIN_SINGLE_BYTE = frozenset(
    {
        "cp1250", "cp1252", "cp1254", "cp1257", "cp775", "cp850", "cp852", "cp857", "cp858",
        "latin_1", "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10",
        "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2", "mac_iceland",
        "mac_roman", "mac_turkish", "cp437", "cp1125",
    }
)
# The legacy encodings most text comes in, most common first (charset_normalizer names).
_COMMON = (
    "utf_8", "cp1252", "cp1251", "cp1250", "iso8859_15", "latin_1", "iso8859_2", "cp1253", "cp1254",
    "cp1257", "koi8_r", "koi8_u", "iso8859_5", "cp1256", "cp1255", "gb18030", "gbk", "big5", "cp932",
    "shift_jis", "euc_jp", "euc_kr", "cp949",
)
_TYPOGRAPHY = frozenset("‘’‚“”„–—…•€£¥©®™°§¶·«»‹›†‡‰¢¤¦¨ª¬¯±²³´µ¸¹º¼½¾¿×÷")


def human_size(n: int) -> str:
    """``52428800`` -> ``"52.4 MB"`` (decimal units, as file managers show them)."""
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n} bytes"  # pragma: no cover


def too_large(size: int, max_bytes: int, item: str | None = None) -> TooLarge:
    """The ``TooLarge`` error for an input of ``size`` bytes over ``max_bytes``."""
    return TooLarge(
        f"input is {human_size(size)} ({size:,} bytes), over the {human_size(max_bytes)} limit; "
        f"split it into smaller articles, or raise the limit with {MAX_BYTES_ENV}=<bytes> "
        "(max_bytes= in Python)",
        item=item,
    )


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary ``data`` is (with what to do), or None when it may be text."""
    for magic, offset, what, todo in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            if magic == b"MZ" and b"\x00" not in data[:256]:
                continue  # "MZ..." can start a text; a real executable has NULs in its header
            if magic == b"BZh" and not data[3:4].isdigit():
                continue
            if magic == b"RIFF" and data[8:12] not in (b"WEBP", b"WAVE", b"AVI "):
                continue
            return f"this is {what}, not text; {todo}"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (ASCII-range UTF-16), else None."""
    if len(sample) < 8:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _bad_char_share(text: str) -> float:
    """Share of characters that are control, private-use or unassigned (tab/newline excepted)."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    bad = 0
    for ch in sample:
        if ch in "\t\n\r\f\v\x1b":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
            bad += 1
    return bad / len(sample)


def _plausibility(text: str) -> int:
    """Rough score of how much a single-byte decoding reads like text."""
    score = 0
    for ch in text:
        if ch.isascii():
            continue
        if ch in _TYPOGRAPHY or ch.isalpha():
            score += 1
        elif unicodedata.category(ch).startswith("C"):
            score -= 3
        else:
            score -= 1
    return score


def _detect(data: bytes) -> str | None:
    """Decode non-UTF-8 bytes with charset_normalizer, or None when it gives up."""
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - it is a dependency of trafilatura/requests
        charset_normalizer = None  # type: ignore[assignment]

    candidates: list[tuple[str, str]] = []
    if charset_normalizer is not None:
        matches = list(charset_normalizer.from_bytes(data[: 4 * _SAMPLE] if len(data) > 4 * _SAMPLE else data))
        if matches:
            # Near-ties between related code pages (cp1251 vs kz1048, cp1252 vs cp1250) go
            # to the most common one: the detector cannot tell them apart on short texts.
            best = matches[0]
            tied = [m.encoding for m in matches if m.chaos <= best.chaos + 0.02]
            preferred = next((enc for enc in _COMMON if enc in tied), best.encoding)
            for encoding in dict.fromkeys([preferred, best.encoding]):
                try:
                    candidates.append((encoding, data.decode(encoding)))
                    break
                except (UnicodeDecodeError, LookupError):
                    continue
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if cp1252 is not None:
        if not candidates:
            return cp1252
        encoding, text = candidates[0]
        if encoding.lower().replace("-", "_") in _LATIN_SINGLE_BYTE and _plausibility(cp1252) >= _plausibility(text):
            return cp1252
    return candidates[0][1] if candidates else None


def decode_bytes(data: bytes, *, item: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode raw input bytes into text, refusing what is not an article's text.

    Args:
        data (bytes): the raw input.
        item (str | None): the input's name (path, URL, record id) for error messages.
        max_bytes (int): largest input accepted.

    RETURNS (str): the text, without a byte-order mark.

    Raises:
        TooLarge: over ``max_bytes``.
        EmptyInput: empty or only whitespace.
        BinaryInput: an image, PDF, archive, executable or other non-text bytes.
        DecodeError: text in an encoding that cannot be determined.
    """
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes, item)
    if not data.strip():
        raise EmptyInput("the input is empty; give a file that holds the article's text", item=item)
    binary = sniff_binary(data)
    if binary:
        raise BinaryInput(binary, item=item)

    text = _from_bom(data, item)
    if text is None:
        text = _from_utf16(data)
    if text is None:
        text = _without_bom(data, item)
    if text is None or _bad_char_share(text) > 0.01:
        raise DecodeError(
            "could not tell which text encoding this input uses; re-save it as UTF-8 and try again",
            item=item,
        )
    if not text.strip():
        raise EmptyInput("the input holds only whitespace; give a file that holds the article's text", item=item)
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a bad paste): decode with replacement characters.

    Accepted when at least ``MIN_VALID_UTF8_SHARE`` of the multi-byte sequences are
    valid UTF-8 (each broken byte run counts as one invalid sequence), so that cp1252 or
    cp1251 text, where valid sequences are rare accidents, is never misread as UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if not ch.isascii() and ch != "\ufffd")
    if bad > 0 and good >= MIN_VALID_UTF8_SHARE * (good + bad):
        return text
    return None


def replacement_notice(text: str, item: str | None = None) -> Notice | None:
    """A warning when ``text`` holds replacement characters (bytes that were not valid
    UTF-8 and were replaced), else None."""
    count = text.count("\ufffd")
    if not count:
        return None
    return Notice(
        "warning",
        "replaced_bytes",
        f"the text holds {count} replacement character(s) (U+FFFD) where bytes were not valid UTF-8; "
        "words there may be incomplete, re-save the source as UTF-8 to fix them",
        item,
    )


def _from_bom(data: bytes, item: str | None) -> str | None:
    """Text with a byte-order mark, decoded as the mark says; None without a mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise DecodeError(
                    f"the file starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}; "
                    "re-save it as UTF-8",
                    item=item,
                ) from None
    return None


def _from_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark (every other byte NUL), or None."""
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if not utf16:
        return None
    try:
        return data.decode(utf16)
    except UnicodeDecodeError:
        return None


def _without_bom(data: bytes, item: str | None) -> str | None:
    """Text in UTF-8 or a detected code page; binary-looking bytes are refused first."""
    sample = data[:_SAMPLE]
    if b"\x00" in data:
        raise BinaryInput("this is binary data (it contains NUL bytes), not text; give the article as .txt, .html or .json", item=item)
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if controls / len(sample) > _MAX_CONTROL_SHARE:
        raise BinaryInput(
            f"this looks like binary data ({controls / len(sample):.0%} control bytes), not text; "
            "give the article as .txt, .html or .json",
            item=item,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _mostly_utf8(data) or _detect(data)
