"""Tests of app/demo_data.py and app/demo.py: deterministic, valid and varied demo customers, and
dossiers that look lived-in (entries of every kind, follow-ups due, attachments, tags, custom
fields, one obvious duplicate)."""
from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pytest

import keyring

from app import security
from app.attachments import inspect
from app.customers import similarity
from app.demo import fill_demo
from app.demo_data import (
    BUSY_CUSTOMERS, CUSTOM_FIELDS, DEMO_TAGS, DOSSIER_CUSTOMERS, REGIONS, DossierPlanner, attachment_specs,
    generate_customers, make_duplicate, make_id_number, make_uscc, render_attachment,
)
from app.entries import KINDS, derive, validate_entry
from app.models.records import CustomerQuery
from app.office import create_office
from app.validation import id_number_problem, phone_problem, uscc_problem
from tests.conftest import PASSWORD
from tests.support.keyrings import MemoryKeyring

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


# =====================================================================================================
# dossiers, pure: what DossierPlanner plans
# =====================================================================================================
TODAY = dt.date(2026, 11, 22)


def _plan(n: int = 600, seed: int = 5, today: dt.date = TODAY):
    customers = list(generate_customers(n, seed=seed))
    planner = DossierPlanner(n, seed=seed, today=today)
    return [(i, customers[i], planner.plan(i, customers[i])) for i in planner.indices]


@pytest.fixture(scope="module")
def plans():
    return _plan()


def test_a_fixed_size_subset_gets_a_dossier():
    assert DossierPlanner(50).indices == tuple(range(50))
    big = DossierPlanner(100_000, seed=3).indices
    assert len(big) == DOSSIER_CUSTOMERS == len(set(big)) and list(big) == sorted(big)
    assert big[-1] > 50_000  # spread over the whole office, not only its first customers
    assert DossierPlanner(100_000, seed=3).indices == big
    assert DossierPlanner(0).indices == ()
    with pytest.raises(ValueError):
        DossierPlanner(-1)


def test_plans_are_made_in_order():
    customers = list(generate_customers(5))
    planner = DossierPlanner(5)
    planner.plan(2, customers[2])
    with pytest.raises(ValueError):
        planner.plan(1, customers[1])


def test_same_seed_same_dossiers(plans):
    assert _plan() == plans
    assert _plan(seed=6) != plans


def test_every_planned_entry_is_valid(plans):
    for _i, _c, d in plans:
        assert d.role in ("busy", "follow_up", "normal")
        for kind, fields in d.entries:
            assert all(isinstance(v, str) and v for v in fields.values()), fields
            validate_entry(kind, fields)  # raises on anything a clerk could not have typed


def test_every_kind_and_a_mix_of_statuses(plans):
    entries = [(k, validate_entry(k, f)) for _i, _c, d in plans for k, f in d.entries]
    assert {k for k, _v in entries} == set(KINDS)
    statuses = {k: {v.get("status") for kk, v in entries if kk == k} for k in ("payment", "repair", "violation")}
    assert statuses["payment"] == {"paid", "unpaid", "refunded"}
    assert statuses["repair"] == {"open", "in_progress", "done"}
    assert statuses["violation"] == {"open", "resolved"}
    assert {v["category"] for k, v in entries if k == "payment"} == {"fee", "deposit"}
    amounts = [v["amount"] for k, v in entries if k == "payment"]
    assert any(a % 100 for a in amounts)  # yuan with fen
    items = {v["item"] for k, v in entries if k == "payment"}
    assert "物业费 2026年第4季度" in items and "装修押金" in items


def test_dates_cover_the_last_two_years(plans):
    days = []
    for _i, _c, d in plans:
        for kind, fields in d.entries:
            v = validate_entry(kind, fields)
            days.append(dt.date.fromisoformat(derive(kind, v)[0]))
            if kind == "visit" and v["planned"] and not v["done"]:
                continue  # a planned visit may lie ahead
            for key, value in v.items():
                ahead = ("due_date", "period_end", "start", "end")  # may lie after today
                if KINDS[kind].field(key).type == "date" and value and key not in ahead:
                    assert dt.date.fromisoformat(value) <= TODAY, (kind, key, value)
    assert min(days) >= TODAY - dt.timedelta(days=731)
    assert min(days) < TODAY - dt.timedelta(days=600)
    assert max(days) <= TODAY + dt.timedelta(days=15)


def test_busy_customers_and_a_handful_for_the_others(plans):
    busy = [len(d.entries) for _i, _c, d in plans if d.role == "busy"]
    assert len(busy) == BUSY_CUSTOMERS
    assert all(30 <= n <= 80 for n in busy), busy
    others = [len(d.entries) for _i, _c, d in plans if d.role != "busy"]
    assert min(others) >= 2 and 3 <= sum(others) / len(others) <= 10


def test_follow_ups_are_due(plans):
    due, coming = set(), 0
    for _i, _c, d in plans:
        for kind, fields in d.entries:
            _date, is_open, due_date, _amount, _summary = derive(kind, validate_entry(kind, fields))
            if is_open and due_date < TODAY.isoformat():
                due.add(kind)
            elif is_open:
                coming += kind == "visit"
    assert {"payment", "repair", "complaint", "visit", "violation"} <= due
    assert coming >= 2  # return visits planned for the coming days


def test_tags_and_custom_values(plans):
    tags = [t for _i, _c, d in plans for t in d.tags]
    assert set(tags) == set(DEMO_TAGS)
    assert 0.2 < sum(1 for _i, _c, d in plans if d.tags) / len(plans) < 0.8
    labels = {spec["label"]: spec for spec in CUSTOM_FIELDS}
    values = {label: [d.extra[label] for _i, _c, d in plans if label in d.extra] for label in labels}
    assert set(values["客户来源"]) == set(labels["客户来源"]["choices"])
    assert values["车位号"] and all(re.fullmatch(r"B[12]-[A-F]\d{2}", v) for v in values["车位号"])
    for _i, c, d in plans:  # every customer with a parking bill has a parking space
        if any(f.get("item", "").startswith("停车费") for _k, f in d.entries):
            assert d.extra.get("车位号") and all(d.extra["车位号"] in f["item"] for _k, f in d.entries
                                                 if f.get("item", "").startswith("停车费"))
    # moved-out customers have only settled business
    for _i, c, d in plans:
        if c["status"] != "active":
            assert d.role == "normal"
            assert not any(derive(k, validate_entry(k, f))[1] for k, f in d.entries)


def test_make_duplicate():
    batch = list(generate_customers(50, seed=2))
    untouched = [dict(c) for c in batch]
    i, j = make_duplicate(batch)
    a, b = batch[i], batch[j]
    assert i != j and a == untouched[i]
    assert (b["name"], b["phone"], b["unit"], b["kind"]) == (a["name"], a["phone"], a["unit"], "person")
    assert b["id_number"] == "" and b["address"] != a["address"] and similarity(a["address"], b["address"]) >= 0.8
    assert sum(1 for x, y in zip(batch, untouched) if x != y) == 1
    assert make_duplicate([c for c in batch if c["kind"] == "company"][:1] + batch[:1]) is None


@pytest.mark.parametrize("with_font", [True, False])
def test_attachments_render_small_valid_files(with_font):
    from app.reports.fonts import cjk_font_file, register_cjk_font

    pdf_font = register_cjk_font()
    image_font = cjk_font_file() if with_font else None
    person, company = (next(c for c in generate_customers(20, seed=1) if c["kind"] == kind)
                       for kind in ("person", "company"))
    specs = [*attachment_specs(person, 0, TODAY), *attachment_specs(person, 1, TODAY),
             *attachment_specs(company, 2, TODAY)]
    assert {s.kind for s in specs} == {"id_copy", "contract", "licence", "certificate_copy", "other"}
    assert {s.look for s in specs} == {"jpg", "png", "pdf"}
    for spec in specs:
        data = render_attachment(spec, image_font=image_font, pdf_font=pdf_font)
        assert 1000 < len(data) < 100_000, (spec.filename, len(data))
        mime, pages = inspect(spec.filename, data)
        assert pages == len(spec.pages)
        assert mime == {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}[spec.look]
        assert render_attachment(spec, image_font=image_font, pdf_font=pdf_font) == data


# =====================================================================================================
# dossiers in a real office: app.demo.fill_demo
# =====================================================================================================
DEMO = 300


def _new_office(folder):
    return create_office(folder / "office.kdb", company="鸿运物业", admin_username="admin",
                         admin_display_name="王管理", admin_password=PASSWORD)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """Two offices filled with the same seed on the same day (the second only for comparing)."""
    previous_ring, previous_n = keyring.get_keyring(), security.SCRYPT_N
    keyring.set_keyring(MemoryKeyring())
    security.SCRYPT_N = 2 ** 10
    try:
        offices = []
        for _ in range(2):
            created = _new_office(tmp_path_factory.mktemp("demo"))
            assert fill_demo(created.office, created.admin, customers=DEMO, seed=11) == DEMO
            offices.append((created.office, created.admin))
    finally:
        keyring.set_keyring(previous_ring)
        security.SCRYPT_N = previous_n
    yield offices
    for office, _admin in offices:
        office.close()


def _snapshot(office):
    return {
        "entries": office.db.query(
            "SELECT c.code, e.kind, e.entry_date, e.summary, e.amount_fen, e.is_open, e.due_date, e.data"
            " FROM entries e JOIN customers c ON c.id = e.customer_id ORDER BY e.id"),
        "customers": office.db.query("SELECT code, name, phone, id_number, tags, extra FROM customers ORDER BY id"),
        "attachments": office.db.query(
            "SELECT c.code, a.filename, a.title, a.kind, a.pages, a.sha256 FROM attachments a"
            " JOIN customers c ON c.id = a.customer_id ORDER BY a.id"),
    }


def test_every_entry_kind_is_in_the_office(filled):
    office, admin = filled[0]
    kinds = dict(office.db.query("SELECT kind, count(*) FROM entries GROUP BY kind"))
    assert set(kinds) == set(KINDS)
    assert 1000 < sum(kinds.values()) < 4000
    per_customer = [n for (n,) in office.db.query("SELECT count(*) FROM entries GROUP BY customer_id")]
    assert len(per_customer) == DEMO  # fewer customers than DOSSIER_CUSTOMERS: all have a dossier
    assert sum(1 for n in per_customer if 30 <= n <= 80) >= BUSY_CUSTOMERS
    events = office.audit.audit_repo.search(action="entry.bulk_create")
    assert len(events) == 1 and events[0].summary == "demo"


def test_the_today_panel_has_overdue_and_coming_follow_ups(filled):
    office, admin = filled[0]
    items = office.due_items(admin)
    assert 10 < len(items) < 200
    assert {"payment", "repair", "complaint", "visit"} <= {i.kind for i in items}
    assert any(i.overdue_days > 0 for i in items)
    # corrective actions stay on the panel until closed, due or not (issue 5); everything else is due
    assert all(i.due_date <= dt.date.today().isoformat() for i in items if i.source != "action")
    coming = office.db.scalar("SELECT count(*) FROM entries WHERE kind = 'visit' AND is_open = 1 AND due_date > ?",
                              (dt.date.today().isoformat(),))
    assert coming >= 1


def test_attachments_are_stored_and_open(filled):
    office, admin = filled[0]
    rows = office.db.query("SELECT id, customer_id FROM attachments ORDER BY id")
    assert 8 <= len(rows) <= 15
    assert 3 <= len({cid for _id, cid in rows}) <= 6
    kinds = set()
    for attachment_id, customer_id in rows:
        a = office.attachments.get(admin, attachment_id)
        data = office.attachments.content(admin, attachment_id)
        assert len(data) == a.size < 100_000
        assert inspect(a.filename, data) == (a.mime, a.pages)
        assert office.customers.get(admin, customer_id).status == "active"
        kinds.add(a.kind)
    assert {"id_copy", "contract", "licence"} <= kinds


def test_exactly_one_obvious_duplicate(filled):
    office, admin = filled[0]
    pairs = office.customers.find_duplicates(admin)
    assert len(pairs) == 1
    a, b = office.customers.get(admin, pairs[0].a), office.customers.get(admin, pairs[0].b)
    assert pairs[0].reason == "phone"
    assert (a.name, a.phone, a.unit) == (b.name, b.phone, b.unit)
    assert similarity(a.address, b.address) >= 0.8


def test_tags_and_custom_fields_are_there_and_searchable(filled):
    office, admin = filled[0]
    fields = {f.label: f for f in office.custom_fields.all(admin)}
    assert set(fields) == {spec["label"] for spec in CUSTOM_FIELDS}
    assert fields["车位号"].type == "text" and fields["客户来源"].type == "choice"
    assert fields["客户来源"].choices == ["老客户介绍", "网络", "上门", "其他"]
    assert all(f.customer_kind == "" for f in fields.values())
    customers = [office.customers.repo.get(cid) for (cid,) in office.db.query("SELECT id FROM customers")]
    for tag in DEMO_TAGS:
        tagged = {c.id for c in customers if tag in c.tags}
        assert tagged, tag
        also = {c.id for c in customers if any(tag in v for v in c.extra.values())}  # 老客户 in 老客户介绍
        assert set(office.customers.search(admin, CustomerQuery(text=tag))) == tagged | also, tag
    spot_key, source_key = str(fields["车位号"].id), str(fields["客户来源"].id)
    with_spot = [c for c in customers if spot_key in c.extra]
    assert with_spot
    assert with_spot[0].id in office.customers.search(admin, CustomerQuery(text=with_spot[0].extra[spot_key]))
    introduced = {c.id for c in customers if c.extra.get(source_key) == "老客户介绍"}
    assert introduced and set(office.customers.search(admin, CustomerQuery(text="老客户介绍"))) == introduced


def test_the_audit_chain_verifies(filled):
    for office, admin in filled:
        ok, message = office.audit.verify(admin)
        assert ok, message


def test_same_seed_same_office(filled):
    (first, _a), (second, _b) = filled
    assert _snapshot(first) == _snapshot(second)


def test_fill_twice_and_as_a_manager(office, admin):
    """The fields are created once; a manager (no settings rights) still gets dossiers, without fields."""
    office.auth.create_user(admin, "boss", "", "manager", PASSWORD)
    manager = office.auth.login("boss", PASSWORD)
    assert fill_demo(office, manager, customers=30, seed=1) == 30
    assert office.custom_fields.all(admin) == []
    assert office.db.scalar("SELECT count(*) FROM entries") > 60
    assert office.db.scalar("SELECT count(*) FROM customers WHERE extra != '{}'") == 0
    assert fill_demo(office, admin, customers=3, seed=2) == 3
    assert fill_demo(office, admin, customers=20, seed=3) == 20
    assert len(office.custom_fields.all(admin)) == 2
    assert fill_demo(office, admin, customers=0) == 0
    assert len(office.custom_fields.all(admin)) == 2
    assert office.customers.count() == 53
    assert office.audit.verify(admin)[0]
