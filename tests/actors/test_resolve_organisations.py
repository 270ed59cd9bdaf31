"""Organisations without a state, institution nouns and generic groups that take one from context,
and capitals standing for their governments."""

import pytest

from accord.actors.resolve import resolve_actors
from actor_helpers import resolved_actors


def test_ngos_are_organisations_without_a_country(pipeline):
    actors = resolved_actors(pipeline, "Amnesty International and Human Rights Watch condemned the raids.")
    ngos = {a.name: a for a in actors if a.kind == "organization"}
    assert {"Amnesty International", "Human Rights Watch"} <= set(ngos)
    assert all(a.country is None for a in ngos.values())
    assert ngos["Amnesty International"].code != ngos["Human Rights Watch"].code or ngos["Amnesty International"].id != ngos["Human Rights Watch"].id


def test_institution_noun_takes_the_state_the_sentence_names(pipeline):
    actors = resolved_actors(pipeline, "The army shelled villages in Armenia overnight.")
    army = next(a for a in actors if a.name.endswith("Army"))
    assert (army.country, army.sector) == ("ARM", "MIL")


def test_institution_noun_takes_no_state_when_the_sentence_names_two(pipeline):
    actors = resolved_actors(pipeline, "The police of neither Peru nor Chile commented.")
    assert not any(a.name.endswith("Police") and a.country not in ("PER", "CHL") for a in actors)


def test_generic_groups_are_agents_with_their_country(pipeline):
    actors = resolved_actors(pipeline, "In Chile, teachers and students marched on the ministry.")
    groups = {a.name: a for a in actors if a.kind == "group"}
    students = next(a for name, a in groups.items() if name.endswith("Students"))
    assert students.country == "CHL" and students.code == "CHLEDU"


def test_coordinated_capitals_are_their_governments(pipeline):
    _, index = resolve_actors(pipeline.nlp("Lisbon and Madrid agreed to share patrol data."), pipeline.gazetteer)
    capitals = [m for m in index.mentions if m.form == "capital"]
    assert {m.country for m in capitals} == {"PRT", "ESP"}
    assert all(not m.is_place and m.sector == "GOV" for m in capitals)


def test_capital_after_from_is_the_selling_government(pipeline):
    _, index = resolve_actors(pipeline.nlp("Ankara bought two radars from Rome."), pipeline.gazetteer)
    rome = next(m for m in index.mentions if m.country == "ITA")
    assert not rome.is_place


def test_the_north_and_the_south_are_the_koreas_of_the_story(pipeline):
    _, index = resolve_actors(pipeline.nlp("Seoul said the North had fired a missile. The South protested."), pipeline.gazetteer)
    countries = [m.country for m in index.mentions if m.kind == "state"]
    assert "PRK" in countries and countries.count("KOR") >= 2


def test_the_north_of_a_story_without_korea_is_no_state(pipeline):
    _, index = resolve_actors(pipeline.nlp("Floods in Peru hit the North hardest."), pipeline.gazetteer)
    assert "PRK" not in {m.country for m in index.mentions}


def test_supporters_of_a_person_take_the_persons_country(pipeline):
    actors = resolved_actors(pipeline, "Supporters of Milos Gasic, Serbia's defence minister, rallied outside the court.")
    supporters = next(a for a in actors if a.name.endswith("Supporters"))
    assert (supporters.kind, supporters.country) == ("group", "SRB")


def test_elders_and_prisoners_are_groups_with_the_state_an_adjective_gives(pipeline):
    actors = resolved_actors(pipeline, "Somali elders met Kenyan prisoners at the camp.")
    groups = {a.name: a.country for a in actors if a.kind == "group"}
    assert groups.get("Somalia Elders") == "SOM" and groups.get("Kenya Prisoners") == "KEN"


def _indexed(pipeline, text):
    return resolve_actors(pipeline.nlp(text), pipeline.gazetteer)


def test_a_group_with_no_state_in_reach_is_an_actor_but_no_event_participant(pipeline):
    actors, index = _indexed(pipeline, "Refugees crossed the river at night.")
    refugees = next(a for a in actors if a.name == "Refugees")
    assert refugees.country is None and refugees.code is None
    assert not any(m.actor_id == refugees.id for m in index.mentions)


def test_a_modifier_is_no_group(pipeline):
    actors = resolved_actors(pipeline, "They struck military targets near the coast.")
    assert not any(a.kind in ("organization", "group") for a in actors)


def test_a_group_noun_after_a_named_organisation_is_that_organisation(pipeline):
    actors = resolved_actors(pipeline, "Hezbollah fighters fired rockets across the border.")
    assert [(a.name, [m.text for m in a.mentions]) for a in actors if a.kind != "state"] == [("Hezbollah", ["Hezbollah fighters"])]


def test_a_military_operation_is_no_actor(pipeline):
    actors = resolved_actors(pipeline, "The strikes were part of Operation Desert Shield, officials said.")
    assert not any("Operation" in a.name for a in actors)


def test_an_acronym_defined_in_brackets_is_the_actor_it_abbreviates(pipeline):
    actors = resolved_actors(pipeline, "The Ghana Armed Forces General Command (GAFGC) sent engineers. GAFGC spokesman Colonel Kofi Mensah Asante confirmed it.")
    command = next(a for a in actors if any(m.text == "GAFGC" for m in a.mentions))
    assert command.country == "GHA"
    assert next(a for a in actors if a.kind == "person").country == "GHA"


def test_an_acronym_of_an_actors_initials_is_that_actor(pipeline):
    actors = resolved_actors(pipeline, "Two Indonesian Coast Guard vessels left port, ICG spokesman Ahmad Yani said.")
    guard = next(a for a in actors if a.name.endswith("Coast Guard"))
    assert [m.text for m in guard.mentions][-1] == "ICG" and guard.country == "IDN"


def test_a_company_name_inside_a_persons_name_is_the_person(pipeline):
    actors = resolved_actors(pipeline, "Navy spokesman Rafael Ortega Diaz said the patrol ended.")
    assert not any(a.kind == "organization" and "Rafael" in a.name for a in actors)


def test_a_lone_state_name_the_ner_calls_a_person_is_the_state(pipeline):
    assert any(a.country == "NER" for a in resolved_actors(pipeline, "Niger rejected the demand."))


def test_the_british_services_need_no_adjective(pipeline):
    actors = resolved_actors(pipeline, "The Royal Navy and the Royal Air Force escorted the convoy.")
    assert {(a.name, a.country, a.sector) for a in actors} >= {("Royal Navy", "GBR", "MIL"), ("Royal Air Force", "GBR", "MIL")}


def test_a_numbered_military_unit_is_an_organisation_and_the_unit_noun_refers_back(pipeline):
    actors = resolved_actors(pipeline, "Airmen from the 52nd Fighter Wing deployed on Monday. The wing will fly patrols.")
    wing = next(a for a in actors if "52nd Fighter Wing" in a.name)
    assert [m.text for m in wing.mentions] == ["52nd Fighter Wing", "wing"]


def test_the_unit_noun_refers_back_to_a_numbered_unit_spacy_named(pipeline):
    actors = resolved_actors(pipeline, "The 3rd Infantry Division crossed the river. The division then moved north.")
    division = next(a for a in actors if "3rd Infantry Division" in a.name)
    assert [m.text for m in division.mentions] == ["3rd Infantry Division", "division"]


def test_the_unit_noun_before_any_unit_is_named_refers_to_nothing(pipeline):
    actors = resolved_actors(pipeline, "The division of labour changed after the 3rd Infantry Division left.")
    assert [m.text for a in actors for m in a.mentions] == ["3rd Infantry Division"]


def test_relational_groups_never_take_the_state_of_their_adjective(pipeline):
    actors, index = _indexed(pipeline, "Russia and its allies rejected the plan; the enemy retreated.")
    groups = [a for a in actors if a.name in ("Allies", "Enemy")]
    assert len(groups) == 2 and all(a.country is None for a in groups)


def test_aircraft_named_by_a_designation_or_a_maker_are_no_actors(extract_text):
    result = extract_text("Peru is weighing Swedish JAS-39 fighters and Dassault Rafales against its old Su-25 fleet.")
    assert not any(a.kind == "group" for a in result.actors)
    assert not any("Dassault" in a.name or a.sector == "BUS" for a in result.actors)
    assert not any(a.name.endswith("Navy") for a in result.actors)


def test_a_counted_group_is_still_a_group(extract_text):
    result = extract_text("About 300 militants attacked the town.")
    assert any(a.kind == "group" for a in result.actors)


def test_the_european_community_is_the_eu(extract_text):
    result = extract_text("European Community ministers agreed to send aid to Romania.")
    assert any(a.code == "IGOEU" for a in result.actors)


def _resolved(pipeline, text):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer)
    return {a.name: a.code for a in actors}


def test_its_body_belongs_to_the_state_that_is_the_subject_before_it(pipeline):
    assert _resolved(pipeline, "Moldova rejected the claim, and its defence ministry said the drills were routine.")["Moldova Ministry of Defence"] == "MDAGOV"
    assert _resolved(pipeline, "Chile denied that its soldiers had crossed the border.")["Chile Troops"] == "CHLMIL"


def test_their_body_stays_open_when_the_subject_is_several_states(pipeline):
    assert _resolved(pipeline, "Chile and Peru said their navies would hold drills.")["Navy"] is None


def test_a_body_its_owner_acts_on_is_no_party_of_its_own(pipeline):
    # The troops are what Norway offers: giving them Norway would make Norway its own recipient.
    assert _resolved(pipeline, "Norway offered its troops to the mission.")["Troops"] is None


def test_forces_a_state_leads_are_that_states(pipeline):
    assert _resolved(pipeline, "Kenyan-led forces retook the town from the militants on Sunday.")["Kenya Armed Forces"] == "KENMIL"


def test_people_from_a_state_are_that_states(pipeline):
    assert _resolved(pipeline, "Students from Chile marched on the embassy.")["Chile Students"] == "CHLEDU"
    assert _resolved(pipeline, "Doctors from two Canadian aid groups delivered medicine to the clinic.")["Canada Doctors"] == "CANHLH"


def test_a_seat_of_one_named_organisation_stands_for_it_else_for_its_state(pipeline):
    eu_story = _resolved(pipeline, "The EU foreign ministers met on Monday, and Brussels urged Minsk to free the prisoners.")
    assert "Belgium" not in eu_story and eu_story["European Union"] == "IGOEU"
    assert _resolved(pipeline, "Kosovo agreed to wait after appeals from Washington and Brussels.")["Belgium"] == "BEL"
    assert _resolved(pipeline, "The EU and NATO met in Brussels, and Brussels urged calm.")["Belgium"] == "BEL"  # which one?
    assert _resolved(pipeline, "The EU met on Monday. Brussels police arrested two men near the station.")["Belgium Police"] == "BELCOP"


def test_an_old_name_of_a_state_is_that_state(pipeline):
    assert _resolved(pipeline, "Kampuchean rebels attacked the convoy.")["Kampuchean rebels"] == "KHMREB"  # an armed group at home in Cambodia


def test_social_groups_in_a_capital_are_that_states(pipeline):
    assert _resolved(pipeline, "Workers in Vilnius went on strike over pay.")["Lithuania Workers"] == "LTULAB"


def test_forces_a_people_leads_are_an_unnamed_armed_group(pipeline):
    doc = pipeline.nlp("Tuareg-led forces pulled back from the border.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    forces = next(t.i for t in doc if t.text == "forces")
    assert index.at(forces).code == "REB"


@pytest.mark.parametrize(
    ("text", "leader", "noun"),
    [
        ("NATO-led forces patrolled the border crossing.", "NATO", "forces"),
        ("UN-led peacekeepers withdrew from the village.", "UN", "peacekeepers"),
        ("AU-led troops secured the airport.", "AU", "troops"),
    ],
)
def test_forces_an_organisation_leads_are_that_organisations_not_an_armed_group(pipeline, text, leader, noun):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    forces = index.at(next(t.i for t in doc if t.text == noun))
    assert forces.code == leader != "REB"


def test_forces_a_known_leader_leads_are_that_leaders_state(pipeline):
    doc = pipeline.nlp("Putin-led forces shelled the depot.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert index.at(next(t.i for t in doc if t.text == "forces")).code == "RUS"


@pytest.mark.parametrize(
    "text",
    ["U.S.-led forces carried out airstrikes near Dunmore.", "US-led forces carried out airstrikes near Dunmore."],
)
def test_forces_a_state_leads_are_that_states_dotted_or_not(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert index.at(next(t.i for t in doc if t.text == "forces")).key == "inst:USA:Armed Forces"


def test_a_coalition_a_dotted_state_leads_is_the_coalition_it_is_undotted(pipeline):
    dotted, plain = (pipeline.nlp(f"The {us}-led coalition carried out airstrikes near Dunmore.") for us in ("U.S.", "US"))
    codes = [resolve_actors(doc, pipeline.gazetteer)[1].at(next(t.i for t in doc if t.text == "coalition")).code for doc in (dotted, plain)]
    assert codes[0] == codes[1] is not None


@pytest.mark.parametrize("text", ["U.S.-backed militias raided the depot.", "Iranian-backed militias raided the depot."])
def test_militias_a_state_backs_are_an_armed_group_and_the_state_their_backer(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    backer = index.at(0)
    militias = index.at(next(t.i for t in doc if t.text == "militias"))
    assert backer.kind == "state" and backer.country in ("USA", "IRN")
    assert militias.code == "REB"


def test_a_name_opening_with_a_state_adjective_is_one_organisation_of_that_state(extract_text):
    result = extract_text("The Chadian Centre for Rural Studies (CCRS) published a survey. The CCRS said prices rose.")
    centre = [a for a in result.actors if a.kind == "organization" and "Rural Studies" in a.name]
    assert len(centre) == 1
    assert centre[0].country == "TCD"
    assert [m.text for m in centre[0].mentions] == ["Chadian Centre for Rural Studies", "CCRS", "CCRS"]
    assert not any(a.kind == "state" for a in result.actors)


def test_an_adjective_before_a_common_noun_stays_a_state_mention(extract_text):
    result = extract_text("Chadian farmers protested on Monday.")
    assert not any(a.name.startswith("Chadian") and a.kind == "organization" and a.sector is None for a in result.actors)


def test_the_us_defence_department_acronym_is_the_united_states(extract_text):
    result = extract_text("The DoD said strikes hit positions near the river.")
    codes = {a.name: (a.kind, a.country) for a in result.actors}
    assert codes.get("United States Department of Defense") == ("organization", "USA")


def test_an_acronym_after_a_possessive_name_is_that_organisation(extract_text):
    result = extract_text("Ships joined the Allied Maritime Southern Command's (AMSC) task group. AMSC said the patrol ended.")
    command = [a for a in result.actors if a.name == "Allied Maritime Southern Command"]
    assert len(command) == 1
    assert [m.text for m in command[0].mentions] == ["Allied Maritime Southern Command", "AMSC", "AMSC"]


# A state's name opening an organisation's name; a state owning an institution across modifiers.


def test_a_states_name_opening_a_name_spacy_tags_an_organisation_gives_its_country(pipeline):
    actors, _ = _indexed(pipeline, "The Montenegro Assembly rejected the bill.")
    assembly = next(a for a in actors if "Assembly" in a.name or "Parliament" in a.name)
    assert assembly.country == "MNE"
    actors, _ = _indexed(pipeline, "The Lakeland Municipality Association met in Podgorica.")
    assert all(a.country is None for a in actors if "Association" in a.name)


def test_an_ambiguous_states_name_opening_a_name_gives_no_country(pipeline):
    actors, _ = _indexed(pipeline, "Georgia Tech won the game against Clemson.")
    assert all(a.country is None for a in actors)


def test_a_possessive_state_owns_the_institution_noun_across_its_modifiers(pipeline):
    _, index = _indexed(pipeline, "Ankara's Cankaya district administration denied the request.")
    assert [m.code for m in index.mentions] == ["TUR"]
    _, index = _indexed(pipeline, "Serbia's main opposition party rejected the vote.")
    assert [m.code for m in index.mentions] == ["SRB"]


def test_a_possessive_state_gives_nothing_to_an_institution_it_does_not_own(pipeline):
    # "Russia's" owns "envoy"; the army of the reported clause is not Russia's by the possessive.
    _, index = _indexed(pipeline, "Russia's envoy said the army had withdrawn from the capital.")
    assert [index.doc[m.start : m.end].text for m in index.mentions if m.code == "RUS"] == ["Russia"]


# Acronyms the text defines or owns, and a description before a name.


def test_an_acronym_bracketed_after_a_name_spacy_tags_names_that_organisation(pipeline):
    actors, _ = _indexed(pipeline, "The Serbian Progressive Party (SNS) won the vote. SNS leaders met on Monday.")
    party = next(a for a in actors if a.name == "Serbian Progressive Party")
    assert [m.text for m in party.mentions] == ["Serbian Progressive Party", "SNS", "SNS"]
    assert party.country == "SRB"


def test_a_states_possessive_before_another_states_acronym_makes_it_the_first_states_body(pipeline):
    _, index = _indexed(pipeline, "Hungarian energy group MOL bought a stake in Serbia's NIS. NIS said it welcomed the deal.")
    codes = [(index.doc[m.start : m.end].text, m.code) for m in index.mentions]
    assert ("NIS", "SRB") in codes and ("NIS", "KOR") not in codes


def test_the_acronym_keeps_its_body_under_its_own_states_possessive(pipeline):
    _, index = _indexed(pipeline, "South Korea's NIS said the North fired a missile.")
    assert ("NIS", "KOR") in [(index.doc[m.start : m.end].text, m.code) for m in index.mentions]


def test_a_state_adjective_and_a_descriptor_noun_before_a_name_give_its_country(pipeline):
    actors, _ = _indexed(pipeline, "Hungarian energy group MOL agreed to buy the stake.")
    assert next(a for a in actors if a.name == "MOL").country == "HUN"


def test_a_descriptor_noun_with_no_state_adjective_gives_no_country(pipeline):
    actors, _ = _indexed(pipeline, "The energy group MOL agreed to buy the stake.")
    assert all(a.country is None for a in actors if a.name == "MOL")


def test_a_peoples_name_after_the_of_of_an_organisations_name_is_part_of_it(pipeline):
    actors, index = _indexed(pipeline, "Officials of the Alliance of Vojvodina Hungarians met the mayor.")
    assert any(a.name == "Alliance of Vojvodina Hungarians" for a in actors)
    assert "HUN" not in [m.code for m in index.mentions]
