"""The customer search a clerk types into: every query kind over ~3,000 demo customers.

The expected results are computed independently in Python from the stored rows
("a field contains what was typed"), so a search that silently misses or adds a
customer fails here.
"""
from __future__ import annotations

import keyring
import pytest

from app import security
from app.demo import fill_demo
from app.models.records import CustomerQuery
from app.models.repositories import CustomerRepo
from app.office import create_office
from app.pinyin import pinyin_keys
from tests.conftest import PASSWORD
from tests.support.keyrings import MemoryKeyring

DEMO_CUSTOMERS = 3000

EXPLICIT = {
    "zw1": {"name": "张伟", "kind": "person", "id_number": "11010519491231002X", "phone": "13800001234",
            "unit": "3-2-1201", "address": "福建省福州市鼓楼区五四路88号测试大厦", "level": "key"},
    "zw2": {"name": "张伟", "kind": "person", "id_number": "440524188001010014", "phone": "13912345678",
            "unit": "7-1-0302", "address": "北京市朝阳区建国路1号"},
    "co": {"name": "福州鸿运测试物业管理有限公司", "kind": "company", "id_number": "91350100M000100Y43",
           "phone": "0591-87654321", "unit": "", "address": "福州市台江区工业路1号", "company": "福州鸿运测试物业管理有限公司"},
    "odd": {"name": "O'Neil \"Quote\" [x]*?%", "kind": "person", "phone": "13700009999", "unit": "B2-056"},
    "ouyang": {"name": "欧阳娜娜", "kind": "person", "phone": "13600001111", "status": "moved_out"},
}


class Demo:
    pass


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One office with 3,000 demo customers plus a few known ones, shared by the read-only tests."""
    previous_ring, previous_n = keyring.get_keyring(), security.SCRYPT_N
    keyring.set_keyring(MemoryKeyring())
    security.SCRYPT_N = 2 ** 10
    try:
        created = create_office(tmp_path_factory.mktemp("search") / "office.kdb", company="鸿运物业",
                                admin_username="admin", admin_display_name="王管理", admin_password=PASSWORD)
        office, admin = created.office, created.admin
        assert fill_demo(office, admin, customers=DEMO_CUSTOMERS, seed=7) == DEMO_CUSTOMERS
        d = Demo()
        d.office, d.admin = office, admin
        d.ids = {k: office.customers.create(admin, v, allow_duplicates=True).id for k, v in EXPLICIT.items()}
        office.auth.create_user(admin, "viewer1", "", "viewer", PASSWORD)
        d.viewer = office.auth.login("viewer1", PASSWORD)
        cols = ("id", "code", "name", "kind", "level", "status", "id_number", "phone", "unit", "address",
                "company", "updated_at")
        d.rows = [dict(zip(cols, r)) for r in office.db.query(f"SELECT {', '.join(cols)} FROM customers")]
        for r in d.rows:
            r["initials"], r["full"] = pinyin_keys(r["name"])
    finally:
        keyring.set_keyring(previous_ring)
        security.SCRYPT_N = previous_n
    yield d
    office.close()


def _search(d, text="", session=None, **kw) -> list[int]:
    return d.office.customers.search(session or d.admin, CustomerQuery(text=text, **kw))


def _visible(d):
    return [r for r in d.rows if r["status"] != "destroyed"]


def _contains(d, term, fields=("name", "company", "address", "unit")) -> set[int]:
    t = term.lower()
    return {r["id"] for r in _visible(d) if any(t in (r[f] or "").lower() for f in fields)}


TEXT_FIELDS = ("code", "name", "phone", "id_number", "unit", "address", "company", "initials", "full")


def _substring_anywhere(d, term) -> set[int]:
    t = term.lower()
    out = set()
    for r in _visible(d):
        values = [(r[f] or "").lower() for f in TEXT_FIELDS] + [r["phone"].replace("-", "")]
        if any(t in v for v in values):
            out.add(r["id"])
    return out


def test_demo_office_is_large_and_varied(demo):
    assert demo.office.customers.count() == DEMO_CUSTOMERS + len(EXPLICIT)
    kinds = {r["kind"] for r in demo.rows}
    assert kinds == {"person", "company"}
    assert len(_search(demo)) == len(_visible(demo))


# ------------------------------------------------------------------ Chinese text
@pytest.mark.parametrize("term", ["张", "王", "李", "陈", "林"])
def test_one_chinese_character_finds_every_customer_containing_it(demo, term):
    expected = _contains(demo, term)
    assert len(expected) > 20
    assert set(_search(demo, term)) == expected


@pytest.mark.parametrize("term", ["张伟", "王芳", "欧阳", "福州", "鼓楼", "大厦"])
def test_two_chinese_characters_find_every_customer_containing_them(demo, term):
    expected = _contains(demo, term)
    assert set(_search(demo, term)) == expected
    if term == "张伟":
        assert {demo.ids["zw1"], demo.ids["zw2"]} <= expected


def test_two_character_name_does_not_match_the_characters_apart(demo):
    """张伟 must not find 张建伟 or a 张 in the name and a 伟 in the address."""
    found = _search(demo, "张伟")
    by_id = {r["id"]: r for r in demo.rows}
    for cid in found:
        r = by_id[cid]
        assert any("张伟" in r[f] for f in ("name", "company", "address", "unit")), r


@pytest.mark.parametrize("term", ["鼓楼区", "五四路", "物业管理", "有限公司", "福州鸿运测试", "测试大厦"])
def test_three_or_more_chinese_characters_find_addresses_and_companies(demo, term):
    expected = _contains(demo, term)
    assert expected
    assert set(_search(demo, term)) == expected


def test_company_found_by_part_of_its_name(demo):
    assert demo.ids["co"] in _search(demo, "鸿运测试物业")
    assert _search(demo, "鸿运测试物业", kind="company") == [demo.ids["co"]]


# ------------------------------------------------------------------ pinyin
def test_pinyin_initials_find_zhang_wei(demo):
    found = set(_search(demo, "zw"))
    assert {demo.ids["zw1"], demo.ids["zw2"]} <= found
    expected = {r["id"] for r in _visible(demo) if r["initials"].startswith("zw")}
    assert found == expected


@pytest.mark.parametrize("term", ["w", "wf", "ZW", "ly", "oyn"])
def test_pinyin_initials_prefix(demo, term):
    found = set(_search(demo, term))
    t = term.lower()
    if len(t) < 3:
        expected = {r["id"] for r in _visible(demo) if r["initials"].startswith(t)}
        assert found == expected
    else:
        assert {r["id"] for r in _visible(demo) if r["initials"].startswith(t)} <= found
    assert found


def test_full_pinyin_finds_zhang_wei(demo):
    found = set(_search(demo, "zhangwei"))
    assert {demo.ids["zw1"], demo.ids["zw2"]} <= found
    assert found == _substring_anywhere(demo, "zhangwei")
    assert demo.ids["ouyang"] in _search(demo, "ouyangnana")
    assert demo.ids["ouyang"] in _search(demo, "OuYang")


# ------------------------------------------------------------------ numbers, units, codes
@pytest.mark.parametrize("term", ["138", "1380000", "13800001234", "139123"])
def test_phone_prefix(demo, term):
    found = set(_search(demo, term))
    assert found == _substring_anywhere(demo, term)
    target = "zw1" if term.startswith("138") else "zw2"
    assert demo.ids[target] in found


@pytest.mark.parametrize("term", ["1234", "0001234", "2345678", "87654321", "059187654321"])
def test_phone_digits_anywhere(demo, term):
    found = set(_search(demo, term))
    assert found == _substring_anywhere(demo, term)
    assert found


def test_landline_found_with_and_without_dash(demo):
    assert demo.ids["co"] in _search(demo, "0591-87654321")
    assert demo.ids["co"] in _search(demo, "059187654321")
    assert demo.ids["co"] in _search(demo, "87654321")


@pytest.mark.parametrize("term", ["19491231", "11010519491231002X", "11010519491231002x", "002X", "1880010100"])
def test_id_number_digits(demo, term):
    found = set(_search(demo, term))
    assert found == _substring_anywhere(demo, term)
    target = "zw2" if term.startswith("188") else "zw1"
    assert demo.ids[target] in found


def test_credit_code(demo):
    assert demo.ids["co"] in _search(demo, "91350100M000100Y43")
    assert demo.ids["co"] in _search(demo, "m000100y")


def test_unit_number(demo):
    found = set(_search(demo, "3-2-1201"))
    assert demo.ids["zw1"] in found
    assert found == _substring_anywhere(demo, "3-2-1201")
    assert demo.ids["odd"] in _search(demo, "B2-056")


def test_customer_code(demo):
    by_id = {r["id"]: r for r in demo.rows}
    zw1_code = by_id[demo.ids["zw1"]]["code"]
    assert _search(demo, zw1_code) == [demo.ids["zw1"]]
    assert _search(demo, zw1_code.lower()) == [demo.ids["zw1"]]
    code = "KH000123"
    target = next(r["id"] for r in demo.rows if r["code"] == code)
    assert _search(demo, code) == [target]
    assert target in _search(demo, "KH")


def test_two_digit_prefix(demo):
    found = set(_search(demo, "13"))
    expected = {r["id"] for r in _visible(demo)
                if any(r[f].upper().startswith("13") for f in ("phone", "code", "unit", "id_number"))}
    assert found == expected


# ------------------------------------------------------------------ several terms, filters
def test_several_terms_must_all_match(demo):
    found = set(_search(demo, "张伟 1380"))
    assert found == _contains(demo, "张伟") & _substring_anywhere(demo, "1380")
    assert demo.ids["zw1"] in found and demo.ids["zw2"] not in found
    found = set(_search(demo, "张伟 1391"))
    assert demo.ids["zw2"] in found and demo.ids["zw1"] not in found
    assert set(_search(demo, "  张伟   zw  ")) == _contains(demo, "张伟") & {
        r["id"] for r in _visible(demo) if r["initials"].startswith("zw")}
    assert _search(demo, "张伟 不存在的地址") == []


@pytest.mark.parametrize("kw, field, value", [
    ({"kind": "company"}, "kind", "company"),
    ({"kind": "person"}, "kind", "person"),
    ({"level": "key"}, "level", "key"),
    ({"level": "potential"}, "level", "potential"),
    ({"status": "moved_out"}, "status", "moved_out"),
    ({"status": "active"}, "status", "active"),
])
def test_filters(demo, kw, field, value):
    found = set(_search(demo, **kw))
    expected = {r["id"] for r in _visible(demo) if r[field] == value}
    assert expected and found == expected


def test_filters_combine_with_text(demo):
    found = set(_search(demo, "张", kind="person", level="key"))
    expected = {r["id"] for r in _visible(demo)
                if r["kind"] == "person" and r["level"] == "key" and r["id"] in _contains(demo, "张")}
    assert found == expected
    assert demo.ids["zw1"] in found
    assert _search(demo, "欧阳娜娜", status="moved_out") == [demo.ids["ouyang"]]
    assert demo.ids["ouyang"] in _search(demo, "欧阳娜娜")
    assert _search(demo, "欧阳娜娜", status="active") == []


# ------------------------------------------------------------------ sorting
@pytest.mark.parametrize("column", CustomerRepo.SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_every_column(demo, column, descending):
    ids = _search(demo, sort=column, descending=descending)
    by_id = {r["id"]: r for r in demo.rows}
    values = [by_id[i][column] for i in ids]
    assert len(ids) == len(_visible(demo))
    assert values == sorted(values, reverse=descending)
    if column == "code":
        codes = [by_id[i]["code"] for i in ids]
        assert codes[0 if not descending else -1] == "KH000001"


def test_sort_with_search_text(demo):
    ids = _search(demo, "张", sort="name", descending=True)
    names = [next(r["name"] for r in demo.rows if r["id"] == i) for i in ids]
    assert names == sorted(names, reverse=True)


def test_unknown_sort_column_falls_back_safely(demo):
    ids = _search(demo, sort="name; DROP TABLE customers")
    assert ids == _search(demo, sort="code")
    assert demo.office.customers.count() == DEMO_CUSTOMERS + len(EXPLICIT)


# ------------------------------------------------------------------ odd input
@pytest.mark.parametrize("query", [
    '"', "*", "?", "[", "'", "%", "_", "\\", "-", "^", "(", ")", ":", "+", "NEAR", "AND", "OR", "NOT",
    '"张', '张"', "张*", "[张", "'张'", "%张%", '"""', "***", "???", "[[[", "'''", "%%%", "a*b", "[abc", "a?c",
    "NEAR(a b)", "name:张", "张 OR 王", "-张", '" OR 1=1 --', "'; DROP TABLE customers;--", "\t", "   ",
    "😀", "𠀀", "张😀", "ＡＢＣ", "１３８",
])
def test_special_characters_never_raise(demo, query):
    found = _search(demo, query)
    assert isinstance(found, list)
    assert demo.office.customers.count() == DEMO_CUSTOMERS + len(EXPLICIT)


@pytest.mark.parametrize("query", ["%%%", "***", "???", "[[[", "'''", '"""', "%", "*", "?", "["])
def test_wildcards_are_taken_literally(demo, query):
    found = set(_search(demo, query))
    assert found == _substring_anywhere(demo, query) or (
        len(query) < 3 and found <= _substring_anywhere(demo, query))
    assert len(found) < 10


def test_name_with_quotes_and_brackets_is_found(demo):
    odd = demo.ids["odd"]
    for q in ("O'Neil", '"Quote"', "[x]*?%", "Quote", "'Ne"):
        assert odd in _search(demo, q), q


def test_empty_query_lists_everyone(demo):
    assert set(_search(demo, "")) == {r["id"] for r in _visible(demo)}
    assert set(_search(demo, "   ")) == {r["id"] for r in _visible(demo)}


# ------------------------------------------------------------------ roles
def test_viewer_searches_the_same_and_sees_masked_rows(demo):
    assert _search(demo, "张伟", session=demo.viewer) == _search(demo, "张伟")
    rows = demo.office.customers.rows(demo.viewer, [demo.ids["zw1"]])
    row = rows[demo.ids["zw1"]]
    assert row[5] == "138****1234" and row[6] == "110105********002X"
    # the list row holds what the columns show: code, name, type, level, phone, ID, unit, address, status, updated
    assert row[2] == "张伟" and row[7] == "3-2-1201" and row[9] == "active"


# ------------------------------------------------------------------ updates reach the index
def test_renamed_customer_is_found_under_the_new_name_only(office, admin):
    fill_demo(office, admin, customers=200, seed=3)
    c = office.customers.create(admin, {"name": "张伟", "phone": "13800001234", "unit": "3-2-1201",
                                        "address": "福州市鼓楼区五四路88号"}, allow_duplicates=True)

    def s(text):
        return office.customers.search(admin, CustomerQuery(text=text))

    for q in ("张伟", "zw", "zhangwei", "张"):
        assert c.id in s(q), q
    office.customers.update(admin, c.id, {"name": "司马光", "phone": "13911112222", "unit": "8-8-0808"})
    for q in ("张伟", "zw", "zhangwei", "13800001234", "3-2-1201"):
        assert c.id not in s(q), q
    for q in ("司马光", "司马", "司", "smg", "simaguang", "13911112222", "8-8-0808", "五四路"):
        assert c.id in s(q), q
    assert s("司马光 13911112222") == [c.id]
