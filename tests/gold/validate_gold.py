#!/usr/bin/env python3
"""Check the hand-annotated defence gold set (tests/gold/defence.jsonl).

Standard library only. Run it directly::

    python3 tests/gold/validate_gold.py [path]

or import it::

    from validate_gold import validate
    errors = validate("tests/gold/defence.jsonl")   # [] when the file is valid

The rules it enforces are those of docs/annotation.md: field names and types,
allowed values, CAMEO code to PLOVER type consistency, the dev/test split rule,
and the coverage the set promises (every PLOVER type at least 8 times, at least
40 countries, every lifecycle status present, and so on).
"""

from __future__ import annotations

import collections
import datetime as _dt
import json
import re
import sys
from pathlib import Path

DEFAULT_PATH = Path(__file__).with_name("defence.jsonl")

# --------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)

# Modes per type, from the PLOVER manual (draft 2.0). Types absent here take no mode.
_REQ_REJ = {"assist", "change", "yield", "meet"}
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": _REQ_REJ,
    "REJECT": _REQ_REJ,
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}

# Types whose events need a recipient (PLOVER manual, "Requires recipient: Yes").
NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}

CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security",
    "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
    "corruption", "illegal_drugs", "trafficking",
    "humanitarian",  # used by the CAMEO-to-PLOVER table for 0333/073/1033/...
}

EVENT_STATUSES = {"occurred", "ongoing", "planned", "intended", "proposed", "hypothetical", "negated"}
AGREEMENT_STATUSES = ("proposed", "negotiating", "agreed", "signed", "ratified", "in_force",
                      "suspended", "terminated")
AGREEMENT_DOMAINS = {"defence", "economic", "energy", "trade", "diplomatic", "security", "other"}
TRANSFER_STATUSES = ("interest", "offered", "negotiating", "ordered", "delivered", "ongoing",
                     "cancelled")
TRANSFER_CATEGORIES = {
    "main battle tank", "infantry fighting vehicle", "armoured personnel carrier",
    "armoured vehicle", "self-propelled howitzer", "multiple rocket launcher",
    "fighter aircraft", "trainer aircraft", "transport aircraft", "attack helicopter",
    "transport helicopter", "unmanned aerial vehicle", "air-defence system",
    "anti-tank missile", "anti-ship missile", "cruise missile", "ballistic missile",
    "artillery ammunition", "small-arms ammunition", "ammunition", "small arms", "frigate",
    "corvette", "submarine", "patrol vessel", "radar", "military truck", "other",
}
ACTIVITY_KINDS = {"exercises", "training", "defence industry", "cyber", "peacekeeping",
                  "education", "military medicine", "intelligence", "border security", "other"}
ACTIVITY_STATUSES = {"proposed", "planned", "ongoing", "occurred", "suspended", "cancelled"}
ALLIANCE_STATUSES = ("proposed", "formal", "suspended", "dissolved")

TAGS = {
    # linguistic phenomena
    "negation", "metonym", "compound", "reciprocal", "reported_speech", "quote", "passive",
    "modality", "future", "conditional", "hypothetical", "person_role", "institution",
    "relative_date", "two_sentences", "historical",
    # actors
    "organisation", "armed_group",
    # defence content
    "arms_import", "arms_export", "opposite_transfers", "agreement", "exercise", "training",
    "alliance", "peacekeeping", "sanctions", "nuclear", "cyber", "maritime",
    # no-event kinds
    "no_event", "statistics", "opinion", "background",
    # register
    "wire", "regional_press", "trade_press",
}

ORGANISATIONS = {"NATO", "EU", "UN", "OSCE", "CSTO", "AU", "ASEAN", "ICC", "IAEA", "REB"}

#: The historic pacts that guide 9.4 codes as alliance organisations (defence records only).
HISTORIC_PACTS = {"WARSAW_PACT", "SEATO", "BAGHDAD_PACT", "CENTO", "ANZUS", "RIO_TREATY"}

# ISO 3166-1 alpha-3, plus XKX (Kosovo, user-assigned code).
ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD
BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH
ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL
GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR
JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR
MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL
NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY
PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX
""".split())

#: States that no longer exist keep the gazetteer's historic codes (guide 5.1; the Soviet Union is RUS).
HISTORIC_STATES = {"CSK", "DDR"}

ACTOR_CODES = ISO3 | HISTORIC_STATES | ORGANISATIONS

# Region of each state, for the coverage summary (states outside the map count as "other").
REGIONS = {
    "Balkans": "ALB BIH BGR GRC HRV MKD MNE ROU SRB SVN XKX",
    "Europe": "AUT BEL CHE CYP CZE DEU DNK ESP EST FIN FRA GBR HUN IRL ISL ITA LTU LUX LVA MLT "
              "NLD NOR POL PRT SVK SWE",
    "Former USSR": "ARM AZE BLR GEO KAZ KGZ MDA RUS TJK TKM UKR UZB",
    "Middle East": "ARE BHR EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "Africa": "AGO BDI BEN BFA BWA CAF CIV CMR COD COG DJI DZA ERI ETH GAB GHA GIN GMB KEN LBR "
              "LBY LSO MAR MDG MLI MOZ MRT MWI NAM NER NGA RWA SDN SEN SLE SOM SSD TCD TGO TUN "
              "TZA UGA ZAF ZMB ZWE",
    "South Asia": "AFG BGD BTN IND LKA MDV NPL PAK",
    "East Asia": "CHN HKG JPN KOR MNG PRK TWN",
    "South-East Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
    "Oceania": "AUS FJI FSM KIR MHL NRU NZL PLW PNG SLB TON TUV VUT WSM",
    "Americas": "ARG BOL BRA CAN CHL COL CRI CUB DOM ECU GTM GUY HND HTI JAM MEX NIC PAN PER PRY "
                "SLV SUR TTO URY USA VEN",
}
REGION_OF = {code: region for region, codes in REGIONS.items() for code in codes.split()}

# CAMEO event codes (CAMEO 0.7b5 plus the ICEWS additions 1951/1952). 01x and 02x exist in
# CAMEO but are dropped in PLOVER and therefore rejected below.
_CAMEO_SPEC = """
010-019 020 021 0211-0214 022 023 0231-0234 024 0241-0244 025 0251-0256 026-028
030 031 0311-0314 032 033 0331-0334 034 0341-0344 035 0351-0356 036-039
040-046 050-057 060-064 070-075
080 081 0811-0814 082 083 0831-0834 084 0841 0842 085 086 0861-0863 087 0871-0874
090-094
100 101 1011-1014 102 103 1031-1034 104 1041-1044 105 1051-1056 106-108
110 111 112 1121-1125 113-116
120 121 1211-1214 122 1221-1224 123 1231-1234 124 1241-1246 125-129
130 131 1311-1313 132 1321-1324 133-138 1381-1385 139
140 141 1411-1414 142 1421-1424 143 1431-1434 144 1441-1444 145 1451-1454
150-154 160 161 162 1621-1623 163-166 1661-1663
170 171 1711 1712 172 1721-1724 173-175
180 181 182 1821-1823 183 1831-1833 184-186
190-195 1951 1952 196 200-204 2041 2042
"""


def _expand(spec: str) -> set[str]:
    codes = set()
    for token in spec.split():
        if "-" in token:
            lo, hi = token.split("-")
            width = len(lo)
            codes.update(str(n).zfill(width) for n in range(int(lo), int(hi) + 1))
        else:
            codes.add(token)
    return codes


CAMEO_CODES = _expand(_CAMEO_SPEC)

_ROOT_TYPE = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
    "19": "ASSAULT", "20": "ASSAULT",
}


def plover_types_for_cameo(code: str) -> set[str]:
    """PLOVER types a CAMEO code may be coded as (CAMEO-to-PLOVER table, 2021).

    One documented deviation: 163 (impose embargo, boycott or sanctions) is listed under
    COERCE in the table but the PLOVER manual codes international sanctions as SANCTION
    'discontinue'; both are accepted, and the gold set uses SANCTION.
    """
    root, three = code[:2], code[:3]
    if root in ("01", "02"):
        return set()  # dropped in PLOVER
    if root == "08":
        if code in ("0813", "0814"):
            return {"RETREAT"}
        return {"CONCEDE"} if three in ("080", "081", "082", "083") else {"RETREAT"}
    if three == "163":
        return {"SANCTION", "COERCE"}
    if root == "17" and (code == "1712" or three == "175"):
        return {"ASSAULT"}
    if root == "19" and three in ("191", "192"):
        return {"COERCE"}
    t = _ROOT_TYPE.get(root)
    return {t} if t else set()


RECORD_KEYS = ["id", "split", "date", "text", "tags", "expected_events", "expected_noevents",
               "agreements", "arms_transfers", "activities", "alliances"]
OPTIONAL_KEYS = {"comment"}
EVENT_KEYS = {"code", "cameo", "mode", "context", "source", "target", "status"}
META_KEYS = {"name", "description", "licence", "split_rule", "fields", "count"}

# Coverage promised by the set.
MIN_RECORDS = 220
MIN_PER_TYPE = 8
MIN_COUNTRIES = 40
MIN_NO_EVENT = 10

_ID_RE = re.compile(r"^def-(\d{4})$")
_CAMEO_RE = re.compile(r"^\d{3,4}$")
_PARTIAL_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------

#: The record lists of the records-only gold files, and the fields every line of them has.
DEFENCE_RECORD_KINDS = ("agreements", "arms_transfers", "activities", "alliances")
DEFENCE_LINE_FIELDS = {"id", "split", "date", "text", "role", *DEFENCE_RECORD_KINDS, "source", "licence"}


def read_records_only(path):
    """The ``_meta`` header and the lines of a records-only gold file (real or wire-style)."""
    lines = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[0]["_meta"], lines[1:]


def header_errors(meta, records):
    """What the header of a records-only gold file lacks."""
    errors = []
    missing = {"name", "version", "description", "licence", "guide", "split_rule", "fields", "count"} - set(meta)
    if missing:
        errors.append(f"header lacks {sorted(missing)}")
    if meta.get("count") != len(records):
        errors.append(f"header count {meta.get('count')} != {len(records)} lines")
    if "DEFENCE-RECORDS-ONLY" not in meta.get("description", ""):
        errors.append("description must say DEFENCE-RECORDS-ONLY")
    return errors


#: The fields of each defence record in the records-only gold files.
DEFENCE_RECORD_FIELDS = {
    "agreements": {"parties", "status", "domain", "date", "place"},
    "arms_transfers": {"supplier", "recipient", "item", "category", "status", "quantity", "year"},
    "activities": {"parties", "kinds", "status", "count"},
    "alliances": {"members", "status"},
}


def _sorted_codes(codes, minimum, known=ACTOR_CODES):
    return (isinstance(codes, list) and len(codes) >= minimum and codes == sorted(set(codes))
            and all(c in known for c in codes))


def defence_record_errors(kind, rec):
    """What is wrong with one defence record of a records-only gold file (real or wire-style)."""
    if not isinstance(rec, dict) or set(rec) != DEFENCE_RECORD_FIELDS[kind]:
        return [f"fields must be {sorted(DEFENCE_RECORD_FIELDS[kind])}"]
    errors = []
    if kind == "agreements":
        if not _sorted_codes(rec["parties"], 2, ACTOR_CODES | HISTORIC_PACTS):
            errors.append("parties: at least two known codes, sorted, unique")
        if rec["status"] not in AGREEMENT_STATUSES or rec["domain"] not in AGREEMENT_DOMAINS:
            errors.append("unknown status or domain")
    elif kind == "arms_transfers":
        if rec["supplier"] not in ACTOR_CODES or rec["recipient"] not in ACTOR_CODES:
            errors.append("supplier and recipient must be known codes")
        if rec["supplier"] == rec["recipient"]:
            errors.append("supplier and recipient are the same")
        if rec["category"] not in TRANSFER_CATEGORIES or rec["status"] not in TRANSFER_STATUSES:
            errors.append("unknown category or status")
        if not isinstance(rec["item"], str) or not rec["item"].strip():
            errors.append("item must be a non-empty string")
    elif kind == "activities":
        if not _sorted_codes(rec["parties"], 1, ACTOR_CODES | HISTORIC_PACTS):
            errors.append("parties: known codes, sorted, unique")
        if not rec["kinds"] or any(k not in ACTIVITY_KINDS for k in rec["kinds"]):
            errors.append("kinds must be a non-empty list of known kinds")
        if rec["status"] not in ACTIVITY_STATUSES:
            errors.append("unknown status")
    elif kind == "alliances":
        if not _sorted_codes(rec["members"], 2, ACTOR_CODES | HISTORIC_PACTS) or rec["status"] not in ALLIANCE_STATUSES:
            errors.append("members (two or more, sorted) or status invalid")
    return errors


def load(path) -> tuple[dict | None, list[dict], list[str]]:
    """Read the file; return (meta, records, errors about JSON syntax)."""
    errors: list[str] = []
    meta = None
    records: list[dict] = []
    text = Path(path).read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {n}: not a JSON object")
            continue
        if n == 1:
            if set(obj) != {"_meta"}:
                errors.append("line 1: must be an object with the single key '_meta'")
            else:
                meta = obj["_meta"]
            continue
        obj["_line"] = n
        records.append(obj)
    return meta, records, errors


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

def _is_code(x) -> bool:
    return isinstance(x, str) and x in ACTOR_CODES


def _check_partial_date(value, where: str, pub: str | None, errors: list[str]) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _PARTIAL_DATE_RE.match(value):
        errors.append(f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        errors.append(f"{where}: date {value!r} does not exist")
        return
    if pub and value > pub[: len(value)]:
        errors.append(f"{where}: date {value} is after the publication date {pub}")


def _check_codes_list(values, where: str, errors: list[str], min_len: int) -> None:
    if not isinstance(values, list) or len(values) < min_len:
        errors.append(f"{where}: must be a list of at least {min_len} codes")
        return
    for v in values:
        if not _is_code(v):
            errors.append(f"{where}: unknown code {v!r}")
    if len(set(values)) != len(values):
        errors.append(f"{where}: duplicate codes")
    if values != sorted(values):
        errors.append(f"{where}: codes must be sorted alphabetically")


def _check_event(e, where: str, errors: list[str]) -> None:
    if not isinstance(e, dict):
        errors.append(f"{where}: event is not an object")
        return
    keys = set(e)
    if keys != EVENT_KEYS:
        missing, extra = EVENT_KEYS - keys, keys - EVENT_KEYS
        if missing:
            errors.append(f"{where}: missing event fields {sorted(missing)}")
        if extra:
            errors.append(f"{where}: unknown event fields {sorted(extra)}")
    code = e.get("code")
    if code not in PLOVER_TYPES:
        errors.append(f"{where}: unknown PLOVER type {code!r}")
    cameo = e.get("cameo")
    if not isinstance(cameo, str) or not _CAMEO_RE.match(cameo):
        errors.append(f"{where}: cameo {cameo!r} must be a string of 3 or 4 digits")
    elif cameo not in CAMEO_CODES:
        errors.append(f"{where}: cameo {cameo} is not a CAMEO event code")
    elif code in PLOVER_TYPES:
        allowed = plover_types_for_cameo(cameo)
        if not allowed:
            errors.append(f"{where}: cameo {cameo} belongs to a CAMEO category dropped in PLOVER")
        elif code not in allowed:
            errors.append(f"{where}: cameo {cameo} maps to {sorted(allowed)}, not {code}")
    mode = e.get("mode")
    if mode is not None:
        if code in PLOVER_TYPES and mode not in MODES.get(code, set()):
            errors.append(f"{where}: mode {mode!r} not allowed for {code}")
    ctx = e.get("context")
    if not isinstance(ctx, list):
        errors.append(f"{where}: context must be a list")
    else:
        for c in ctx:
            if c not in CONTEXTS:
                errors.append(f"{where}: unknown context {c!r}")
        if len(set(ctx)) != len(ctx):
            errors.append(f"{where}: duplicate contexts")
    if not _is_code(e.get("source")):
        errors.append(f"{where}: source {e.get('source')!r} is not a known code")
    target = e.get("target")
    if target is not None and not _is_code(target):
        errors.append(f"{where}: target {target!r} is not a known code")
    if target is None and code in NEEDS_RECIPIENT:
        errors.append(f"{where}: {code} requires a recipient")
    if e.get("status") not in EVENT_STATUSES:
        errors.append(f"{where}: unknown status {e.get('status')!r}")


def _check_record(r: dict, errors: list[str], ids: set, texts: set) -> None:
    n = r.get("_line", "?")
    rid = r.get("id")
    where = f"line {n} ({rid})"
    keys = set(r) - {"_line"}
    missing = [k for k in RECORD_KEYS if k not in keys]
    extra = keys - set(RECORD_KEYS) - OPTIONAL_KEYS
    if missing:
        errors.append(f"{where}: missing fields {missing}")
    if extra:
        errors.append(f"{where}: unknown fields {sorted(extra)}")

    # id and split
    m = _ID_RE.match(rid) if isinstance(rid, str) else None
    if not m:
        errors.append(f"{where}: id must look like def-0001")
    else:
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        num = int(m.group(1))
        want = "test" if num % 5 == 0 else "dev"
        if r.get("split") != want:
            errors.append(f"{where}: split must be {want!r} (every fifth record is test)")

    # date
    pub = r.get("date")
    try:
        _dt.date.fromisoformat(pub)
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub):
            raise ValueError
    except (TypeError, ValueError):
        errors.append(f"{where}: date {pub!r} is not YYYY-MM-DD")
        pub = None

    # text
    text = r.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: empty text")
    elif text in texts:
        errors.append(f"{where}: duplicate text")
    else:
        texts.add(text)

    # tags
    tags = r.get("tags")
    if not isinstance(tags, list) or not tags:
        errors.append(f"{where}: tags must be a non-empty list")
    else:
        for t in tags:
            if t not in TAGS:
                errors.append(f"{where}: unknown tag {t!r}")
        if len(set(tags)) != len(tags):
            errors.append(f"{where}: duplicate tags")

    # events
    events = r.get("expected_events")
    if not isinstance(events, list):
        errors.append(f"{where}: expected_events must be a list")
        events = []
    seen = set()
    for i, e in enumerate(events):
        _check_event(e, f"{where} event {i}", errors)
        if isinstance(e, dict):
            key = (e.get("code"), e.get("source"), e.get("target"))
            if key in seen:
                errors.append(f"{where}: more than one {key[0]} entry for {key[1]}->{key[2]}")
            seen.add(key)
    noev = r.get("expected_noevents")
    if not isinstance(noev, bool):
        errors.append(f"{where}: expected_noevents must be true or false")
    elif noev != (len(events) == 0):
        errors.append(f"{where}: expected_noevents must be true exactly when expected_events is empty")
    if isinstance(tags, list) and isinstance(noev, bool) and noev != ("no_event" in tags):
        errors.append(f"{where}: the 'no_event' tag must match expected_noevents")

    # agreements
    for i, a in enumerate(r.get("agreements") or []):
        w = f"{where} agreement {i}"
        if not isinstance(a, dict) or set(a) != {"parties", "status", "domain", "date", "place"}:
            errors.append(f"{w}: fields must be parties, status, domain, date, place")
            continue
        _check_codes_list(a["parties"], f"{w} parties", errors, 2)
        if a["status"] not in AGREEMENT_STATUSES:
            errors.append(f"{w}: unknown status {a['status']!r}")
        if a["domain"] not in AGREEMENT_DOMAINS:
            errors.append(f"{w}: unknown domain {a['domain']!r}")
        _check_partial_date(a["date"], w, pub, errors)
        if a["place"] is not None and (not isinstance(a["place"], str) or not a["place"].strip()):
            errors.append(f"{w}: place must be a non-empty string or null")

    # arms transfers
    for i, t in enumerate(r.get("arms_transfers") or []):
        w = f"{where} transfer {i}"
        want = {"supplier", "recipient", "item", "category", "status", "quantity", "year"}
        if not isinstance(t, dict) or set(t) != want:
            errors.append(f"{w}: fields must be {sorted(want)}")
            continue
        for k in ("supplier", "recipient"):
            if not _is_code(t[k]):
                errors.append(f"{w}: {k} {t[k]!r} is not a known code")
        if t["supplier"] == t["recipient"]:
            errors.append(f"{w}: supplier and recipient are the same")
        if not isinstance(t["item"], str) or not t["item"].strip():
            errors.append(f"{w}: item must be a non-empty string")
        if t["category"] not in TRANSFER_CATEGORIES:
            errors.append(f"{w}: unknown category {t['category']!r}")
        if t["status"] not in TRANSFER_STATUSES:
            errors.append(f"{w}: unknown status {t['status']!r}")
        q = t["quantity"]
        if q is not None and (not isinstance(q, int) or isinstance(q, bool) or q <= 0):
            errors.append(f"{w}: quantity must be a positive integer or null")
        y = t["year"]
        if y is not None and (not isinstance(y, int) or isinstance(y, bool) or not 1950 <= y <= 2100):
            errors.append(f"{w}: year must be an integer year or null")

    # activities
    for i, a in enumerate(r.get("activities") or []):
        w = f"{where} activity {i}"
        if not isinstance(a, dict) or set(a) != {"parties", "kinds", "status", "count"}:
            errors.append(f"{w}: fields must be parties, kinds, status, count")
            continue
        _check_codes_list(a["parties"], f"{w} parties", errors, 1)
        if not isinstance(a["kinds"], list) or not a["kinds"]:
            errors.append(f"{w}: kinds must be a non-empty list")
        else:
            for k in a["kinds"]:
                if k not in ACTIVITY_KINDS:
                    errors.append(f"{w}: unknown kind {k!r}")
        if a["status"] not in ACTIVITY_STATUSES:
            errors.append(f"{w}: unknown status {a['status']!r}")
        c = a["count"]
        if c is not None and (not isinstance(c, int) or isinstance(c, bool) or c <= 0):
            errors.append(f"{w}: count must be a positive integer or null")

    # alliances
    for i, a in enumerate(r.get("alliances") or []):
        w = f"{where} alliance {i}"
        if not isinstance(a, dict) or set(a) != {"members", "status"}:
            errors.append(f"{w}: fields must be members, status")
            continue
        _check_codes_list(a["members"], f"{w} members", errors, 2)
        if a["status"] not in ALLIANCE_STATUSES:
            errors.append(f"{w}: unknown status {a['status']!r}")

    for k in ("agreements", "arms_transfers", "activities", "alliances"):
        if k in r and not isinstance(r[k], list):
            errors.append(f"{where}: {k} must be a list")
    if "comment" in r and not isinstance(r["comment"], str):
        errors.append(f"{where}: comment must be a string")


def _countries(records: list[dict]) -> set[str]:
    found = set()
    for r in records:
        for e in r.get("expected_events") or []:
            if isinstance(e, dict):
                for x in (e.get("source"), e.get("target")):
                    if x in ISO3:
                        found.add(x)
        for t in r.get("arms_transfers") or []:
            if isinstance(t, dict):
                found.update(x for x in (t.get("supplier"), t.get("recipient")) if x in ISO3)
        for k, f in (("agreements", "parties"), ("activities", "parties"), ("alliances", "members")):
            for a in r.get(k) or []:
                if isinstance(a, dict) and isinstance(a.get(f), list):
                    found.update(x for x in a[f] if x in ISO3)
    return found


def _check_coverage(meta, records: list[dict], errors: list[str]) -> None:
    if meta is None:
        errors.append("line 1: missing {'_meta': {...}} header")
    else:
        if not isinstance(meta, dict):
            errors.append("line 1: _meta must be an object")
        else:
            missing = META_KEYS - set(meta)
            if missing:
                errors.append(f"line 1: _meta lacks {sorted(missing)}")
            if meta.get("count") != len(records):
                errors.append(f"line 1: _meta.count is {meta.get('count')} but the file has "
                              f"{len(records)} records")

    if len(records) < MIN_RECORDS:
        errors.append(f"only {len(records)} records; at least {MIN_RECORDS} required")

    ids = [r.get("id") for r in records]
    expected = [f"def-{i:04d}" for i in range(1, len(records) + 1)]
    if ids != expected:
        errors.append("ids must run def-0001, def-0002, ... in file order without gaps")

    per_type = collections.Counter()
    for r in records:
        for e in r.get("expected_events") or []:
            if isinstance(e, dict) and e.get("status") != "negated":
                per_type[e.get("code")] += 1
    for t in PLOVER_TYPES:
        if per_type[t] < MIN_PER_TYPE:
            errors.append(f"type {t}: {per_type[t]} non-negated events, at least {MIN_PER_TYPE} required")

    countries = _countries(records)
    if len(countries) < MIN_COUNTRIES:
        errors.append(f"only {len(countries)} countries; at least {MIN_COUNTRIES} required")
    regions = {REGION_OF.get(c) for c in countries}
    for region in REGIONS:
        if region not in regions:
            errors.append(f"no country from region {region}")

    no_event = sum(1 for r in records if r.get("expected_noevents") is True)
    if no_event < MIN_NO_EVENT:
        errors.append(f"only {no_event} no-event records; at least {MIN_NO_EVENT} required")

    def stage_cover(key, field, statuses):
        seen = {a.get(field) for r in records for a in (r.get(key) or []) if isinstance(a, dict)}
        for s in statuses:
            if s not in seen:
                errors.append(f"no {key} record with status {s!r}")

    stage_cover("agreements", "status", AGREEMENT_STATUSES)
    stage_cover("arms_transfers", "status", TRANSFER_STATUSES)
    stage_cover("alliances", "status", ALLIANCE_STATUSES)

    splits = collections.Counter(r.get("split") for r in records)
    if not splits.get("test") or not splits.get("dev"):
        errors.append("both splits must be non-empty")


def validate(path=DEFAULT_PATH) -> list[str]:
    """Return a list of error messages; empty when the gold file is valid."""
    try:
        meta, records, errors = load(path)
    except OSError as exc:
        return [f"cannot read {path}: {exc}"]
    ids: set = set()
    texts: set = set()
    for r in records:
        _check_record(r, errors, ids, texts)
    _check_coverage(meta, records, errors)
    return errors


# --------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------

def _table(title: str, counter, order=None) -> str:
    keys = list(order) if order is not None else sorted(counter, key=lambda k: (-counter[k], str(k)))
    width = max([len(str(k)) for k in keys] + [len(title)])
    lines = [title, "-" * (width + 8)]
    lines += [f"{str(k):<{width}}  {counter.get(k, 0):>5}" for k in keys]
    return "\n".join(lines)


def summary(path=DEFAULT_PATH) -> str:
    meta, records, _ = load(path)
    out = [f"{path}: {len(records)} records"]

    by_type = collections.Counter()
    by_type_neg = collections.Counter()
    by_status = collections.Counter()
    for r in records:
        for e in r.get("expected_events") or []:
            if not isinstance(e, dict):
                continue
            by_status[e.get("status")] += 1
            if e.get("status") == "negated":
                by_type_neg[e.get("code")] += 1
            else:
                by_type[e.get("code")] += 1
    width = max(len(t) for t in PLOVER_TYPES)
    lines = ["events per PLOVER type", "-" * (width + 22),
             f"{'type':<{width}}  {'events':>6}  {'negated':>7}"]
    lines += [f"{t:<{width}}  {by_type[t]:>6}  {by_type_neg[t]:>7}" for t in PLOVER_TYPES]
    lines.append(f"{'total':<{width}}  {sum(by_type.values()):>6}  {sum(by_type_neg.values()):>7}")
    out.append("\n".join(lines))
    out.append(_table("events per status", by_status, sorted(EVENT_STATUSES)))

    splits = collections.Counter(r.get("split") for r in records)
    out.append(_table("records per split", splits, ["dev", "test"]))
    out.append(f"records with no event: {sum(1 for r in records if r.get('expected_noevents') is True)}")

    tags = collections.Counter(t for r in records for t in (r.get("tags") or []))
    out.append(_table("records per tag", tags))

    for key, field, order in (("agreements", "status", AGREEMENT_STATUSES),
                              ("arms_transfers", "status", TRANSFER_STATUSES),
                              ("alliances", "status", ALLIANCE_STATUSES)):
        c = collections.Counter(a.get(field) for r in records for a in (r.get(key) or []))
        out.append(_table(f"{key} per status", c, order))
    kinds = collections.Counter(k for r in records for a in (r.get("activities") or [])
                                for k in a.get("kinds", []))
    out.append(_table("activities per kind", kinds))

    countries = _countries(records)
    per_region = collections.defaultdict(list)
    for c in sorted(countries):
        per_region[REGION_OF.get(c, "other")].append(c)
    lines = [f"countries: {len(countries)}", "-" * 30]
    for region in list(REGIONS) + ["other"]:
        if per_region.get(region):
            lines.append(f"{region:<16} {len(per_region[region]):>3}  {' '.join(per_region[region])}")
    out.append("\n".join(lines))
    return "\n\n".join(out)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT_PATH
    errors = validate(path)
    if not any(e.startswith("cannot read") for e in errors):
        try:
            print(summary(path))
        except Exception as exc:  # the summary must never hide the error list
            print(f"(summary failed: {exc})")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
