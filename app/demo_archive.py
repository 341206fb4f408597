"""The archive room of a demo office (``fill_archive_demo``, called by ``app.demo.fill_demo``).

About 25 archive files (鸿借字第001号 …) of the demo customers over the last two years, most of
them filed through three-party intake handovers (a few confirmed late, with a reason), about 20
original certificates in the safe, one of them returned to its customer and one cancelled, loans in
every state (awaiting approval, approved, out, overdue, renewed, returned complete or with a page
missing, rejected, withdrawn, and one taken directly by the chairman), two handovers still open, and
a finished stock-take of the safe a month ago.

Everything goes through the services, dated in the past and replayed in date order, so the registers
are consistent (a stock-take lists exactly what was in the safe that day) and every step is validated
and audited like real work. The work is done by a record keeper and approved by a manager: when the
demo's session is an administrator, the two demo accounts ``demo_keeper`` (钱档案) and
``demo_manager`` (孙经理) are created with random passwords that are never shown or stored (the
administrator can reset them); a manager's session does both jobs itself.

Dates are computed from ``today``; the services refuse dates after the real today, so ``today`` must
not be later than that. Only a records room that is still empty is filled.
"""
from __future__ import annotations

import datetime as _dt
import logging
import random
import secrets
from dataclasses import dataclass, field
from typing import Callable

from app.archive import ArchiveSettings, add_working_days, working_days_between
from app.demo_data import DEFAULT_SEED, REGIONS, Region
from app.office import Office
from app.session import Session

log = logging.getLogger(__name__)

KEEPER = ("demo_keeper", "钱档案", "archivist")
MANAGER = ("demo_manager", "孙经理", "manager")
# what one session needs to do all of the archive work itself (a manager)
_ALL_WORK = ("archive.write", "loan.request", "loan.approve", "loan.lend")

CUSTOMER_POOL = 16       # demo customers whose loans are on file
BACKFILLED = ("customer", "project", "investigation")  # files registered before the program was used

# The 22 files filed through intake handovers: contract files with the certificates that come with
# them ("later" = the 他项权证 arrives weeks after the file, in its own certificate-only intake), and
# the other categories without certificates.
_CERT_PLANS = ([("property", "other_rights")] * 5 + [("property", "later")] * 2 + [("chattel_mortgage",)] * 3
               + [("equity_pledge",)] * 3)
_OTHER_INTAKES = ["investigation"] * 4 + ["project"] * 3 + ["customer"] * 2

_PROVINCE_ABBR = {"福建省": "闽", "广东省": "粤", "浙江省": "浙", "江苏省": "苏", "四川省": "川", "湖北省": "鄂",
                  "湖南省": "湘", "山东省": "鲁", "陕西省": "陕", "河南省": "豫", "安徽省": "皖", "江西省": "赣",
                  "云南省": "云", "辽宁省": "辽"}
_CITY_ABBR = {"北京市": "京", "上海市": "沪", "天津市": "津", "重庆市": "渝"}

_CERT_NAMES = {"property": "不动产权证书", "other_rights": "不动产登记证明", "chattel_mortgage": "动产抵押登记通知书",
               "equity_pledge": "股权出质设立登记通知书"}

_CREDIT_OFFICERS = ("周建华", "郑海涛", "吴佳怡", "黄志强")   # 移交人 (信贷部客户经理)
_REVIEWERS = ("林晓燕", "何国平")                          # 审核人 (风控部)
_LATE_REVIEW = ("审核人出差，返回后补审", "部分资料需借款人补签，补签后审核")
_LATE_RECEIPT = ("档案员出差，返岗后接收入库",)
_EXTRAS = {
    "contract": ("放款回单原件1份",),
    "investigation": ("现场照片12张", "评估报告光盘1张", "实地走访照片8张"),
    "project": ("贷审会录音光盘1张",),
    "customer": ("客户照片2张",),
}


@dataclass
class _Customer:
    id: int
    name: str
    company: bool
    region: Region | None


@dataclass
class _File:
    """One planned archive file, its handover dates and (once registered) its ids."""

    customer: _Customer
    category: str
    title: str
    items: list[dict]
    extras: list[str]
    note: str = ""
    certs: list[dict] = field(default_factory=list)          # filed with the file
    later_certs: list[dict] = field(default_factory=list)    # filed weeks later under the file
    handed: _dt.date | None = None
    reviewed: _dt.date | None = None
    received: _dt.date | None = None                           # registered on
    review_late: str = ""
    receipt_late: str = ""
    later_received: _dt.date | None = None                     # the later certificates registered on
    file_id: int | None = None
    cert_ids: list[int] = field(default_factory=list)


class _Timeline:
    """Steps dated in the past, run in date order (steps of one day in the order they were planned)."""

    def __init__(self) -> None:
        self.steps: list[tuple[_dt.date, int, Callable[[], None]]] = []

    def at(self, day: _dt.date, step: Callable[[], None]) -> None:
        self.steps.append((day, len(self.steps), step))

    def run(self) -> None:
        for _day, _n, step in sorted(self.steps, key=lambda s: (s[0], s[1])):
            step()


def _weekday(d: _dt.date) -> _dt.date:
    """``d``, or the Friday before it when it falls on a weekend."""
    while d.weekday() >= 5:
        d -= _dt.timedelta(days=1)
    return d


# ------------------------------------------------------------------ the actors
def _demo_user(office: Office, admin: Session, username: str, display_name: str, role: str) -> Session | None:
    """A signed-in session of a demo account, created (or its password reset) by the administrator."""
    password = secrets.token_urlsafe(18) + "9a"   # never shown, never stored
    existing = next((u for u in office.auth.list_users(admin) if u.username == username), None)
    if existing is None:
        office.auth.create_user(admin, username, display_name, role, password)
    elif existing.role != role or not existing.active:
        log.warning("demo archive: the account %s exists with another role or is inactive", username)
        return None
    else:
        office.auth.reset_password(admin, existing.id, password)
    return office.auth.login(username, password)


def _actors(office: Office, session: Session) -> tuple[Session, Session] | None:
    """(record keeper, manager) doing the demo's archive work, or None when nobody may."""
    if session.may("user.manage"):
        keeper = _demo_user(office, session, *KEEPER)
        manager = _demo_user(office, session, *MANAGER)
        return (keeper, manager) if keeper and manager else None
    if all(session.may(p) for p in _ALL_WORK):
        return session, session
    return None


# ------------------------------------------------------------------ planning
def _customers(office: Office, rng: random.Random) -> list[_Customer]:
    for statuses in (("active",), ("moved_out", "archived")):
        marks = ", ".join("?" * len(statuses))
        rows = office.db.query(f"SELECT id, name, kind, address FROM customers WHERE status IN ({marks}) ORDER BY id",
                               statuses)
        if rows:
            break
    else:
        return []
    companies = [r for r in rows if r[2] == "company"]
    persons = [r for r in rows if r[2] != "company"]
    n_companies = min(len(companies), max(CUSTOMER_POOL // 3, CUSTOMER_POOL - len(persons)))
    picked = rng.sample(companies, n_companies) + rng.sample(persons, min(len(persons), CUSTOMER_POOL - n_companies))
    picked.sort(key=lambda r: r[0])
    return [_Customer(cid, name, kind == "company",
                      next((r for r in REGIONS if r.city + r.district in (address or "")), None))
            for cid, name, kind, address in picked]


def _items(rng: random.Random, category: str, c: _Customer, kinds: tuple[str, ...] = ()) -> list[dict]:
    def p(lo: int, hi: int) -> int:
        return rng.randint(lo, hi)

    if category == "contract":
        out = [("借款合同", p(10, 14))]
        if "property" in kinds or "other_rights" in kinds:
            out.append(("抵押合同", p(6, 9)))
        if "chattel_mortgage" in kinds:
            out.append(("动产抵押合同", p(6, 8)))
        if "equity_pledge" in kinds:
            out.append(("股权质押合同", p(5, 8)))
        if rng.random() < 0.6:
            out.append(("保证合同", p(4, 6)))
        if c.company:
            out.append((rng.choice(("董事会决议", "股东会决议")), p(2, 3)))
        out += [("借据", 1), ("放款凭证", p(1, 2)), ("还款计划表", 2)]
    elif category == "investigation":
        out = [("贷前调查报告", p(12, 20)), ("征信报告", p(6, 10)), ("银行流水", p(15, 40)), ("实地走访记录", p(2, 4))]
        if c.company:
            out.append(("财务报表", p(8, 16)))
        if rng.random() < 0.6:
            out.append(("抵押物评估报告", p(20, 30)))
    elif category == "project":
        out = [("借款申请书", 2), ("贷款审批表", p(2, 3)), ("贷审会会议纪要", p(3, 5)), ("授信批复", p(1, 2))]
        if c.company:
            out.append(("董事会决议", p(2, 3)))
    else:  # customer documents
        if c.company:
            out = [("营业执照复印件", 1), ("公司章程", p(12, 20)), ("法定代表人身份证复印件", 2), ("开户许可证复印件", 1)]
        else:
            out = [("身份证复印件", 2), ("户口簿复印件", p(3, 6)), ("结婚证复印件", p(1, 2)), ("收入证明", 1)]
    return [{"name": name, "pages": pages} for name, pages in out]


_TITLES = {"contract": "{name}借款合同及担保资料", "investigation": "{name}贷前调查资料",
           "project": "{name}贷款项目审批资料", "customer": "{name}客户基础资料"}


class _Numbers:
    """Certificate numbers in the formats of the registration offices, never twice."""

    def __init__(self, office: Office, rng: random.Random):
        self.office, self.rng, self.used = office, rng, set()

    def make(self, kind: str, c: _Customer, year: int) -> str:
        r = c.region or REGIONS[0]
        abbr = _CITY_ABBR.get(r.city) or _PROVINCE_ABBR.get(r.province, "闽")
        place = r.district if r.city in _CITY_ABBR else r.city          # 京(2024)朝阳区 / 闽(2024)福州市
        while True:
            if kind == "property":
                no = f"{abbr}({year}){place}不动产权第{self.rng.randint(1000, 99999):07d}号"
            elif kind == "other_rights":
                no = f"{abbr}({year}){place}不动产证明第{self.rng.randint(1000, 99999):07d}号"
            elif kind == "chattel_mortgage":
                no = f"{abbr}{r.city.removesuffix('市')}市监动抵字[{year}]第{self.rng.randint(10, 2999):04d}号"
            else:
                no = f"({abbr}{r.city.removesuffix('市')})股质登记设字[{year}]第{self.rng.randint(10, 9999):06d}号"
            if no.upper() not in self.used and self.office.archive.certs.by_number(no) is None:
                self.used.add(no.upper())
                return no

    def certificate(self, kind: str, c: _Customer, year: int) -> dict:
        where = f"坐落：{c.region.city}{c.region.district}，" if c.region else ""
        note = {"property": f"{where}抵押期间由本公司保管",
                "other_rights": "抵押权人：本公司",
                "chattel_mortgage": "抵押物：生产设备一批（清单附后）",
                "equity_pledge": "出质股权：持有的公司股权30%"}[kind]
        return {"kind": kind, "cert_no": self.make(kind, c, year), "name": _CERT_NAMES[kind], "holder": c.name,
                "quantity": 1, "note": note}


def _plan_files(rng: random.Random, pool: list[_Customer], numbers: _Numbers, s: ArchiveSettings,
                today: _dt.date) -> tuple[list[_File], list[_File]]:
    """(the backfilled files, the files filed through intake handovers) with their dates."""
    companies = [c for c in pool if c.company] or pool
    files_of: dict[int, int] = {c.id: 0 for c in pool}

    def choose(candidates: list[_Customer]) -> _Customer:
        """One of the customers with the fewest files so far, so the files spread over the pool."""
        fewest = min(files_of[c.id] for c in candidates)
        c = rng.choice([c for c in candidates if files_of[c.id] == fewest])
        files_of[c.id] += 1
        return c

    def new(category: str, kinds: tuple[str, ...] = ()) -> _File:
        c = choose(companies if {"chattel_mortgage", "equity_pledge"} & set(kinds) else pool)
        extras = [rng.choice(_EXTRAS[category])] if rng.random() < (0.25 if category == "contract" else 0.5) else []
        note = f"借款金额人民币{rng.choice((30, 50, 80, 100, 150, 200, 300))}万元，期限{rng.choice((12, 24, 36))}个月" \
            if category == "contract" else ""
        return _File(c, category, _TITLES[category].format(name=c.name), _items(rng, category, c, kinds), extras,
                     note)

    backfilled = [new(cat) for cat in BACKFILLED]
    for i, f in enumerate(backfilled):
        f.received = _weekday(today - _dt.timedelta(days=715 - 4 * i))
        f.note = "系统启用前的纸质档案补录"

    plans: list[tuple[str, tuple[str, ...]]] = [("contract", k) for k in _CERT_PLANS] + [(c, ()) for c in _OTHER_INTAKES]
    rng.shuffle(plans)
    # a file whose mortgage is released in the last months must be an old one; a 他项权证 arriving
    # weeks later needs a file that is not among the last ones
    _ensure(rng, plans, lambda p: p[1] == ("property", "other_rights"), first=6)
    for pos in range(len(plans) - 3, len(plans)):
        if "later" in plans[pos][1]:
            swap = rng.choice([i for i in range(len(plans) - 3) if "later" not in plans[i][1]])
            plans[pos], plans[swap] = plans[swap], plans[pos]

    late = rng.sample(range(1, len(plans) - 4), 3)
    files = []
    span = 690 - 21
    for i, (category, kinds) in enumerate(plans):
        f = new(category, kinds)
        days_ago = 690 - round(i * span / (len(plans) - 1)) + (rng.randint(-5, 5) if 0 < i < len(plans) - 1 else 0)
        f.handed = _weekday(today - _dt.timedelta(days=days_ago))
        k = rng.randint(min(1, s.review_days), s.review_days)
        m = rng.randint(0, s.receive_days)
        if i == late[0] or i == late[1]:
            k = s.review_days + rng.randint(2, 5)
            f.review_late = _LATE_REVIEW[late.index(i)]
        elif i == late[2]:
            m = s.receive_days + rng.randint(2, 4)
            f.receipt_late = _LATE_RECEIPT[0]
        f.reviewed = add_working_days(f.handed, k)
        f.received = add_working_days(f.reviewed, m)
        year = f.handed.year
        f.certs = [numbers.certificate(kind, f.customer, year - (rng.randint(0, 6) if kind == "property" else 0))
                   for kind in kinds if kind != "later"]
        if "later" in kinds:
            f.later_certs = [numbers.certificate("other_rights", f.customer, year)]
        files.append(f)
    return backfilled, files


def _ensure(rng: random.Random, plans: list, wanted: Callable, *, first: int) -> None:
    """At least one plan satisfying ``wanted`` among the first ``first``."""
    if any(wanted(p) for p in plans[:first]):
        return
    at = next(i for i, p in enumerate(plans) if wanted(p))
    to = rng.randrange(first)
    plans[at], plans[to] = plans[to], plans[at]


# ------------------------------------------------------------------ filling
def fill_archive_demo(office: Office, session: Session, *, today: _dt.date | None = None,
                      seed: int | None = None) -> dict[str, int]:
    """Fill the (empty) archive room of a demo office. Returns what was added, by register."""
    counts = {"files": 0, "certificates": 0, "handovers": 0, "loans": 0, "stocktakes": 0}
    if office.archive.files.count() or office.archive.certs.count() or office.handovers.repo.count():
        log.info("demo archive: the archive room already has records; left as it is")
        return counts
    today = today or _dt.date.today()
    rng = random.Random(f"kedang-archive:{DEFAULT_SEED if seed is None else seed}")
    pool = _customers(office, rng)
    if not pool:
        return counts
    actors = _actors(office, session)
    if actors is None:
        log.info("demo archive: %s may not do the archive work; left empty", session.username)
        return counts
    keeper, manager = actors
    s = office.archive.settings()
    numbers = _Numbers(office, rng)
    backfilled, files = _plan_files(rng, pool, numbers, s, today)
    timeline = _Timeline()
    svc_h, svc_a = office.handovers, office.archive
    place = {"box": 0, "slot": 0}

    def location() -> dict:
        place["box"] += 1
        box = place["box"]
        return {"cabinet": "A" if box <= 16 else "B", "shelf": str((box - 1) % 16 // 4 + 1), "box": f"{box:02d}"}

    def safe_place() -> dict:
        slot = place["slot"]
        place["slot"] += 1
        return {"safe_no": "1" if slot < 9 else "2",
                "position": f"{('上层', '中层', '下层')[slot % 9 // 3]}第{slot % 3 + 1}格"}

    # --- files registered before the program was used
    for f in backfilled:
        def register(f=f):
            reg = svc_a.register_file(keeper, {
                "archive_no": svc_a.next_number(), "customer_id": f.customer.id, "title": f.title,
                "category": f.category, "items": f.items, "extras": f.extras, "registered_on": f.received,
                "note": f.note, **location()})
            f.file_id = reg.id
        timeline.at(f.received, register)

    def parties(handed: _dt.date) -> dict:
        return {"from_name": rng.choice(_CREDIT_OFFICERS), "reviewer_name": rng.choice(_REVIEWERS),
                "receiver_name": keeper.display_name, "handed_on": handed.isoformat()}

    def intake(f: _File, certs: list[dict], *, under_file: bool, late_review: str = "", late_receipt: str = "",
               handed: _dt.date, reviewed: _dt.date | None, received: _dt.date | None) -> None:
        state: dict = {}
        who = parties(handed)

        def create():
            fields = {**who, "customer_id": f.customer.id, "certificates": certs}
            if under_file:
                fields["file_id"] = f.file_id
            else:
                fields["file"] = {"title": f.title, "category": f.category, "items": f.items, "extras": f.extras}
            state["id"] = svc_h.create_intake(keeper, fields).id
        timeline.at(handed, create)
        if reviewed:
            late = working_days_between(handed.isoformat(), reviewed.isoformat()) > s.review_days
            review_reason = (late_review or _LATE_REVIEW[0]) if late else ""
            timeline.at(reviewed, lambda: svc_h.confirm_review(keeper, state["id"], reviewed, review_reason))
        if received:
            late = working_days_between(reviewed.isoformat(), received.isoformat()) > s.receive_days
            receipt_reason = (late_receipt or _LATE_RECEIPT[0]) if late else ""

            def receive():
                reg = safe_place() if certs else {}
                if not under_file:
                    reg.update(location(), archive_no=svc_a.next_number())
                svc_h.confirm_receipt(keeper, state["id"], received, receipt_reason, registration=reg)
                if not under_file:
                    f.file_id = svc_a.file_by_number(keeper, reg["archive_no"]).id
                f.cert_ids = [c.id for c in svc_a.list_certificates(keeper, file_id=f.file_id)]
            timeline.at(received, receive)

    for f in files:
        intake(f, f.certs, under_file=False, late_review=f.review_late, late_receipt=f.receipt_late,
               handed=f.handed, reviewed=f.reviewed, received=f.received)
        if f.later_certs:
            handed = _weekday(f.received + _dt.timedelta(days=rng.randint(18, 35)))
            reviewed = add_working_days(handed, rng.randint(min(1, s.review_days), s.review_days))
            f.later_received = add_working_days(reviewed, rng.randint(0, s.receive_days))
            intake(f, f.later_certs, under_file=True, handed=handed, reviewed=reviewed, received=f.later_received)

    # --- a loan paid off: the property certificate goes back to the customer, the 他项权证 is cancelled
    released = next(f for f in files[:6] if [c["kind"] for c in f.certs] == ["property", "other_rights"])
    returned_on = _weekday(today - _dt.timedelta(days=rng.randint(85, 110)))

    def give_back():
        prop, other = released.cert_ids
        h = svc_h.create_return(keeper, {"certificate_ids": [prop], "from_name": keeper.display_name,
                                         "reviewer_name": manager.display_name,
                                         "receiver_name": released.customer.name, "handed_on": returned_on.isoformat(),
                                         "note": "贷款已结清，退还不动产权证书原件"})
        svc_h.confirm_review(keeper, h.id, returned_on)
        svc_h.confirm_receipt(keeper, h.id, returned_on)
        svc_a.cancel_certificate(keeper, other, "贷款已结清，抵押已解除，他项权证已注销")
    timeline.at(returned_on, give_back)

    # --- loans
    _plan_loans(rng, timeline, office, keeper, manager, s, files + backfilled, released, today)

    # --- the stock-take of a month ago
    taken_on = _weekday(today - _dt.timedelta(days=30))

    def stocktake():
        st = office.stocktakes.start(keeper, keeper.display_name, manager.display_name, taken_on=taken_on)
        ticks = {ln["certificate_id"]: (True, "") for ln in st.lines}
        if st.lines:
            missing = rng.choice(st.lines)["certificate_id"]
            ticks[missing] = (False, "盘点时格内未见，经查误放入相邻格位，盘点后已归位")
        office.stocktakes.save(keeper, st.id, ticks, note="月度保险柜盘点")
        office.stocktakes.finish(keeper, st.id)
    timeline.at(taken_on, stocktake)

    # --- two handovers still open: one awaiting the archive's receipt (late), one awaiting review
    waiting = [_File(c, cat, _TITLES[cat].format(name=c.name), _items(rng, cat, c, kinds), [])
               for c, cat, kinds in ((rng.choice(pool), "contract", ("property", "other_rights")),
                                     (rng.choice(pool), "customer", ()))]
    waiting[0].certs = [numbers.certificate(k, waiting[0].customer, today.year) for k in ("property", "other_rights")]
    handed = add_working_days(today, -5)
    intake(waiting[0], waiting[0].certs, under_file=False, handed=handed,
           reviewed=min(add_working_days(handed, 2), today), received=None)
    intake(waiting[1], [], under_file=False, handed=add_working_days(today, -1), reviewed=None, received=None)

    timeline.run()
    counts.update(files=svc_a.files.count(), certificates=svc_a.certs.count(), handovers=svc_h.repo.count(),
                  loans=office.loans.repo.count(), stocktakes=office.stocktakes.repo.count())
    return counts


def _plan_loans(rng: random.Random, timeline: _Timeline, office: Office, keeper: Session, manager: Session,
                s: ArchiveSettings, files: list[_File], released: _File, today: _dt.date) -> None:
    """Loans in every state, each of its own file or certificate (not the one whose loan is paid off)."""
    loans = office.loans
    used: set[int] = {id(released)}

    def day(days_ago: int) -> _dt.date:
        return _weekday(today - _dt.timedelta(days=days_ago))

    def pick(requested: _dt.date, categories: tuple[str, ...] = (), need: str = "") -> _File:
        ok = [f for f in files if id(f) not in used and (f.later_received or f.received) < requested]
        if need:  # a file holding that kind of certificate, else any file with a certificate
            with_certs = [f for f in ok if f.certs or f.later_certs]
            ok = [f for f in with_certs if any(c["kind"] == need for c in f.certs + f.later_certs)] or with_certs
        best = [f for f in ok if f.category in categories] or ok
        f = rng.choice(best)
        used.add(id(f))
        return f

    def loan(spec: dict, requested: _dt.date, due: _dt.date, *, categories: tuple[str, ...] = (), cert: str = "",
             steps: Callable[[dict], list[tuple[_dt.date, Callable[[], None]]]] = lambda st: []) -> None:
        f = pick(requested, categories, cert)
        state: dict = {"file": f}

        def request():
            if cert:
                kinds = [c["kind"] for c in f.certs + f.later_certs]
                item = {"item_type": "certificate", "item_id": f.cert_ids[kinds.index(cert) if cert in kinds else 0]}
            else:
                item = {"item_type": "file", "item_id": f.file_id}
            state["id"] = loans.request(keeper, {**spec, **item, "due_date": due}, today=requested).id
        timeline.at(requested, request)
        for when, step in steps(state):
            timeline.at(when, step)

    def approve(st, note=""):
        return lambda: loans.approve(manager, st["id"], note)

    def lend(st, when):
        return lambda: loans.lend(keeper, st["id"], when, today=when)

    def back(st, when, **kw):
        return lambda: loans.take_back(keeper, st["id"], when, today=when, **kw)

    def back_incomplete(st, when):
        def step():
            items = [it["name"] for it in st["file"].items]
            gone = "放款凭证" if "放款凭证" in items else items[-1]
            loans.take_back(keeper, st["id"], when, complete=False, missing=[gone], today=when,
                            note=f"{gone}原件未随卷归还，借阅人称已交外部审计复核，已催要")
        return step

    who = {
        "credit": {"borrower": "周建华", "position": "客户经理", "department": "信贷部"},
        "credit2": {"borrower": "郑海涛", "position": "客户经理", "department": "信贷部"},
        "risk": {"borrower": "林晓燕", "position": "风控专员", "department": "风控部"},
        "legal": {"borrower": "陈志强", "position": "法务主管", "department": "法务部"},
        "finance": {"borrower": "黄丽娟", "position": "会计", "department": "财务部"},
    }
    chairman_position = "董事长"
    direct = chairman_position in s.direct_positions

    # the certificates first, while every file with certificates is free:
    # a 他项权证 out for a mortgage change and now overdue, and a 不动产权证书 awaiting approval
    o2 = day(40)
    loan({**who["risk"], "purpose": "抵押变更"}, o2, o2 + _dt.timedelta(days=21), cert="other_rights",
         steps=lambda st: [(o2, approve(st)), (o2, lend(st, o2))])
    loan({**who["risk"], "purpose": "抵押变更"}, day(1), today + _dt.timedelta(days=7), cert="property")
    # returned complete, months ago
    r = day(300)
    loan({**who["finance"], "purpose": "年度审计"}, r, r + _dt.timedelta(days=21), categories=("project", "contract"),
         steps=lambda st: [(r, approve(st)), (r, lend(st, r)), (day(286), back(st, day(286), complete=True))])
    # taken directly by the chairman (no approval), returned a few days later
    c = day(200)
    loan({"borrower": "林国栋", "position": chairman_position, "department": "总经办", "purpose": "重大项目复核"},
         c, c + _dt.timedelta(days=14), categories=("project",),
         steps=lambda st: ([] if direct else [(c, approve(st))]) + [(c, lend(st, c)),
                                                                     (day(195), back(st, day(195), complete=True))])
    # withdrawn after approval
    w = day(160)
    loan({**who["credit2"], "purpose": "续贷审查"}, w, w + _dt.timedelta(days=14),
         steps=lambda st: [(w, approve(st)),
                           (day(157), lambda: loans.withdraw(keeper, st["id"], "借款人已提前还款，无需调阅"))])
    # returned with a page missing
    m = day(130)
    loan({**who["finance"], "purpose": "审计"}, m, m + _dt.timedelta(days=30), categories=("contract",),
         steps=lambda st: [(m, approve(st)), (day(129), lend(st, day(129))), (day(110), back_incomplete(st, day(110)))])
    # rejected
    j = day(95)
    loan({**who["credit"], "purpose": "贷后检查"}, j, j + _dt.timedelta(days=14), categories=("investigation",),
         steps=lambda st: [(j, lambda: loans.reject(manager, st["id"], "该档案涉诉，原件暂不外借，请改借复印件"))])
    # overdue: a file for a lawsuit
    o1 = day(45)
    loan({**who["legal"], "purpose": "诉讼"}, o1, o1 + _dt.timedelta(days=30), categories=("contract",),
         steps=lambda st: [(o1, approve(st, "诉讼结束后立即归还")), (day(44), lend(st, day(44)))])
    # renewed once, still out and not yet due
    n = day(38)
    renewed_on = day(20)
    loan({**who["legal"], "purpose": "诉讼"}, n, n + _dt.timedelta(days=21), categories=("contract",),
         steps=lambda st: [(n, approve(st)), (day(37), lend(st, day(37))),
                           (renewed_on, lambda: loans.renew(keeper, st["id"], today + _dt.timedelta(days=12),
                                                            "诉讼未结，延期归还", today=renewed_on))])
    # out, not yet due
    u = day(6)
    loan({**who["credit"], "purpose": "贷后检查"}, u, today + _dt.timedelta(days=9), categories=("investigation", "contract"),
         steps=lambda st: [(u, approve(st)), (day(5), lend(st, day(5)))])
    # approved, not yet lent
    a = day(2)
    loan({**who["credit2"], "purpose": "贷后检查"}, a, today + _dt.timedelta(days=12),
         steps=lambda st: [(a, approve(st, "同意，请按期归还"))])
