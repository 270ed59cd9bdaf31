"""A designation written as a family and a variant letter before the generic noun ("Leopard 2 A4
main battle tanks") is still one mention. Invented sentences."""

from __future__ import annotations


def test_a_family_and_variant_before_the_generic_noun_is_one_mention(extract_text):
    assert [e.name for e in extract_text("Spain sent six Leopard 2 A4 main battle tanks to Ukraine.").equipment] == ["Leopard 2"]
