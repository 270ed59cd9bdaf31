"""decode_bytes: raw bytes to text, refusing what is not an article's text."""

from __future__ import annotations

import codecs
import random

import pytest

from accord.errors import BinaryInput, DecodeError, EmptyInput, InputError, TooLarge
from accord.ingest.decode import MAX_BYTES_ENV, decode_bytes

ENGLISH = "Serbia and Hungary signed a defence cooperation plan on Tuesday.\nThe plan covers 84 joint activities.\n"


def _one_line(exc: InputError) -> None:
    assert "\n" not in str(exc)
    assert ";" in exc.message  # what went wrong; what to do


def test_empty_bytes_are_rejected_as_empty():
    with pytest.raises(EmptyInput) as info:
        decode_bytes(b"", item="a.txt")
    assert info.value.item == "a.txt"
    _one_line(info.value)


def test_whitespace_only_input_is_rejected_as_empty():
    with pytest.raises(EmptyInput):
        decode_bytes(b" \n\t\r\n  ")


def test_utf8_bom_only_is_rejected_as_empty():
    with pytest.raises(EmptyInput):
        decode_bytes(codecs.BOM_UTF8 + b"  \n")


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
    ],
)
def test_known_binary_formats_are_rejected_by_magic_number(data, word):
    with pytest.raises(BinaryInput) as info:
        decode_bytes(data + b"rest of the file", item="x")
    assert word in info.value.message
    _one_line(info.value)


def test_pdf_message_says_to_convert_to_text():
    with pytest.raises(BinaryInput, match="pdftotext"):
        decode_bytes(b"%PDF-1.4\n...")


def test_binary_junk_is_rejected_with_one_line_message():
    junk = random.Random(7).randbytes(4096)
    with pytest.raises(BinaryInput) as info:
        decode_bytes(junk, item="junk.bin")
    _one_line(info.value)
    assert str(info.value).startswith("junk.bin: ")


def test_control_bytes_without_nul_are_rejected_as_binary():
    data = bytes(b % 0x1F + 1 for b in range(2000)).replace(b"\n", b"\x01").replace(b"\t", b"\x02")
    with pytest.raises(BinaryInput):
        decode_bytes(data)


def test_utf8_with_bom_decodes_without_the_bom():
    assert decode_bytes(codecs.BOM_UTF8 + "Vučić".encode()) == "Vučić"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_decode(encoding):
    text = "Vučić met Orbán in Budapest — a “strategic” visit."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes(data) == text


def test_utf16_without_bom_is_recognised():
    assert decode_bytes(ENGLISH.encode("utf-16-le")) == ENGLISH


def test_cp1252_text_keeps_its_typographic_quotes_and_accents():
    text = "The minister’s visit — described as “historic” — ended in a café in Zagreb."
    assert decode_bytes(text.encode("cp1252")) == text


def test_cp1251_cyrillic_text_decodes():
    text = "Вучић је рекао да Србија жели мир и сарадњу са свим суседима у региону."
    assert decode_bytes(text.encode("cp1251")) == text


def test_utf8_with_one_stray_byte_stays_utf8():
    good = ("Vučić i Orbán potpisali su sporazum o saradnji. " * 20).encode()
    decoded = decode_bytes(good + b"\x96" + good)
    assert "Vučić" in decoded and "\ufffd" in decoded


def test_too_large_input_message_says_size_limit_and_how_to_raise_it():
    with pytest.raises(TooLarge) as info:
        decode_bytes(b"a" * 2001, item="big.txt", max_bytes=2000)
    message = info.value.message
    assert "2,001 bytes" in message and "2.0 kB" in message
    assert MAX_BYTES_ENV in message
    _one_line(info.value)


def test_decode_error_is_an_input_error():
    assert issubclass(DecodeError, InputError)
