"""Name keys: spelling variants of one name meet, different names stay apart."""

import pytest

from accord.actors.names import person_key


@pytest.mark.parametrize(
    "variants",
    [("Gašić", "Gashić", "Gasic"), ("Kristóf", "Kristof"), ("al-Rashidi", "Al-Rashidi", "Rashidi"), ("Mahmoud al Tamimi", "Mahmoud Tamimi"), ("Jovicka", "Jovika")],
)
def test_transliterations_diacritics_and_arabic_articles_share_one_key(variants):
    assert len({person_key(v) for v in variants}) == 1


def test_ck_is_spelled_as_a_single_k():
    assert person_key("Radomir Kovacki") == person_key("Radomir Kovaki") == "radomir kovaki"


def test_a_leading_al_is_a_given_name_not_an_article():
    assert person_key("Al Franken") == "al franken"


def test_different_names_keep_different_keys():
    assert person_key("Milos Gasic") != person_key("Milan Gasic")
