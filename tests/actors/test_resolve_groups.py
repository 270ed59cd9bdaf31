"""Groups and people named by their attitude to a state, by a place, or by a people living elsewhere."""

from actor_helpers import mention_codes


def test_anti_or_pro_a_state_gives_the_noun_no_nationality(pipeline):
    codes = mention_codes(pipeline, "An anti-Russia blogger was detained in Minsk on Monday.")
    assert "RUS" not in codes.values()
    codes = mention_codes(pipeline, "Pro-Moscow separatists shelled a Ukrainian checkpoint.")
    assert codes.get("separatists") == "REB"
    assert "RUS" not in codes.values()


def test_anti_a_state_leaves_protesters_to_the_place_they_march_in(pipeline):
    codes = mention_codes(pipeline, "Anti-American protesters burned flags in Karachi.")
    assert "USA" not in codes.values()


def _armed(pipeline, text):
    """(code, home country) of the armed-group actor of ``text``."""
    from accord.actors.resolve import resolve_actors

    doc = pipeline.nlp(text)
    actors, index = resolve_actors(doc, pipeline.gazetteer)
    codes = [m.code for m in index.mentions if m.sector == "REB"]
    homes = [a.country for a in actors if a.kind == "group"]
    return codes, homes


def test_a_group_named_by_a_town_stays_reb_with_the_towns_state_as_home(pipeline):
    # An armed group only located by a place is no state's (annotation guide 5.1).
    assert _armed(pipeline, "Aleppo rebels shelled an army checkpoint.") == (["REB"], ["SYR"])


def test_a_group_named_by_a_region_stays_reb_with_the_one_state_of_its_clause_as_home(pipeline):
    text = "The Sudanese government accused Darfur rebels of raiding a depot, an Egyptian envoy told reporters."
    assert _armed(pipeline, text) == (["REB"], ["SDN"])


def test_a_region_group_with_two_states_in_its_clause_stays_unnamed(pipeline):
    # An invented region, which no table places (a known one takes its state: round 17).
    codes = mention_codes(pipeline, "Karvistan rebels attacked Sudanese and Chadian patrols.")
    assert codes.get("rebels") == "REB"


def test_an_armed_group_only_located_in_a_place_stays_reb(pipeline):
    codes = mention_codes(pipeline, "Two soldiers were killed when militants near Aleppo ambushed their patrol.")
    assert codes.get("militants") == "REB"


def test_protesters_in_a_town_are_its_states(pipeline):
    codes = mention_codes(pipeline, "Protesters in Idlib marched on Friday.")
    assert [code for text, code in codes.items() if text.startswith("Protesters")] == ["SYR"]


def test_a_people_of_a_place_are_that_states_residents(pipeline):
    codes = mention_codes(pipeline, "The Hungarians of northern Serbia demanded autonomy from Serbian authorities.")
    assert codes.get("Hungarians of northern Serbia") == "SRB"


def test_ethnic_people_in_a_state_are_its_residents_but_not_plain_visitors(pipeline):
    codes = mention_codes(pipeline, "Ethnic Russians in Latvia protested against the new law.")
    assert codes.get("Ethnic Russians in Latvia") == "LVA"
    codes = mention_codes(pipeline, "Russians in Latvia protested against the new law.")
    assert codes.get("Russians") == "RUS"


def test_a_bare_demonym_keeps_its_own_state(pipeline):
    codes = mention_codes(pipeline, "Albanians demanded autonomy.")
    assert codes.get("Albanians") == "ALB"


def test_a_named_armed_group_is_coded_reb_but_keeps_its_home_country(extract_text):
    result = extract_text("The Lord's Resistance Army raided two villages on Tuesday.")
    group = next(a for a in result.actors if "Resistance Army" in a.name)
    assert (group.kind, group.country) == ("group", "UGA")
    assert result.events and result.events[0].actor == ("REB",)
    assert result.events[0].actor_ids == (group.id,)


def test_an_acronym_in_brackets_is_a_mention_of_the_named_group(extract_text):
    result = extract_text("Fighters of the Free Syrian Army (FSA) entered the town; the FSA later withdrew.")
    group = next(a for a in result.actors if a.name == "Free Syrian Army")
    assert group.country == "SYR"
    assert [m.text for m in group.mentions].count("FSA") == 2
