"""Deterministic demo customers for a Chinese property / lending office.

Pure standard library: no Qt, no database. ``generate_customers(n, seed)``
yields plain dicts that the demo loader, the benchmarks and the tests can feed
to the services. The same seed always gives the same customers.

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

__all__ = ["DEFAULT_SEED", "REGIONS", "Region", "generate_customers", "make_id_number", "make_uscc"]

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
