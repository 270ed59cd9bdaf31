"""The organisation and company tables are read by one reader: each row's name and aliases name
its entry; an organisation keeps the kind, sector, members and parent its row gives, a company is
an organisation of the business sector whatever its row holds."""

from accord.actors.gazetteer import _company_forms, _organisation_forms


def _entry(forms, text):
    return next(form.entry for form in forms if form.text == text)


def test_an_organisation_row_keeps_its_kind_sector_members_and_parent():
    forms = _organisation_forms()
    council = _entry(forms, "UN Security Council")
    assert (council.key, council.kind, council.sector, council.parent) == ("org:UNSC", "organization", "IGO", "UN")
    assert "POL" in _entry(forms, "Atlantic Alliance").members
    assert all(form.form == "organization" for form in forms)


def test_a_company_row_is_a_business_organisation_named_by_each_alias():
    forms = _company_forms()
    maker = _entry(forms, "Lockheed")
    assert (maker.key, maker.kind, maker.sector, maker.country, maker.members, maker.parent) == ("company:LOCKHEED_MARTIN", "organization", "BUS", "USA", (), None)
    assert _entry(forms, "Lockheed Martin") is not None
    assert all(form.form == "company" for form in forms)
