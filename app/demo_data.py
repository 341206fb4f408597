"""Deterministic demo customers for a Chinese property / lending office.

No Qt, no database. ``generate_customers(n, seed)`` yields plain dicts that
the demo loader, the benchmarks and the tests can feed to the services. The
same seed always gives the same customers. ``DossierPlanner`` adds what makes
a dossier look lived-in (entries of every kind as a clerk would type them,
tags, custom field values); ``render_attachment`` draws small scans and PDFs
(Pillow and reportlab, imported only when called).

Everything that looks like an identifier is *valid*: resident ID numbers pass
GB 11643 (real past birth date, real region code, gender-consistent sequence
digit), credit codes pass GB 32100 (with a GB 11714 organisation code inside),
phones are well-formed mobiles or landlines with the city's real area code.
The people and companies themselves are fictional.
"""
from __future__ import annotations

import datetime as _dt
import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from operator import mul
from typing import Any, NamedTuple, TypeVar

from app.validation import ID_CHECK, ID_WEIGHTS, USCC_ALPHABET, USCC_WEIGHTS

__all__ = [
    "CUSTOM_FIELDS", "DEFAULT_SEED", "DEMO_TAGS", "REGIONS", "AttachmentSpec", "Dossier", "DossierPlanner", "Region",
    "attachment_specs", "generate_customers", "make_duplicate", "make_id_number", "make_uscc", "render_attachment",
]

DEFAULT_SEED = 20261122
_T = TypeVar("_T")


class Region(NamedTuple):
    code: str  # 6-digit administrative division code (GB/T 2260)
    province: str  # "" for the municipalities directly under the central government
    city: str  # full city name, e.g. 福州市
    district: str
    area_code: str  # landline area code


# Real division codes (GB/T 2260) with their cities and landline area codes.
REGIONS: tuple[Region, ...] = (
    Region("350102", "福建省", "福州市", "鼓楼区", "0591"),
    Region("350103", "福建省", "福州市", "台江区", "0591"),
    Region("350104", "福建省", "福州市", "仓山区", "0591"),
    Region("350105", "福建省", "福州市", "马尾区", "0591"),
    Region("350111", "福建省", "福州市", "晋安区", "0591"),
    Region("350203", "福建省", "厦门市", "思明区", "0592"),
    Region("350206", "福建省", "厦门市", "湖里区", "0592"),
    Region("110105", "", "北京市", "朝阳区", "010"),
    Region("110108", "", "北京市", "海淀区", "010"),
    Region("110101", "", "北京市", "东城区", "010"),
    Region("310104", "", "上海市", "徐汇区", "021"),
    Region("310115", "", "上海市", "浦东新区", "021"),
    Region("120101", "", "天津市", "和平区", "022"),
    Region("500103", "", "重庆市", "渝中区", "023"),
    Region("440305", "广东省", "深圳市", "南山区", "0755"),
    Region("440304", "广东省", "深圳市", "福田区", "0755"),
    Region("440106", "广东省", "广州市", "天河区", "020"),
    Region("440104", "广东省", "广州市", "越秀区", "020"),
    Region("330106", "浙江省", "杭州市", "西湖区", "0571"),
    Region("330102", "浙江省", "杭州市", "上城区", "0571"),
    Region("320102", "江苏省", "南京市", "玄武区", "025"),
    Region("320106", "江苏省", "南京市", "鼓楼区", "025"),
    Region("320508", "江苏省", "苏州市", "姑苏区", "0512"),
    Region("510107", "四川省", "成都市", "武侯区", "028"),
    Region("510104", "四川省", "成都市", "锦江区", "028"),
    Region("420106", "湖北省", "武汉市", "武昌区", "027"),
    Region("430104", "湖南省", "长沙市", "岳麓区", "0731"),
    Region("370102", "山东省", "济南市", "历下区", "0531"),
    Region("370202", "山东省", "青岛市", "市南区", "0532"),
    Region("610113", "陕西省", "西安市", "雁塔区", "029"),
    Region("410105", "河南省", "郑州市", "金水区", "0371"),
    Region("340104", "安徽省", "合肥市", "蜀山区", "0551"),
    Region("360102", "江西省", "南昌市", "东湖区", "0791"),
    Region("530102", "云南省", "昆明市", "五华区", "0871"),
    Region("210102", "辽宁省", "沈阳市", "和平区", "024"),
)
# Local office: the seven Fujian districts get most of the customers.
_REGION_CUM = list(accumulate(8.0 if r.province == "福建省" else 1.0 for r in REGIONS))

# Surnames with rough relative frequencies (per mille of the population).
_SURNAME_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 21),
    ("吴", 20), ("周", 19), ("徐", 13), ("孙", 13), ("马", 12), ("朱", 12), ("胡", 11), ("郭", 11),
    ("何", 10), ("高", 10), ("林", 10), ("罗", 9), ("郑", 8), ("梁", 8), ("谢", 7), ("宋", 6),
    ("唐", 6), ("许", 5.5), ("韩", 5.5), ("冯", 5), ("邓", 5), ("曹", 5), ("彭", 4.8), ("曾", 4.7),
    ("肖", 4.6), ("田", 4.5), ("董", 4.4), ("袁", 4.3), ("潘", 4.2), ("于", 4.1), ("蒋", 4), ("蔡", 3.9),
    ("余", 3.8), ("杜", 3.7), ("叶", 3.6), ("程", 3.5), ("苏", 3.4), ("魏", 3.3), ("吕", 3.2), ("丁", 3.1),
    ("任", 3), ("沈", 2.9), ("姚", 2.8), ("卢", 2.7), ("姜", 2.6), ("崔", 2.5), ("钟", 2.4), ("谭", 2.3),
    ("陆", 2.2), ("汪", 2.1), ("范", 2), ("金", 2), ("石", 2), ("廖", 2), ("贾", 1.9), ("夏", 1.8),
    ("韦", 1.7), ("方", 1.6), ("白", 1.5), ("邱", 1.5), ("欧阳", 0.5), ("司徒", 0.2), ("上官", 0.1),
    ("司马", 0.1), ("诸葛", 0.05),
)
_SURNAMES = tuple(s for s, _ in _SURNAME_WEIGHTS)
_SURNAME_CUM = list(accumulate(w for _, w in _SURNAME_WEIGHTS))

# Given-name characters (about 180 distinct); a few appear in both lists, as in life.
_MALE_CHARS = "".join(dict.fromkeys(
    "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国峰亮成志文东海兵江毅晨瑞博天翔"
    "鸿展锋振家子嘉豪航睿轩泽然宏立永庆德胜金良荣祥贵福生山松柏虎彬晖昊哲诚铭逸远弘卫忠义新宗"
    "钧楷栋坤琛炜岩川晋尧"
))
_FEMALE_CHARS = "".join(dict.fromkeys(
    "芳娜敏静丽艳娟霞燕玲萍红梅琳雪慧婷颖倩琴云莉洁欣怡佳悦雯蕾晶璐瑶露婧菲妍莹薇萱涵诗梦馨雅琪丹凤兰"
    "英秀桂珍玉月春晓美彤蓉淑惠青娇婉嫣思雨可楠媛曼芸蓓巧爱秋冰琼岚珊菁璇"
))
# Very common whole given names: these make the 张伟 / 王芳 / 李秀英 repeats.
_COMMON_MALE = ("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "建华", "建国", "志强", "海涛")
_COMMON_FEMALE = ("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "秀兰", "桂英", "玉兰", "丽娟", "婷婷")

# Company names: city + 2-character brand + industry + legal form.
_BRAND_CHARS = "鑫达华泰恒盛宏源兴隆嘉瑞佳博众创汇通信德金润丰安康明宇天海远正和美新力鼎诚益晟昊锦辉腾凯永祥福泽同合晨星旭锐志中联立景峰弘豪"
_INDUSTRIES = (
    "贸易", "科技", "建筑工程", "物业管理", "餐饮管理", "商贸", "电子", "信息技术", "文化传媒", "装饰工程",
    "物流", "食品", "服装", "医疗器械", "网络科技", "投资", "实业", "环保科技", "教育咨询", "广告",
    "汽车服务", "酒店管理", "机械设备", "企业管理咨询", "房地产经纪", "家具", "五金", "印刷", "生物科技", "新能源",
)
_LEGAL_FORMS = ("有限公司",) * 45 + ("股份有限公司",) * 4 + ("有限责任公司",)
# Employers that are not companies; "{c}" is the short city name.
_INSTITUTIONS = (
    "{c}市第一医院", "{c}市人民医院", "中国建设银行{c}分行", "中国工商银行{c}分行", "{c}市实验小学",
    "{c}市第三中学", "国网{c}供电公司", "{c}市税务局", "{c}市公安局", "{c}地铁集团有限公司",
    "{c}市自来水有限公司", "中国移动{c}分公司", "{c}市中医院", "{c}日报社",
)

_ROADS = (
    "五四路", "人民路", "解放路", "中山路", "建设路", "和平路", "长江路", "黄河路", "新华路", "胜利路",
    "文化路", "工业路", "学府路", "滨江大道", "东风路", "青年路", "花园路", "光明路", "幸福路", "湖东路",
    "北环路", "南湖路", "西湖路", "东街", "杨桥路", "华林路", "六一路", "工业大道", "科技路", "金山大道",
)
_OFFICE_BUILDINGS = ("大厦", "广场", "中心", "商务楼")
_ESTATES = ("花园", "小区", "公寓", "新村", "苑")
_DAILY_RELATIONS = ("同事", "朋友", "亲属", "保姆", "秘书")
_FINANCE_ROLES = ("财务", "出纳", "会计", "行政")
_COMPANY_EMERGENCY = ("总经理", "办公室主任", "股东", "同事")

_MOBILE_PREFIXES = tuple(
    [f"13{d}" for d in range(10)] * 3
    + [f"15{d}" for d in (0, 1, 2, 3, 5, 6, 7, 8, 9)] * 2
    + [f"18{d}" for d in range(10)] * 2
    + ["177", "176", "173", "147", "166", "191", "195", "198", "199"]
)

# As numbers: 138 * 10**8 + 12345678 is the mobile 13812345678 (no zero-padding to format).
_MOBILE_PREFIX_NUMBERS = tuple(int(p) * 100_000_000 for p in _MOBILE_PREFIXES)

_PERSON_NOTES = (
    "按时缴费", "有宠物狗一只", "老人独居，注意关照", "车位B2-056", "装修中", "租户，房东在外地", "常年出差，联系紧急联系人",
    "钥匙一把由物业代保管", "已签电子账单", "曾投诉噪音", "需提前预约上门", "长期欠费，已催缴", "VIP客户",
)
_COMPANY_NOTES = (
    "需开增值税专用发票", "按季度缴费", "法人常驻外地", "合同将于年底到期", "有仓储需求", "已提交营业执照复印件",
    "押金已收", "担保人：母公司", "月结客户",
)
_CONTACT_NOTES = ("工作日9:00-18:00", "微信同号", "仅限紧急情况", "晚上联系", "不接陌生电话，请先发短信")

# Every birth date from 1950-01-01 to 2004-12-31 as YYYYMMDD (20k short strings, built once).
_BIRTH_DATES = tuple(
    _dt.date.fromordinal(o).strftime("%Y%m%d")
    for o in range(_dt.date(1950, 1, 1).toordinal(), _dt.date(2004, 12, 31).toordinal() + 1)
)
_LEVELS = ("key", "normal", "potential")
_LEVEL_CUM = (0.15, 0.80, 1.0)
_GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}

# Pre-built combinations, so that one random draw picks a whole piece of text.
# Units: building 1-30, entrance 1-4, floor 1-33, rooms 01-04 on a floor: "3-2-1201".
_UNITS = tuple(
    f"{b}-{e}-{f}{r:02d}" for b in range(1, 31) for e in range(1, 5) for f in range(1, 34) for r in range(1, 5)
)
_BRANDS = tuple(a + b for a in _BRAND_CHARS for b in _BRAND_CHARS if a != b)
_MALE_PAIRS = tuple(a + b for a in _MALE_CHARS for b in _MALE_CHARS)
_FEMALE_PAIRS = tuple(a + b for a in _FEMALE_CHARS for b in _FEMALE_CHARS)
_FAMILY = (("父亲", True), ("母亲", False), ("儿子", True), ("女儿", False), ("兄弟", True), ("姐妹", False))

# ``rng.random`` bound once; the private helpers take it instead of the Random object.
# ``random.Random.choice``/``randint`` cost several Python-level calls each, and the
# generator makes about 35 draws per customer, so ``_pick`` over ``random()`` (one C call)
# is what keeps 100k customers fast.
_Rand = Callable[[], float]


def _pick(r: _Rand, seq: Sequence[_T]) -> _T:
    """A uniformly chosen element of ``seq``."""
    return seq[int(r() * len(seq))]


def _int(r: _Rand, low: int, high: int) -> int:
    """A uniformly chosen integer in ``low..high`` inclusive (ranges here are far below 2**53)."""
    return low + int(r() * (high - low + 1))


# The check characters below follow the very rules of app.validation (same weight tables),
# written for speed because the generator computes 100k of them; the tests run every
# generated code through app.validation to prove they agree.
def _id_sum(digits: str, weights: Sequence[int]) -> int:
    return sum(map(mul, map(int, digits), weights))


# The GB 11643 weighted sum splits into region (digits 1-6), birth date (7-14) and
# sequence (15-17) parts; the birth and sequence parts are tabulated once.
_BIRTH_SUMS = tuple(_id_sum(b, ID_WEIGHTS[6:14]) for b in _BIRTH_DATES)
_SEQ_SUMS = tuple(_id_sum(f"{n:03d}", ID_WEIGHTS[14:]) for n in range(1000))


def _uscc_check(first17: str) -> str:
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, first17), USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def _pick_region(r: _Rand) -> Region:
    return REGIONS[bisect(_REGION_CUM, r() * _REGION_CUM[-1])]


def _region_code(region: Region | str | None, r: _Rand) -> str:
    if region is None:
        return _pick_region(r).code
    code = region.code if isinstance(region, Region) else region
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        raise ValueError(f"region code must be 6 digits, got {code!r}")
    return code


def _id_number(r: _Rand, region: Region | str | None, birth: _dt.date | None, male: bool | None) -> str:
    code = _region_code(region, r)
    if birth is None:
        i = int(r() * len(_BIRTH_DATES))
        born, born_sum = _BIRTH_DATES[i], _BIRTH_SUMS[i]
    else:
        born = f"{birth.year:04d}{birth.month:02d}{birth.day:02d}"
        born_sum = _id_sum(born, ID_WEIGHTS[6:14])
    if male is None:
        male = r() < 0.5
    seq = _int(r, 1, 499) * 2 + male  # 002..999; odd for men, even for women
    total = _id_sum(code, ID_WEIGHTS) + born_sum + _SEQ_SUMS[seq]
    return f"{code}{born}{seq:03d}{ID_CHECK[total % 11]}"


def make_id_number(
    rng: random.Random,
    region: Region | str | None = None,
    birth: _dt.date | None = None,
    *,
    male: bool | None = None,
) -> str:
    """A valid 18-character resident ID number (GB 11643-1999).

    ``region`` is a 6-digit division code or a ``Region`` (random from ``REGIONS``
    if None), ``birth`` a date (random in 1950-2004 if None; pass a past date if
    the number is to validate); the 17th digit is odd for men and even for women
    (random if ``male`` is None).
    """
    return _id_number(rng.random, region, birth, male)


def _org_code(r: _Rand) -> str:
    """A GB 11714 organisation code (8 characters + check), as embedded in a credit code."""
    if r() < 0.6:  # codes issued since 2015 start with "MA"
        body = "MA" + "".join([_pick(r, USCC_ALPHABET) for _ in range(6)])
    else:
        body = f"{int(r() * 1e8):08d}"
    # GB 11714: digits count 0-9, letters 10-35 (A=10 … Z=35), i.e. base-36 digit values.
    total = sum(int(c, 36) * w for c, w in zip(body, _GB11714_WEIGHTS))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def _uscc(r: _Rand, region: Region | str | None) -> str:
    first17 = "91" + _region_code(region, r) + _org_code(r)
    return first17 + _uscc_check(first17)


def make_uscc(rng: random.Random, region: Region | str | None = None) -> str:
    """A valid unified social credit code (GB 32100-2015) of an enterprise:
    ``91`` (registered by market regulation, enterprise) + region + organisation code + check."""
    return _uscc(rng.random, region)


def _mobile(r: _Rand) -> str:
    # One draw for both parts: the integer part picks the prefix, the fraction
    # (still ~47 random bits) gives the eight remaining digits.
    x = r() * len(_MOBILE_PREFIX_NUMBERS)
    i = int(x)
    return str(_MOBILE_PREFIX_NUMBERS[i] + int((x - i) * 1e8))


def _landline(r: _Rand, region: Region) -> str:
    return f"{region.area_code}-{_int(r, 2, 8)}{int(r() * 1e7):07d}"


def _surname(r: _Rand) -> str:
    return _SURNAMES[bisect(_SURNAME_CUM, r() * _SURNAME_CUM[-1])]


def _given_name(r: _Rand, male: bool) -> str:
    # A quarter very common names, a fifth single characters, the rest two characters.
    names = r() * 100.0
    if names < 25.0:
        table = _COMMON_MALE if male else _COMMON_FEMALE
        return table[int(names / 25.0 * len(table))]
    table = (_MALE_CHARS if male else _FEMALE_CHARS) if names < 45.0 else (_MALE_PAIRS if male else _FEMALE_PAIRS)
    return table[int(r() * len(table))]


def _person_name(r: _Rand, male: bool) -> str:
    return _surname(r) + _given_name(r, male)


def _company_name(r: _Rand, region: Region) -> str:
    # 福州 + 鑫达 + 贸易 + 有限公司
    return region.city[:-1] + _pick(r, _BRANDS) + _pick(r, _INDUSTRIES) + _pick(r, _LEGAL_FORMS)


def _address(r: _Rand, region: Region, company: bool) -> str:
    head = f"{region.province}{region.city}{region.district}{_pick(r, _ROADS)}{_int(r, 1, 399)}号"
    if company:
        if r() < 0.6:  # an office building and a room: …158号鑫达大厦1203室
            return f"{head}{_pick(r, _BRANDS)}{_pick(r, _OFFICE_BUILDINGS)}{_int(r, 2, 28)}{_int(r, 1, 20):02d}室"
    elif r() < 0.5:  # a residential estate: …158号鑫达花园
        return f"{head}{_pick(r, _BRANDS)}{_pick(r, _ESTATES)}"
    return head


def _note(r: _Rand, notes: Sequence[str], share: float) -> str:
    return _pick(r, notes) if r() < share else ""


def _contact(r: _Rand, role: str, name: str, relation: str, phone: str = "") -> dict[str, str]:
    return {
        "role": role,
        "name": name,
        "phone": phone or _mobile(r),
        "relation": relation,
        "note": _note(r, _CONTACT_NOTES, 0.15),
    }


def _relative(r: _Rand, surname: str, customer_male: bool) -> tuple[str, str]:
    """(name, relation) of a family member; blood relatives share the customer's surname."""
    if r() < 0.45:
        return _person_name(r, not customer_male), "配偶"
    relation, male = _pick(r, _FAMILY)
    family = _surname(r) if relation == "母亲" else surname
    return family + _given_name(r, male), relation


def _person(r: _Rand, used_ids: set[str]) -> dict[str, Any]:
    male = r() < 0.5
    region = _pick_region(r)  # where the ID was issued; most people still live there
    surname = _surname(r)
    name = surname + _given_name(r, male)
    id_number = _id_number(r, region.code, None, male)
    while id_number in used_ids:  # rare, but at 100k people a few collisions happen
        id_number = _id_number(r, region.code, None, male)
    used_ids.add(id_number)

    x = r()
    if x < 0.5:
        employer = ""
    elif x < 0.85:
        employer = _company_name(r, region if r() < 0.7 else _pick_region(r))
    else:
        employer = _pick(r, _INSTITUTIONS).format(c=region.city[:-1])

    rel_name, relation = _relative(r, surname, male)
    emergency = _contact(r, "emergency", rel_name, relation)
    if r() < 0.4:
        daily = _contact(r, "daily", _person_name(r, r() < 0.5), _pick(r, _DAILY_RELATIONS))
        contacts = [daily, emergency]
    else:
        contacts = [emergency]

    return {
        "name": name,
        "kind": "person",
        "level": _LEVELS[bisect(_LEVEL_CUM, r())],
        "status": "moved_out" if r() < 0.05 else "active",
        "id_number": id_number,
        "phone": _mobile(r),
        "unit": "" if r() < 0.2 else _pick(r, _UNITS),
        "address": _address(r, region if r() < 0.7 else _pick_region(r), False),
        "company": employer,
        "note": _note(r, _PERSON_NOTES, 0.3),
        "contacts": contacts,
    }


def _company(r: _Rand, used_ids: set[str]) -> dict[str, Any]:
    region = _pick_region(r)
    name = _company_name(r, region)
    uscc = _uscc(r, region.code)
    while uscc in used_ids:
        uscc = _uscc(r, region.code)
    used_ids.add(uscc)

    contacts = [
        _contact(r, "main", _person_name(r, r() < 0.7), "法定代表人"),
        _contact(r, "daily", _person_name(r, r() < 0.3), _pick(r, _FINANCE_ROLES)),
    ]
    if r() < 0.6:
        contacts.append(_contact(r, "emergency", _person_name(r, r() < 0.5), _pick(r, _COMPANY_EMERGENCY)))
    # A tenth of the companies give their switchboard, the others the legal representative's mobile.
    phone = _landline(r, region) if r() < 0.1 else contacts[0]["phone"]

    return {
        "name": name,
        "kind": "company",
        "level": _LEVELS[bisect(_LEVEL_CUM, r())],
        "status": "moved_out" if r() < 0.05 else "active",
        "id_number": uscc,
        "phone": phone,
        "unit": "" if r() < 0.2 else _pick(r, _UNITS),
        "address": _address(r, region, True),
        "company": name,
        "note": _note(r, _COMPANY_NOTES, 0.3),
        "contacts": contacts,
    }


def generate_customers(n: int, seed: int = DEFAULT_SEED) -> Iterator[dict[str, Any]]:
    """Yield ``n`` demo customers; the same ``seed`` always yields the same customers.

    Keys: name, kind ("person" ~80% / "company"), level ("key" ~15% / "normal"
    ~65% / "potential" ~20%), status ("active" / "moved_out" ~5%), id_number
    (resident ID number for a person, unified social credit code for a
    company), phone, unit ("" for ~20%), address, company (a person's employer
    or ""; a company's own name), note, contacts: a list of dicts with role
    ("main"/"daily"/"emergency"), name, phone, relation and note. A person has
    an emergency contact and sometimes a daily one; a company has its legal
    representative (main), a finance contact (daily) and often an emergency one.
    ID numbers and credit codes are unique within one call.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    r = random.Random(seed).random
    used_ids: set[str] = set()
    for _ in range(n):
        yield _person(r, used_ids) if r() < 0.8 else _company(r, used_ids)


# =====================================================================================================
# Dossiers: entries of every kind, tags and custom field values for a fixed-size subset of customers
# =====================================================================================================

DOSSIER_CUSTOMERS = 300  # customers that get a dossier, whatever the size of the demo
BUSY_CUSTOMERS = 4  # of them, the first active ones have a long history (30-80 entries)
DEMO_TAGS = ("VIP", "老客户", "欠费提醒", "重点关注")
# Created once per office (when absent) by the demo loader; "" = for persons and companies alike.
CUSTOM_FIELDS: tuple[dict[str, Any], ...] = (
    {"label": "车位号", "type": "text", "customer_kind": ""},
    {"label": "客户来源", "type": "choice", "customer_kind": "", "choices": ["老客户介绍", "网络", "上门", "其他"]},
)
_SOURCES = ("老客户介绍",) * 4 + ("上门",) * 3 + ("网络",) * 2 + ("其他",)

# What happens in a property office, as the clerk would type it.
_REPAIRS_HOME = (
    ("卫生间水管漏水，楼下天花板渗水", "卫生间"), ("厨房下水道堵塞，排水很慢", "厨房"),
    ("电梯异响，运行时有明显抖动", "{b}号楼电梯"), ("入户门锁损坏，钥匙转不动", "入户门"),
    ("客厅灯不亮，疑似线路故障", "客厅"), ("楼道声控灯损坏", "{b}号楼{e}单元楼道"),
    ("门禁卡失灵，刷卡无反应", "{b}号楼{e}单元门禁"), ("窗户密封条老化，下雨渗水", "主卧窗户"),
    ("空调外机支架松动，有安全隐患", "外墙空调位"), ("燃气热水器打不着火", "厨房"), ("墙面返潮发霉", "次卧"),
    ("水表读数异常，疑似暗管漏水", "水表井"), ("地漏返臭味", "阳台"), ("可视对讲门铃没有声音", "入户门"),
    ("水压太低，早晚高峰热水器启动不了", "{b}号楼{e}单元"),
)
_REPAIRS_OFFICE = (
    ("办公室中央空调不制冷", "办公室"), ("消防喷淋头滴水", "走廊"), ("配电箱频繁跳闸", "配电间"),
    ("卷帘门卡住，无法升降", "仓库"), ("卫生间水箱漏水", "公共卫生间"), ("网络弱电井进水", "弱电井"),
    ("玻璃门地弹簧损坏，门关不上", "前台"), ("电梯异响，运行时有明显抖动", "{b}号楼电梯"),
)
_FITTERS = ("王师傅", "李师傅", "陈师傅", "张工", "刘工", "黄师傅", "维修班 林师傅")
_REPAIR_RESULTS = ("已回访，业主满意", "已回访，维修及时", "已回访，问题未再出现", "客户表示基本满意", "更换配件后正常")
_COMPLAINTS = (
    "楼上夜间噪音扰民，影响休息", "小区内车辆乱停乱放，堵塞消防通道", "垃圾清运不及时，楼道有异味",
    "保安态度生硬，外来车辆登记混乱", "邻居宠物狗不拴绳，吓到小孩", "电梯维修时间过长，老人上下楼不便",
    "绿化带长期无人修剪，蚊虫多", "物业费上调未提前公示", "快递柜故障，包裹取不出来", "楼下商铺油烟扰民",
    "装修施工周末仍在电钻作业", "地下车库照明不足，存在安全隐患", "楼道堆放杂物无人清理",
)
_HANDLERS = ("客服部 林小姐", "客服部 陈经理", "物业经理 郑建国", "秩序部 吴队长", "工程部 何主管")
_COMPLAINT_RESULTS = (
    "已上门协调，对方承诺整改", "已安排专人处理并加强巡查", "已联系清运公司增加清运频次", "已通知维保单位检修",
    "已张贴公示说明情况", "经核实属实，已对相关人员批评教育", "已发整改通知书，限期整改",
)
_FEEDBACK = ("已电话告知处理结果，业主认可", "已微信回复业主", "业主表示满意", "业主仍有意见，继续跟进")
_VISITS_DONE = (
    "回访满意", "节前走访，发放物业服务告知书", "上门走访，了解装修进度", "入住回访，介绍物业服务",
    "电话回访：对保洁服务满意", "年度满意度调查", "走访了解停车需求", "上门核对房屋面积及缴费信息",
)
_VISITS_PLANNED = (
    "回访：确认维修后使用情况", "回访：投诉处理结果", "走访：了解近期居住情况", "回访：了解对物业服务的意见",
    "上门核对水表读数", "回访：装修验收后情况",
)
_LETTERS_OUT = (
    "物业费催缴函", "停水通知（二次供水水箱清洗）", "缴费通知书", "违规停车整改通知书", "年度物业服务报告",
    "节假日安全告知书", "电梯年检停运通知", "装修审批意见书",
)
_LETTERS_IN = (
    "业主来信：关于电梯更新改造的建议", "装修申请表", "开具发票申请", "车位租赁申请", "书面投诉信：噪音扰民",
    "缴费凭证复印件", "关于减免滞纳金的申请",
)
_SIGNERS = ("物业经理 郑建国", "客服部 陈经理", "财务部 周会计")
_VIOLATIONS = (
    "违规停车，占用消防通道", "阳台违规搭建雨棚", "楼道堆放杂物，影响通行", "私拉电线为电动车充电",
    "高空抛物", "装修未报备擅自施工", "违规饲养大型犬", "占用公共绿地种菜",
)
_RENOVATIONS = (
    "厨房、卫生间翻新，更换地砖及洁具", "全屋硬装：水电改造、墙面、地面", "阳台封闭，加装防盗窗",
    "更换入户门及室内门", "卫生间防水重做", "墙面重新粉刷，更换木地板",
)
_RENOVATIONS_OFFICE = ("办公室隔断改造", "前台及会议室装修", "仓库加装货架及照明")
_CREDIT_NOTES = {
    "excellent": ("连续12个月按时缴费", "年度信用评估：优"),
    "good": ("偶有逾期，经提醒后及时缴清", "年度信用评估：良"),
    "fair": ("多次提醒后才缴费", "申请分期缴纳，已批准"),
    "poor": ("长期欠费，已发催缴函", "多次催缴未果，拟走法律程序"),
}
# Extra follow-ups given, one each, to the active customers after the busy ones, so that the
# "today" panel always has overdue payments, open repairs and complaints and return visits.
_SCENARIOS = (
    "overdue_fee", "open_repair", "visit_due", "open_complaint", "visit_planned", "repair_in_progress",
    "overdue_parking", "visit_due", "open_violation", "visit_planned", "overdue_fee", "open_complaint",
    "visit_due", "open_repair",
)


class Dossier(NamedTuple):
    role: str  # "busy", "follow_up" or "normal"
    entries: list[tuple[str, dict[str, str]]]  # (entry kind, fields as typed: dates YYYY-MM-DD, money in yuan)
    tags: list[str]
    extra: dict[str, str]  # custom field label -> value


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def _month(d: _dt.date, months: int = 0) -> _dt.date:
    """The first day of the month ``months`` after the month of ``d``."""
    m = d.month - 1 + months
    return _dt.date(d.year + m // 12, m % 12 + 1, 1)


def _quarter(d: _dt.date, quarters: int = 0) -> _dt.date:
    """The first day of the quarter ``quarters`` after the quarter of ``d``."""
    return _month(_dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1), 3 * quarters)


_DAY = _dt.timedelta(days=1)


class _Story:
    """One customer's history, built entry by entry (dates never after ``today`` unless planned)."""

    def __init__(self, r: random.Random, today: _dt.date, customer: dict[str, Any]):
        self.r, self.today, self.customer = r, today, customer
        self.company = customer["kind"] == "company"
        self.active = customer["status"] == "active"
        self.area = r.randint(8000, 60000) if self.company else r.randint(4500, 16800)  # 0.01 m²
        self.rate = r.choice((450, 550, 650, 800) if self.company else (180, 220, 250, 280, 320))  # fen / m² / month
        self.parking_fee = r.choice((15000, 20000, 25000, 30000))
        self.spot = self._spot() if r.random() < (0.5 if self.company else 0.3) else ""
        self.since = today - r.randint(90, 730) * _DAY  # on file since (history starts here)
        self.entries: list[tuple[str, dict[str, str]]] = []
        self._used: set[Any] = set()
        parts = customer["unit"].split("-")
        self.building, self.entrance = (parts[0], parts[1]) if len(parts) == 3 else ("1", "1")

    def _spot(self) -> str:
        # B1-A18: level, row letter, bay (no run of three digits, so it never looks like a phone fragment)
        return f"B{self.r.randint(1, 2)}-{self.r.choice('ABCDEF')}{self.r.randint(1, 60):02d}"

    def fresh(self, options: Sequence[_T]) -> _T:
        """One of ``options`` not yet used in this story while there are any (no two identical repairs)."""
        unused = [o for o in options if o not in self._used]
        choice = self.r.choice(unused or options)
        self._used.add(choice)
        return choice

    def add(self, kind: str, **fields: str | None) -> None:
        self.entries.append((kind, {k: v for k, v in fields.items() if v not in (None, "")}))

    def day(self, earliest: _dt.date | None = None, latest: _dt.date | None = None) -> _dt.date:
        lo, hi = earliest or self.since, latest or self.today
        return lo + self.r.randint(0, max(0, (hi - lo).days)) * _DAY

    def after(self, d: _dt.date, low: int, high: int) -> _dt.date:
        return min(self.today, d + self.r.randint(low, high) * _DAY)

    def receipt(self, d: _dt.date) -> str:
        return f"SJ{d:%Y%m}{self.r.randint(1, 9999):04d}"

    # ---- payments
    def _bill(self, item: str, start: _dt.date, stop: _dt.date, due: _dt.date, fen: int, unpaid: bool,
              billed: _dt.date | None = None) -> None:
        billed = billed or start
        fields = {"category": "fee", "item": item, "date": billed.isoformat(), "period_start": start.isoformat(),
                  "period_end": stop.isoformat(), "amount": _yuan(fen), "due_date": due.isoformat()}
        if unpaid:
            fields.update(status="unpaid", note=self.r.choice(("", "已电话提醒", "已短信提醒", "业主称月底前缴清")))
        else:
            paid = self.after(billed, 0, 50)
            fields.update(status="paid", paid_date=paid.isoformat(), receipt_no=self.receipt(paid),
                          note=self.r.choice(("", "", "微信支付", "银行转账", "现金")))
        self.add("payment", **fields)

    def fees(self, quarters: int, unpaid: int = 0, *, due: _dt.date | None = None) -> None:
        """Quarterly property fees ending with the current quarter; the last ``unpaid`` still open."""
        item = "物业管理费" if self.company else "物业费"
        fen = self.area * self.rate * 3 // 100
        for k in range(quarters - 1, -1, -1):
            start = _quarter(self.today, -k)
            stop = _quarter(start, 1) - _DAY
            open_ = k < unpaid and self.active
            bill_due = due if (due and k == 0) else start + 30 * _DAY
            self._bill(f"{item} {start.year}年第{(start.month - 1) // 3 + 1}季度", start, stop, bill_due, fen, open_)

    def parking(self, months: int, unpaid: int = 0, *, due: _dt.date | None = None) -> None:
        if not self.spot:
            self.spot = self._spot()
        for k in range(months - 1, -1, -1):
            start = _month(self.today, -k)
            bill_due = due if (due and k == 0) else start + 14 * _DAY
            self._bill(f"停车费 {start.year}年{start.month}月（{self.spot}）", start, _month(start, 1) - _DAY,
                       bill_due, self.parking_fee, k < unpaid and self.active)

    def utilities(self, months: int) -> None:
        for k in range(months, 0, -1):
            start = _month(self.today, -k)
            fen = self.r.randint(4000, 48000) * (5 if self.company else 1)
            billed = start + 34 * _DAY
            if billed <= self.today:
                self._bill(f"水电费 {start.year}年{start.month}月", start, _month(start, 1) - _DAY, billed + 15 * _DAY,
                           fen, False, billed)

    def deposit(self, item: str, fen: int, when: _dt.date, refunded: _dt.date | None = None) -> None:
        fields = {"category": "deposit", "item": item, "date": when.isoformat(), "amount": _yuan(fen)}
        if refunded:
            fields.update(status="refunded", paid_date=refunded.isoformat(), note=f"押金已于{refunded:%Y年%m月%d日}退还")
        else:
            fields.update(status="paid", paid_date=when.isoformat(), receipt_no=self.receipt(when))
        self.add("payment", **fields)

    # ---- the other kinds
    def repair(self, when: _dt.date, status: str | None = None) -> None:
        description, location = self.fresh(_REPAIRS_OFFICE if self.company else _REPAIRS_HOME)
        location = location.format(b=self.building, e=self.entrance)
        if status is None:
            recent = (self.today - when).days <= 14 and self.active
            status = self.r.choice(("open", "in_progress")) if recent else "done"
        fields = {"reported": when.isoformat(), "description": description, "location": location, "status": status}
        if status != "open" or self.r.random() < 0.4:
            fields["assignee"] = self.r.choice(_FITTERS)
        if status == "done":
            finished = self.after(when, 0, 6)
            fields["finished"] = finished.isoformat()
            if self.r.random() < 0.6:
                fields["return_visit_result"] = self.r.choice(_REPAIR_RESULTS)
            elif self.active:  # the return visit three days later
                self.follow_up(finished + 3 * _DAY, "维修回访：" + description.split("，")[0])
        self.add("repair", **fields)

    def complaint(self, when: _dt.date, open_: bool | None = None) -> None:
        if open_ is None:
            open_ = self.active and (self.today - when).days <= 10 and self.r.random() < 0.6
        fields = {"received": when.isoformat(), "content": self.fresh(_COMPLAINTS), "handler": self.r.choice(_HANDLERS)}
        if open_:
            fields["result"] = self.r.choice(("", "正在协调处理"))
        else:
            closed = self.after(when, 0, 12)
            fields.update(result=self.r.choice(_COMPLAINT_RESULTS), feedback=self.r.choice(_FEEDBACK),
                          closed=closed.isoformat())
            if self.active and self.r.random() < 0.4:
                self.follow_up(closed + 3 * _DAY, "投诉回访：" + fields["content"].split("，")[0])
        self.add("complaint", **fields)

    def visit(self, when: _dt.date, content: str | None = None, visit_type: str | None = None) -> None:
        self.add("visit", visit_type=visit_type or self.r.choice(("visit", "return_visit")), done=when.isoformat(),
                 method=self.r.choice(("phone", "phone", "on_site", "wechat")),
                 content=content or self.r.choice(_VISITS_DONE),
                 satisfaction=self.r.choice(("5", "5", "5", "4", "4", "3")))

    def planned_visit(self, when: _dt.date, content: str | None = None) -> None:
        self.add("visit", visit_type="return_visit", planned=when.isoformat(),
                 method=self.r.choice(("phone", "phone", "on_site", "wechat")),
                 content=content or self.r.choice(_VISITS_PLANNED))

    def follow_up(self, when: _dt.date, content: str) -> None:
        """A return visit: done if its day has passed (mostly), else planned."""
        if when <= self.today - 5 * _DAY or (when <= self.today and self.r.random() < 0.5):
            self.visit(when, content + "，业主满意", "return_visit")
        else:
            self.planned_visit(when, content)

    def letter(self, when: _dt.date, direction: str | None = None, subject: str | None = None) -> None:
        direction = direction or self.r.choice(("out", "out", "in"))
        if direction == "out":
            self.add("correspondence", direction="out", date=when.isoformat(),
                     subject=subject or self.fresh(_LETTERS_OUT),
                     doc_no=f"物函〔{when.year}〕{self.r.randint(1, 240):03d}号", signed_by=self.r.choice(_SIGNERS))
        else:
            signer = self.customer["contacts"][0]["name"] if self.company else self.customer["name"]
            self.add("correspondence", direction="in", date=when.isoformat(),
                     subject=subject or self.fresh(_LETTERS_IN), signed_by=signer,
                     note=self.r.choice(("", "原件已归档", "已转工程部", "已转财务部")))

    def violation(self, when: _dt.date, *, arrears: bool = False, open_: bool | None = None, months: int = 0) -> None:
        if open_ is None:
            open_ = self.active and (self.today - when).days <= 30 and self.r.random() < 0.5
        fields: dict[str, str | None] = {"date": when.isoformat()}
        if arrears:
            months = months or self.r.randint(2, 9)
            fields.update(category="arrears", description=f"欠缴物业费{months}个月",
                          amount=_yuan(self.area * self.rate * months // 100))
        else:
            fields.update(category="violation", description=self.fresh(_VIOLATIONS),
                          amount=self.r.choice((None, None, "200.00", "500.00")))
        if open_:
            fields["status"] = "open"
        else:
            fields.update(status="resolved", resolved=self.after(when, 1, 30).isoformat())
        self.add("violation", **fields)

    def renovation(self, applied: _dt.date) -> None:
        r = self.r
        scope = r.choice(_RENOVATIONS_OFFICE if self.company else _RENOVATIONS)
        city = self.customer["address"].split("市")[0][-2:]
        contractor = r.choice((f"{city}{r.choice(_BRANDS)}装饰工程有限公司", f"个人施工队（{_surname(r.random)}师傅）"))
        fen = r.choice((200000, 300000, 500000))
        start = applied + r.randint(3, 10) * _DAY
        end = start + r.randint(15, 90) * _DAY
        fields = {"applied": applied.isoformat(), "scope": scope, "contractor": contractor, "amount": _yuan(fen)}
        refunded = None
        if (self.today - applied).days <= 5:
            fields.update(status="applied")
        elif r.random() < 0.08:
            fields.update(status="rejected", inspection="方案涉及拆改承重墙，不予批准")
        else:
            fields.update(start=start.isoformat(), end=end.isoformat())
            if end + 7 * _DAY <= self.today:
                refunded = end + 7 * _DAY
                fields.update(status="accepted", inspection="验收合格，押金已退还")
            else:
                fields.update(status="in_progress" if start <= self.today else "approved")
        self.add("renovation", **fields)
        if fields["status"] != "rejected":
            self.deposit("装修押金", fen, applied, refunded)

    def credit(self, when: _dt.date, rating: str | None = None) -> None:
        rating = rating or self.r.choice(("excellent", "good", "good", "fair"))
        habit, defaults = {"excellent": ("on_time", 0), "good": ("on_time", self.r.randint(0, 1)),
                           "fair": ("sometimes_late", self.r.randint(1, 3)),
                           "poor": ("often_late", self.r.randint(3, 8))}[rating]
        self.add("credit", assessed=when.isoformat(), rating=rating, payment_habit=habit, defaults=str(defaults),
                 note=self.r.choice(_CREDIT_NOTES[rating]))


def _normal_story(s: _Story, scenario: str = "") -> None:
    r, today = s.r, s.today
    overdue = today - r.randint(2, 20) * _DAY
    if s.active:
        quarters = max(1, min(4, (today - s.since).days // 91, r.randint(1, 4)))
        if scenario == "overdue_fee":  # this quarter's bill, not paid by its due date
            s.fees(quarters, unpaid=1, due=overdue)
        else:
            s.fees(quarters, unpaid=int(r.random() < 0.08))
    else:  # moved out: everything settled, the deposits refunded
        s.fees(r.randint(1, 3))
        s.deposit(r.choice(("门禁卡押金", "车位租赁押金")), r.choice((5000, 50000)), s.since,
                  s.after(s.since, 60, 400))
        s.letter(s.day(today - 60 * _DAY), "in", "退租申请")
    if scenario == "overdue_parking":
        s.parking(r.randint(1, 3), unpaid=1, due=overdue)
    elif s.spot or r.random() < 0.15:
        s.parking(r.randint(1, 3), unpaid=int(r.random() < 0.1))
    if r.random() < 0.25:
        s.utilities(r.randint(1, 2))
    if r.random() < 0.12:
        item, fen = r.choice((("租赁保证金", r.randint(12, 60) * 100000), ("水电押金", 100000)) if s.company
                             else (("门禁卡押金", 5000), ("车位租赁押金", 50000)))
        s.deposit(item, fen, s.day())
    for _ in range(r.choice((0, 0, 0, 0, 1, 1, 1, 1, 2, 2))):
        s.repair(s.day())
    if r.random() < 0.2:
        s.complaint(s.day())
    for _ in range(r.choice((0, 0, 0, 1, 1, 2))):
        s.visit(s.day())
    if s.active and r.random() < 0.04:
        s.planned_visit(today - r.randint(1, 5) * _DAY)
    if s.active and r.random() < 0.05:
        s.planned_visit(today + r.randint(1, 10) * _DAY)
    if r.random() < 0.25:
        s.letter(s.day())
    if r.random() < 0.08:
        s.violation(s.day(), arrears=r.random() < 0.3)
    if r.random() < 0.06:
        s.renovation(s.day())
    if r.random() < (0.5 if s.customer["level"] == "key" else 0.1):
        s.credit(s.day())
    if len(s.entries) < 2:
        s.visit(s.day(), "入住回访，介绍物业服务", "visit")


def _busy_story(s: _Story, profile: int) -> None:
    r, today = s.r, s.today
    s.since = today - r.randint(700, 730) * _DAY
    yearly = [d for d in (_dt.date(today.year - 1, 1, r.randint(5, 20)), _dt.date(today.year, 1, r.randint(5, 20)))
              if d <= today]
    if profile == 0:  # a long-time owner: everything happens once in a while
        s.fees(8, unpaid=int(r.random() < 0.5))
        s.parking(24)
        s.utilities(6)
        s.deposit("门禁卡押金", 5000, s.since)
        s.renovation(s.day(s.since, s.since + 120 * _DAY))
        for _ in range(5):
            s.repair(s.day())
        for _ in range(3):
            s.complaint(s.day())
        for _ in range(4):
            s.visit(s.day())
        s.planned_visit(today + r.randint(2, 6) * _DAY, "上门核对水表读数")
        for _ in range(4):
            s.letter(s.day())
        s.violation(s.day())
        for d in yearly:
            s.credit(d, r.choice(("excellent", "good")))
    elif profile == 1:  # arrears: bills left unpaid, reminders, a planned call
        s.fees(8, unpaid=3)
        s.parking(12, unpaid=2)
        for k in (3, 2, 1):
            d = _quarter(today, -k) + r.randint(40, 60) * _DAY
            if d <= today:
                s.letter(d, "out", "物业费催缴函")
        s.letter(today - r.randint(5, 15) * _DAY, "out", "律师函：关于拖欠物业费事宜")
        s.violation(s.day(s.since, today - 300 * _DAY), arrears=True, open_=False)
        s.violation(s.day(s.since, today - 120 * _DAY), arrears=True, open_=False)
        s.violation(today - r.randint(3, 20) * _DAY, arrears=True, open_=True, months=9)  # the 3 quarters
        for _ in range(4):
            s.visit(s.day(), "催缴提醒：业主承诺月底前缴清", "visit")
        s.planned_visit(today - r.randint(1, 3) * _DAY, "催缴回访：提醒缴纳物业费及停车费")
        s.complaint(s.day(), open_=False)
        for d, rating in zip(yearly, ("fair", "poor")):
            s.credit(d, rating)
    elif profile == 2:  # much paperwork: monthly bills, letters both ways, a renovation
        s.fees(8)
        s.utilities(24)
        s.deposit("租赁保证金" if s.company else "车位租赁押金", r.randint(12, 60) * 100000 if s.company else 50000,
                  s.since)
        for _ in range(6):
            s.repair(s.day())
        s.repair(today - r.randint(0, 3) * _DAY, "open")
        for _ in range(3):
            s.letter(s.day(), "in", "开具发票申请")
        for _ in range(3):
            s.letter(s.day(), "out", "缴费通知书")
        s.renovation(s.day(s.since, today - 200 * _DAY))
        for _ in range(4):
            s.visit(s.day())
        for d in yearly:
            s.credit(d, "good")
    else:  # a customer who complains a lot
        s.fees(6)
        for _ in range(7):
            s.complaint(s.day(), open_=False)
        s.complaint(today - r.randint(1, 6) * _DAY, open_=True)
        for _ in range(4):
            s.repair(s.day())
        s.repair(today - r.randint(2, 8) * _DAY, "in_progress")
        for _ in range(6):
            s.visit(s.day(), None, "return_visit")
        s.violation(s.day(), open_=False)
        s.violation(today - r.randint(2, 15) * _DAY, open_=True)
        for _ in range(3):
            s.letter(s.day())


def _scenario(s: _Story, scenario: str) -> None:
    """The open follow-up of ``scenario`` (the overdue bills are made by ``_normal_story``)."""
    r, today = s.r, s.today
    if scenario == "open_repair":
        s.repair(today - r.randint(0, 6) * _DAY, "open")
    elif scenario == "repair_in_progress":
        s.repair(today - r.randint(1, 6) * _DAY, "in_progress")
    elif scenario == "open_complaint":
        s.complaint(today - r.randint(0, 6) * _DAY, open_=True)
    elif scenario == "visit_due":
        s.planned_visit(today - r.randint(0, 4) * _DAY)
    elif scenario == "visit_planned":
        s.planned_visit(today + r.randint(1, 7) * _DAY)
    elif scenario == "open_violation":
        s.violation(today - r.randint(1, 10) * _DAY, open_=True)


def _tags(s: _Story, busy: bool) -> list[str]:
    today = s.today.isoformat()
    tags = []
    if s.customer["level"] == "key" and (busy or s.r.random() < 0.5):
        tags.append("VIP")
    if (s.today - s.since).days >= 540 or s.r.random() < 0.08:
        tags.append("老客户")
    if any(k == "payment" and f["status"] == "unpaid" and f.get("due_date", today) < today for k, f in s.entries):
        tags.append("欠费提醒")
    complaints = sum(1 for k, _f in s.entries if k == "complaint")
    if complaints >= 3 or any(k == "violation" and f["status"] == "open" for k, f in s.entries):
        tags.append("重点关注")
    return tags


class DossierPlanner:
    """Which of ``total`` generated customers get a dossier, and what is in it.

    ``indices``: the positions (0-based, in generation order) of the customers with a dossier,
    at most ``size`` of them whatever ``total`` is. ``plan(index, customer)`` must be called for
    them in that order: the first ``busy`` active ones get a long history, the next ones one
    open follow-up each (an overdue bill, an open repair or complaint, a return visit due or
    coming), so that the "today" panel is never empty. Same seed and day, same dossiers.
    """

    def __init__(self, total: int, *, seed: int = DEFAULT_SEED, today: _dt.date | None = None,
                 size: int = DOSSIER_CUSTOMERS, busy: int = BUSY_CUSTOMERS):
        if total < 0:
            raise ValueError("total must not be negative")
        self.seed = seed
        self.today = today or _dt.date.today()
        self.indices: tuple[int, ...] = tuple(sorted(
            random.Random(f"{seed}/dossiers").sample(range(total), min(size, total))))
        self._busy_left = busy
        self._busy_given = 0
        self._scenarios = 0
        self._last = -1

    def plan(self, index: int, customer: dict[str, Any]) -> Dossier:
        if index <= self._last:
            raise ValueError("plan the customers in the order of their indices")
        self._last = index
        s = _Story(random.Random(f"{self.seed}/dossier/{index}"), self.today, customer)
        role = "normal"
        if s.active and self._busy_left:
            role = "busy"
            _busy_story(s, self._busy_given % 4)
            self._busy_left -= 1
            self._busy_given += 1
        else:
            scenario = ""
            if s.active and self._scenarios < len(_SCENARIOS):
                role, scenario = "follow_up", _SCENARIOS[self._scenarios]
                self._scenarios += 1
            _normal_story(s, scenario)
            _scenario(s, scenario)
        extra = {}
        if s.spot:
            extra["车位号"] = s.spot
        if s.r.random() < 0.7:
            extra["客户来源"] = s.r.choice(_SOURCES)
        return Dossier(role, s.entries, _tags(s, role == "busy"), extra)


# --- one obvious duplicate ---------------------------------------------------------------------------


def make_duplicate(batch: list[dict[str, Any]]) -> tuple[int, int] | None:
    """Make one customer of ``batch`` a second record of another: the same person entered again
    later, with the same name, phone and unit, no ID number and the address typed without the
    province (or municipality). Returns (original, copy) positions, or None with fewer than two
    active persons."""
    persons = [i for i, c in enumerate(batch) if c["kind"] == "person" and c["status"] == "active"]
    if len(persons) < 2:
        return None
    i, j = persons[0], persons[len(persons) // 2]
    a = batch[i]
    address = a["address"]
    for prefix in sorted({r.province for r in REGIONS if r.province} | {r.city for r in REGIONS if not r.province},
                         key=len, reverse=True):
        if address.startswith(prefix):
            address = address[len(prefix):]
            break
    batch[j] = {**a, "id_number": "", "level": "normal", "note": "", "address": address,
                "contacts": [dict(a["contacts"][-1])]}
    return i, j


# --- attachments -------------------------------------------------------------------------------------


class AttachmentSpec(NamedTuple):
    filename: str
    title: str
    kind: str  # id_copy, licence, contract, certificate_copy, other
    look: str  # "jpg" / "png": a scan; "pdf": a printed document
    pages: tuple[tuple[str, ...], ...]  # lines of text, page by page (the first line of a page is its heading)
    ascii_heading: str  # the heading when no Chinese font is found (scans only)


def _id_lines(name: str, id_number: str, address: str) -> tuple[str, ...]:
    sex = "男" if int(id_number[16]) % 2 else "女"
    return ("居民身份证（复印件）", f"姓名  {name}", f"性别  {sex}    民族  汉",
            f"出生  {id_number[6:10]}年{int(id_number[10:12])}月{int(id_number[12:14])}日", f"住址  {address}",
            f"公民身份号码  {id_number}", "", "仅供物业登记使用，再复印无效")


def attachment_specs(customer: dict[str, Any], number: int, today: _dt.date | None = None) -> list[AttachmentSpec]:
    """The files a clerk would have scanned for ``customer``: two or three (one or two for a person
    without an ID number); ``number`` varies the choice."""
    today = today or _dt.date.today()
    r = random.Random(f"attachments/{number}/{customer['id_number']}/{customer['name']}")
    name, unit, address = customer["name"], customer["unit"] or "1-1-101", customer["address"]
    signed = today - r.randint(100, 700) * _DAY
    out: list[AttachmentSpec] = []
    if customer["kind"] == "company":
        legal = customer["contacts"][0]["name"]
        founded = _dt.date(r.randint(1998, 2022), r.randint(1, 12), r.randint(1, 28))
        out.append(AttachmentSpec(f"{name}-营业执照.png", "营业执照副本", "licence", "png", ((
            "营业执照（副本）", f"统一社会信用代码  {customer['id_number']}", f"名称  {name}",
            "类型  " + ("股份有限公司" if name.endswith("股份有限公司") else "有限责任公司"),
            f"法定代表人  {legal}", f"注册资本  {r.choice((50, 100, 200, 500, 1000))}万元人民币",
            f"成立日期  {founded.year}年{founded.month}月{founded.day}日", f"住所  {address}",
            "经营范围  依法须经批准的项目，经相关部门批准后方可开展经营活动"),), "BUSINESS LICENCE (COPY)"))
        out.append(AttachmentSpec(f"{name}-房屋租赁合同.pdf", f"房屋租赁合同 {signed.year}", "contract", "pdf", (
            ("房屋租赁合同", "出租方（甲方）：本物业服务中心", f"承租方（乙方）：{name}", f"法定代表人：{legal}",
             f"租赁房屋：{unit}，建筑面积以产权证为准", f"租赁期限：{signed:%Y年%m月%d日}起三年",
             "第一条 租金按季度支付，每季度首月十日前付清。", "第二条 乙方应按时缴纳物业管理费、水电费。",
             "第三条 租赁保证金于合同终止、结清费用后无息退还。"),
            ("第四条 乙方不得擅自改变房屋结构和用途。", "第五条 装修须事先书面申请，经甲方同意后施工。",
             "第六条 一方违约的，应赔偿对方因此造成的损失。", "第七条 本合同一式两份，双方各执一份。"),
            ("签署页", "甲方（盖章）：", "乙方（盖章）：", f"签订日期：{signed:%Y年%m月%d日}"),
        ), ""))
        legal_id = make_id_number(r, customer["id_number"][2:8])
        out.append(AttachmentSpec(f"{legal}-身份证复印件.jpg", "法定代表人身份证复印件", "id_copy", "jpg",
                                  (_id_lines(legal, legal_id, address),), "ID CARD (COPY)"))
        return out
    if customer["id_number"]:
        out.append(AttachmentSpec(f"{name}-身份证复印件.jpg", "身份证复印件", "id_copy", "jpg",
                                  (_id_lines(name, customer["id_number"], address),), "ID CARD (COPY)"))
    out.append(AttachmentSpec(f"{name}-物业服务协议.pdf", f"物业服务协议 {unit}", "contract", "pdf", (
        ("物业服务协议", "甲方：本物业服务中心", f"乙方（业主）：{name}", f"房屋：{unit}",
         "第一条 甲方提供公共区域保洁、秩序维护、设施设备维修养护等服务。",
         "第二条 物业费按季度收取，每季度首月三十日前缴清。", "第三条 乙方装修应提前申请并交纳装修押金。",
         "第四条 乙方应遵守管理规约，不得占用公共部位。"),
        ("第五条 本协议自签订之日起生效。", "甲方（盖章）：", "乙方（签字）：", f"签订日期：{signed:%Y年%m月%d日}"),
    ), ""))
    if number % 4 == 0:
        out.append(AttachmentSpec(f"{name}-不动产权证书.png", "不动产权证书复印件", "certificate_copy", "png", ((
            "不动产权证书（复印件）", f"权利人  {name}", "共有情况  单独所有", f"坐落  {address} {unit}",
            f"不动产单元号  {r.randint(100000, 999999)}GB{r.randint(10000, 99999)}F{r.randint(10000000, 99999999)}",
            "用途  住宅", f"面积  {r.randint(45, 168)}.{r.randint(0, 99):02d}平方米"),), "PROPERTY CERTIFICATE (COPY)"))
    elif number % 4 == 1:
        out.append(AttachmentSpec(f"{name}-装修申请表.pdf", "装修申请表", "other", "pdf", ((
            "装修申请表", f"申请人：{name}", f"房号：{unit}", "装修内容：厨房、卫生间翻新", "施工期限：30天",
            "装修押金：3000.00元", "物业意见：同意，请遵守装修管理规定。", f"日期：{signed:%Y年%m月%d日}"),), ""))
    return out


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def render_attachment(spec: AttachmentSpec, *, image_font: str | None = None, pdf_font: str = "Helvetica") -> bytes:
    """The file of ``spec``: a light grey scan (JPEG or PNG) with its lines of text, or a PDF.

    ``image_font``: a TrueType font file with Chinese glyphs for the scans; without one the scans
    carry only the ASCII heading and the ASCII parts of the lines. ``pdf_font``: a registered
    reportlab font name (``app.reports.fonts.register_cjk_font()`` for Chinese). Each file is a
    few dozen kB; the same spec gives the same bytes.
    """
    import io

    if spec.look == "pdf":
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
        pdf.setTitle(spec.title)
        width, height = A4
        for n, lines in enumerate(spec.pages, 1):
            pdf.setFont(pdf_font, 18 if n == 1 else 14)
            pdf.drawCentredString(width / 2, height - 90, lines[0])
            pdf.setFont(pdf_font, 11)
            y = height - 140
            for line in lines[1:]:
                for part in _wrap(line, 40):
                    pdf.drawString(72, y, part)
                    y -= 22
            pdf.setFont(pdf_font, 9)
            pdf.drawCentredString(width / 2, 40, f"第 {n} 页 共 {len(spec.pages)} 页")
            pdf.showPage()
        pdf.save()
        return buf.getvalue()

    from PIL import Image, ImageDraw, ImageFont

    lines = spec.pages[0]
    font = big = None
    if image_font:
        try:
            font, big = ImageFont.truetype(image_font, 20), ImageFont.truetype(image_font, 30)
        except OSError:
            font = None
    if font is None:  # no Chinese font: only what the built-in font can draw
        font, big = ImageFont.load_default(18), ImageFont.load_default(26)
        ascii_lines = (" ".join(w for w in line.split() if w.isascii()) for line in lines[1:])
        lines = (spec.ascii_heading, *(line for line in ascii_lines if line))
    paper = (247, 246, 240)
    img = Image.new("RGB", (760, 540), paper)
    draw = ImageDraw.Draw(img)
    draw.rectangle((24, 24, 735, 515), outline=(170, 170, 165), width=2)
    draw.text((380, 62), lines[0], fill=(40, 40, 40), font=big, anchor="mm")
    y = 110
    for line in lines[1:]:
        for part in _wrap(line, 32):
            draw.text((56, y), part, fill=(55, 55, 60), font=font)
            y += 34
    if spec.kind in ("licence", "certificate_copy"):  # a red seal
        draw.ellipse((560, 370, 690, 500), outline=(200, 50, 50), width=4)
        if image_font:
            draw.text((625, 435), "印章", fill=(200, 50, 50), font=font, anchor="mm")
    img = img.rotate(0.7, resample=Image.Resampling.BILINEAR, fillcolor=paper)
    buf = io.BytesIO()
    if spec.look == "jpg":
        img.convert("L").save(buf, "JPEG", quality=60)
    else:
        img.quantize(16).save(buf, "PNG")
    return buf.getvalue()
