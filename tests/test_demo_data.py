"""Tests of app/demo_data.py: deterministic, valid and varied demo customers."""
from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pytest

from app.demo_data import REGIONS, generate_customers, make_id_number, make_uscc
from app.validation import id_number_problem, phone_problem, uscc_problem

N = 5000
KEYS = {"name", "kind", "level", "status", "id_number", "phone", "unit", "address", "company", "note", "contacts"}
CONTACT_KEYS = {"role", "name", "phone", "relation", "note"}
REGION_CODES = {r.code for r in REGIONS}
UNIT = re.compile(r"^[1-9]\d*-[1-9]-[1-9]\d?\d{2}$")  # building-entrance-floor+room, e.g. 3-2-1201
CJK = re.compile(r"^[\u4e00-\u9fff]+$")


@pytest.fixture(scope="module")
def customers() -> list[dict]:
    return list(generate_customers(N))


@pytest.fixture(scope="module")
def persons(customers) -> list[dict]:
    return [c for c in customers if c["kind"] == "person"]


@pytest.fixture(scope="module")
def companies(customers) -> list[dict]:
    return [c for c in customers if c["kind"] == "company"]


# --- determinism -------------------------------------------------------------------------------------


def test_same_seed_same_customers(customers):
    assert list(generate_customers(N)) == customers
    assert list(generate_customers(300, seed=7)) == list(generate_customers(300, seed=7))


def test_different_seed_different_customers():
    assert list(generate_customers(50, seed=1)) != list(generate_customers(50, seed=2))


def test_a_shorter_run_is_a_prefix_of_a_longer_one(customers):
    assert list(generate_customers(100)) == customers[:100]


def test_does_not_touch_the_global_random_state():
    random.seed(5)
    expected = random.random()
    random.seed(5)
    list(generate_customers(100))
    assert random.random() == expected


def test_zero_and_negative_counts():
    assert list(generate_customers(0)) == []
    with pytest.raises(ValueError):
        list(generate_customers(-1))


# --- shape -------------------------------------------------------------------------------------------


def test_every_customer_has_exactly_the_agreed_keys(customers):
    for c in customers:
        assert set(c) == KEYS
        for field in KEYS - {"contacts"}:
            assert isinstance(c[field], str), field
        assert isinstance(c["contacts"], list)
        for contact in c["contacts"]:
            assert set(contact) == CONTACT_KEYS
            assert all(isinstance(v, str) for v in contact.values())


def test_enumerations(customers):
    for c in customers:
        assert c["kind"] in {"person", "company"}
        assert c["level"] in {"key", "normal", "potential"}
        assert c["status"] in {"active", "moved_out"}


# --- validity ----------------------------------------------------------------------------------------


def test_every_person_has_a_valid_resident_id(persons):
    for c in persons:
        assert id_number_problem(c["id_number"]) is None, c["id_number"]
        assert c["id_number"][:6] in REGION_CODES
        assert 1950 <= int(c["id_number"][6:10]) <= 2004


def test_every_company_has_a_valid_credit_code(companies):
    for c in companies:
        code = c["id_number"]
        assert uscc_problem(code) is None, code
        assert code.startswith("91")
        assert code[2:8] in REGION_CODES


def test_identifiers_are_unique(customers):
    assert len({c["id_number"] for c in customers}) == len(customers)


def test_every_phone_is_valid(customers):
    for c in customers:
        assert phone_problem(c["phone"]) is None, c["phone"]
        for contact in c["contacts"]:
            assert phone_problem(contact["phone"]) is None, contact["phone"]


def test_persons_have_mobiles_and_some_companies_landlines(persons, companies):
    mobile = re.compile(r"^1[3-9]\d{9}$")
    assert all(mobile.match(c["phone"]) for c in persons)
    landlines = [c["phone"] for c in companies if not mobile.match(c["phone"])]
    assert all(re.fullmatch(r"0\d{2,3}-[2-8]\d{6,7}", p) for p in landlines)
    assert 0.04 < len(landlines) / len(companies) < 0.18


def test_units_and_addresses(customers):
    units = [c["unit"] for c in customers]
    assert all(u == "" or UNIT.match(u) for u in units)
    assert 0.12 < units.count("") / len(units) < 0.28
    for c in customers:
        address = c["address"]
        assert re.search(r"市.+区.+(路|街|大道)\d+号", address), address


# --- variety -----------------------------------------------------------------------------------------


def test_mix_of_kinds_levels_and_statuses(customers):
    kinds = Counter(c["kind"] for c in customers)
    levels = Counter(c["level"] for c in customers)
    statuses = Counter(c["status"] for c in customers)
    assert 0.75 < kinds["person"] / N < 0.85
    assert 0.11 < levels["key"] / N < 0.19
    assert 0.60 < levels["normal"] / N < 0.70
    assert 0.16 < levels["potential"] / N < 0.24
    assert 0.02 < statuses["moved_out"] / N < 0.08


def test_person_names_are_varied_but_repeat_like_real_names(persons):
    names = Counter(c["name"] for c in persons)
    assert len(names) > 0.6 * len(persons)
    assert names.most_common(1)[0][1] >= 3  # the 张伟s and 王芳s
    assert all(CJK.match(n) and 2 <= len(n) <= 4 for n in names)
    surnames = Counter(n[0] for n in names.elements())
    assert len(surnames) > 40
    assert surnames.most_common(3)[0][0] in "王李张"


def test_company_names_are_mostly_unique(companies):
    names = [c["name"] for c in companies]
    assert len(set(names)) > 0.95 * len(names)
    assert all(n.endswith("公司") and CJK.match(n) for n in names)
    assert all(c["company"] == c["name"] for c in companies)


def test_about_half_the_persons_name_an_employer(persons):
    share = sum(1 for c in persons if c["company"]) / len(persons)
    assert 0.4 < share < 0.6


# --- contacts ----------------------------------------------------------------------------------------


def test_every_person_has_one_emergency_contact(persons):
    for c in persons:
        roles = [k["role"] for k in c["contacts"]]
        assert 1 <= len(roles) <= 2
        assert roles.count("emergency") == 1
        assert set(roles) <= {"daily", "emergency"}
    assert any(len(c["contacts"]) == 2 for c in persons)


def test_companies_have_legal_representative_and_finance_contact(companies):
    for c in companies:
        roles = [k["role"] for k in c["contacts"]]
        assert 2 <= len(roles) <= 3
        assert roles[:2] == ["main", "daily"]
        assert c["contacts"][0]["relation"] == "法定代表人"
        assert roles[2:] in ([], ["emergency"])
    assert any(len(c["contacts"]) == 3 for c in companies)


def test_contacts_have_names_and_relations(customers):
    for c in customers:
        for k in c["contacts"]:
            assert CJK.match(k["name"]) and 2 <= len(k["name"]) <= 4
            assert k["relation"]


def test_blood_relatives_share_the_surname(persons):
    for c in persons:
        for k in c["contacts"]:
            if k["relation"] in {"父亲", "儿子", "女儿", "兄弟", "姐妹"}:
                assert k["name"][0] == c["name"][0], (c["name"], k)


# --- helpers -----------------------------------------------------------------------------------------


def test_make_id_number_with_given_region_birth_and_sex():
    rng = random.Random(1)
    for _ in range(200):
        male = rng.random() < 0.5
        value = make_id_number(rng, "350102", dt.date(1988, 2, 29), male=male)
        assert id_number_problem(value) is None
        assert value.startswith("35010219880229")
        assert int(value[16]) % 2 == (1 if male else 0)


def test_make_id_number_random():
    rng = random.Random(2)
    for _ in range(1000):
        value = make_id_number(rng)
        assert id_number_problem(value) is None
        assert value[:6] in REGION_CODES


def test_make_uscc():
    rng = random.Random(3)
    codes = [make_uscc(rng) for _ in range(1000)] + [make_uscc(rng, "440305") for _ in range(100)]
    assert all(uscc_problem(code) is None for code in codes)
    assert all(code.startswith("91440305") for code in codes[1000:])
    assert len(set(codes)) == len(codes)
    # Both the "MA…" codes issued since 2015 and the older all-digit organisation codes appear.
    assert any(code[8:10] == "MA" for code in codes) and any(code[8:16].isdigit() for code in codes)


def test_helpers_are_deterministic():
    assert make_id_number(random.Random(9)) == make_id_number(random.Random(9))
    assert make_uscc(random.Random(9)) == make_uscc(random.Random(9))


@pytest.mark.parametrize("region", ["35010", "3501021", "abcdef", "３５０１０２"])
def test_bad_region_codes_are_refused(region):
    with pytest.raises(ValueError):
        make_id_number(random.Random(0), region)
    with pytest.raises(ValueError):
        make_uscc(random.Random(0), region)
