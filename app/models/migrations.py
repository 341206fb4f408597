"""Numbered schema migrations, applied in order by ``Database._upgrade``.

Step N brings a database from ``user_version`` N-1 to N. Never edit a step that
has shipped: add a new one. Each step is a list of single SQL statements.
"""
from __future__ import annotations

_V1 = [
    """CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name  TEXT NOT NULL DEFAULT '',
        role          TEXT NOT NULL CHECK (role IN ('admin','archivist','clerk','viewer','manager')),
        pw_hash       TEXT NOT NULL,
        active        INTEGER NOT NULL DEFAULT 1,
        failed_count  INTEGER NOT NULL DEFAULT 0,
        locked_until  TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    )""",
    """CREATE TABLE customers (
        id          INTEGER PRIMARY KEY,
        code        TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('person','company')),
        level       TEXT NOT NULL DEFAULT 'normal' CHECK (level IN ('key','normal','potential')),
        status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','moved_out','archived','destroyed')),
        id_number   TEXT NOT NULL DEFAULT '',
        phone       TEXT NOT NULL DEFAULT '',
        unit        TEXT NOT NULL DEFAULT '',
        address     TEXT NOT NULL DEFAULT '',
        company     TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        pinyin      TEXT NOT NULL DEFAULT '',
        status_date TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_by  INTEGER REFERENCES users(id)
    )""",
    # One index per sortable column, partial like every list query (status != 'destroyed'), so the
    # list sorts in SQL and reads only row ids, with no lookups into the table.
    *[f"CREATE INDEX customers_by_{col} ON customers({col}) WHERE status != 'destroyed'"
      for col in ("code", "name", "kind", "level", "status", "phone", "id_number", "unit", "updated_at", "pinyin")],
    # Substring search of 3+ characters (names, phones, ID numbers, units, companies, pinyin).
    """CREATE VIRTUAL TABLE customer_fts USING fts5(
        body, tokenize = 'trigram', content = '', contentless_delete = 1)""",
    # 1-2 character Chinese queries: every CJK character is its own token, queried as a phrase.
    """CREATE VIRTUAL TABLE customer_cjk USING fts5(
        body, tokenize = 'unicode61', content = '', contentless_delete = 1)""",
    """CREATE TABLE contacts (
        id          INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        role        TEXT NOT NULL CHECK (role IN ('main','daily','emergency')),
        name        TEXT NOT NULL,
        phone       TEXT NOT NULL DEFAULT '',
        relation    TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    )""",
    "CREATE INDEX contacts_customer ON contacts(customer_id, role)",
    # Hash-chained audit log. ``hash`` covers the row's fields and ``payload_hash``,
    # so personal data in ``payload`` can later be redacted by the destruction
    # process while the chain still verifies.
    """CREATE TABLE audit_events (
        id           INTEGER PRIMARY KEY,
        ts           TEXT NOT NULL,
        user_id      INTEGER,
        username     TEXT NOT NULL DEFAULT '',
        action       TEXT NOT NULL,
        entity       TEXT NOT NULL DEFAULT '',
        entity_id    TEXT NOT NULL DEFAULT '',
        summary      TEXT NOT NULL DEFAULT '',
        payload      TEXT NOT NULL DEFAULT '{}',
        payload_hash TEXT NOT NULL,
        prev_hash    TEXT NOT NULL,
        hash         TEXT NOT NULL
    )""",
    "CREATE INDEX audit_ts ON audit_events(ts)",
    "CREATE INDEX audit_entity ON audit_events(entity, entity_id)",
    "CREATE INDEX audit_user ON audit_events(username, ts)",
    "CREATE INDEX audit_action ON audit_events(action, ts)",
]

_ENTRY_KINDS = "'payment','repair','complaint','visit','correspondence','violation','renovation','credit'"
_ATTACHMENT_KINDS = "'id_copy','licence','contract','certificate_copy','other'"

_V2 = [
    # Tags (a JSON list) and the values of the administrator's custom fields (a JSON object keyed
    # by field id); both go into the search index with the rest of the customer.
    "ALTER TABLE customers ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE customers ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'",
    # One dated record of a customer's dossier. The kind's own fields are in ``data`` (JSON);
    # what lists sort and filter on is kept in columns: the main date, the amount in fen, and
    # whether the entry still needs doing (``is_open``) by when (``due_date``).
    f"""CREATE TABLE entries (
        id          INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        kind        TEXT NOT NULL CHECK (kind IN ({_ENTRY_KINDS})),
        entry_date  TEXT NOT NULL,
        summary     TEXT NOT NULL DEFAULT '',
        amount_fen  INTEGER,
        is_open     INTEGER NOT NULL DEFAULT 0,
        due_date    TEXT,
        data        TEXT NOT NULL DEFAULT '{{}}',
        follows_id  INTEGER REFERENCES entries(id),
        voided      INTEGER NOT NULL DEFAULT 0,
        void_reason TEXT NOT NULL DEFAULT '',
        voided_at   TEXT,
        voided_by   INTEGER REFERENCES users(id),
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX entries_customer ON entries(customer_id, kind, entry_date)",
    "CREATE INDEX entries_timeline ON entries(customer_id, entry_date, id)",
    "CREATE INDEX entries_follows ON entries(follows_id) WHERE follows_id IS NOT NULL",
    "CREATE INDEX entries_due ON entries(due_date) WHERE is_open = 1 AND voided = 0",
    # Attachments: the description here, the bytes in their own table so lists never read them.
    f"""CREATE TABLE attachments (
        id          INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        title       TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ({_ATTACHMENT_KINDS})),
        pages       INTEGER NOT NULL DEFAULT 1,
        filename    TEXT NOT NULL DEFAULT '',
        mime        TEXT NOT NULL,
        size        INTEGER NOT NULL,
        sha256      TEXT NOT NULL,
        voided      INTEGER NOT NULL DEFAULT 0,
        void_reason TEXT NOT NULL DEFAULT '',
        voided_at   TEXT,
        voided_by   INTEGER REFERENCES users(id),
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX attachments_customer ON attachments(customer_id, created_at)",
    """CREATE TABLE attachment_data (
        attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id),
        content       BLOB NOT NULL
    )""",
    # Custom fields an administrator defines per customer type ('' = both types).
    """CREATE TABLE custom_fields (
        id            INTEGER PRIMARY KEY,
        customer_kind TEXT NOT NULL DEFAULT '' CHECK (customer_kind IN ('','person','company')),
        label         TEXT NOT NULL,
        type          TEXT NOT NULL CHECK (type IN ('text','number','date','choice')),
        choices       TEXT NOT NULL DEFAULT '[]',
        position      INTEGER NOT NULL DEFAULT 0,
        active        INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    )""",
]

_CERT_KINDS = "'property','other_rights','chattel_mortgage','equity_pledge','other'"

_V3 = [
    # A paper file in the cabinet (ArchiveFile). Its item list (册内资料清单: name and pages) and its
    # unnumbered attachments (附件) are JSON lists; ``seq`` is the number inside the archive number's
    # pattern, kept so the next number and the gaps are found without parsing text.
    """CREATE TABLE archive_files (
        id            INTEGER PRIMARY KEY,
        archive_no    TEXT NOT NULL UNIQUE,
        seq           INTEGER,
        customer_id   INTEGER REFERENCES customers(id),
        title         TEXT NOT NULL,
        category      TEXT NOT NULL CHECK (category IN ('project','contract','investigation','customer')),
        items         TEXT NOT NULL DEFAULT '[]',
        extras        TEXT NOT NULL DEFAULT '[]',
        cabinet       TEXT NOT NULL DEFAULT '',
        shelf         TEXT NOT NULL DEFAULT '',
        box           TEXT NOT NULL DEFAULT '',
        status        TEXT NOT NULL DEFAULT 'in_store'
                      CHECK (status IN ('in_store','on_loan','transferred','destroyed')),
        status_note   TEXT NOT NULL DEFAULT '',
        registered_on TEXT NOT NULL,
        handover_id   INTEGER,
        note          TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        created_by    INTEGER REFERENCES users(id),
        updated_at    TEXT NOT NULL,
        updated_by    INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX archive_files_customer ON archive_files(customer_id)",
    "CREATE INDEX archive_files_seq ON archive_files(seq)",
    # An original certificate in the safe; its register number is its archive file's number.
    f"""CREATE TABLE certificates (
        id              INTEGER PRIMARY KEY,
        kind            TEXT NOT NULL CHECK (kind IN ({_CERT_KINDS})),
        cert_no         TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name            TEXT NOT NULL DEFAULT '',
        holder          TEXT NOT NULL,
        quantity        INTEGER NOT NULL CHECK (quantity > 0),
        customer_id     INTEGER REFERENCES customers(id),
        archive_file_id INTEGER REFERENCES archive_files(id),
        safe_no         TEXT NOT NULL DEFAULT '',
        position        TEXT NOT NULL DEFAULT '',
        received_on     TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'in_safe'
                        CHECK (status IN ('in_safe','on_loan','returned','cancelled')),
        status_note     TEXT NOT NULL DEFAULT '',
        handover_id     INTEGER,
        note            TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        created_by      INTEGER REFERENCES users(id),
        updated_at      TEXT NOT NULL,
        updated_by      INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX certificates_file ON certificates(archive_file_id)",
    "CREATE INDEX certificates_customer ON certificates(customer_id)",
    # A three-party handover (移交人 → 审核人 → 接收人) with its frozen item list. ``payload`` holds
    # what an intake registers when the receiver confirms (the file and its certificates).
    """CREATE TABLE handovers (
        id                  INTEGER PRIMARY KEY,
        handover_no         TEXT NOT NULL UNIQUE,
        purpose             TEXT NOT NULL CHECK (purpose IN ('intake','transfer','return')),
        customer_id         INTEGER REFERENCES customers(id),
        from_name           TEXT NOT NULL,
        reviewer_name       TEXT NOT NULL,
        receiver_name       TEXT NOT NULL,
        handed_on           TEXT NOT NULL,
        reviewed_on         TEXT,
        received_on         TEXT,
        review_late_reason  TEXT NOT NULL DEFAULT '',
        receive_late_reason TEXT NOT NULL DEFAULT '',
        items               TEXT NOT NULL DEFAULT '[]',
        payload             TEXT NOT NULL DEFAULT '{}',
        status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
        note                TEXT NOT NULL DEFAULT '',
        created_at          TEXT NOT NULL,
        created_by          INTEGER REFERENCES users(id),
        updated_at          TEXT NOT NULL,
        updated_by          INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX handovers_customer ON handovers(customer_id)",
    # A borrowing of one file or one certificate (档案资料出借单) from request to return.
    """CREATE TABLE loans (
        id             INTEGER PRIMARY KEY,
        loan_no        TEXT NOT NULL UNIQUE,
        item_type      TEXT NOT NULL CHECK (item_type IN ('file','certificate')),
        item_id        INTEGER NOT NULL,
        customer_id    INTEGER REFERENCES customers(id),
        borrower       TEXT NOT NULL,
        position       TEXT NOT NULL DEFAULT '',
        department     TEXT NOT NULL DEFAULT '',
        purpose        TEXT NOT NULL,
        requested_on   TEXT NOT NULL,
        due_date       TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('requested','approved','rejected','out','returned','cancelled')),
        approver_name  TEXT NOT NULL DEFAULT '',
        approved_by    INTEGER REFERENCES users(id),
        approved_at    TEXT,
        decision_note  TEXT NOT NULL DEFAULT '',
        lent_on        TEXT,
        lent_by        INTEGER REFERENCES users(id),
        returned_on    TEXT,
        received_by    INTEGER REFERENCES users(id),
        complete       INTEGER,
        missing        TEXT NOT NULL DEFAULT '[]',
        return_note    TEXT NOT NULL DEFAULT '',
        renewals       TEXT NOT NULL DEFAULT '[]',
        created_at     TEXT NOT NULL,
        created_by     INTEGER REFERENCES users(id),
        updated_at     TEXT NOT NULL,
        updated_by     INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX loans_item ON loans(item_type, item_id, status)",
    "CREATE INDEX loans_due ON loans(due_date) WHERE status = 'out'",
    # A stock-take of the safe (盘点): the register's certificates as they were when it began, ticked.
    """CREATE TABLE stocktakes (
        id          INTEGER PRIMARY KEY,
        taken_on    TEXT NOT NULL,
        taken_by    TEXT NOT NULL,
        witness     TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
        lines       TEXT NOT NULL DEFAULT '[]',
        extras      TEXT NOT NULL DEFAULT '[]',
        note        TEXT NOT NULL DEFAULT '',
        finished_at TEXT,
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id)
    )""",
]

_V4 = [
    # A customer satisfaction survey (顾客满意度调查): its questions are JSON
    # ([{"key", "text", "type": score|choice|text, "choices"}]); who was surveyed is a table of its own.
    """CREATE TABLE surveys (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        period_start  TEXT NOT NULL,
        period_end    TEXT NOT NULL,
        target_rate   INTEGER NOT NULL CHECK (target_rate BETWEEN 0 AND 100),
        questions     TEXT NOT NULL DEFAULT '[]',
        copied_from   INTEGER REFERENCES surveys(id),
        approved_by   TEXT NOT NULL DEFAULT '',
        approved_on   TEXT,
        note          TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        created_by    INTEGER REFERENCES users(id),
        updated_at    TEXT NOT NULL,
        updated_by    INTEGER REFERENCES users(id)
    )""",
    """CREATE TABLE survey_customers (
        survey_id   INTEGER NOT NULL REFERENCES surveys(id),
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        PRIMARY KEY (survey_id, customer_id)
    ) WITHOUT ROWID""",
    # One paper form typed in; anonymous forms have no customer. One form per customer per survey.
    """CREATE TABLE survey_responses (
        id          INTEGER PRIMARY KEY,
        survey_id   INTEGER NOT NULL REFERENCES surveys(id),
        customer_id INTEGER REFERENCES customers(id),
        received_on TEXT NOT NULL,
        entered_by  TEXT NOT NULL DEFAULT '',
        answers     TEXT NOT NULL DEFAULT '{}',
        comment     TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id)
    )""",
    "CREATE UNIQUE INDEX survey_responses_one ON survey_responses(survey_id, customer_id) WHERE customer_id IS NOT NULL",
    "CREATE INDEX survey_responses_survey ON survey_responses(survey_id)",
    # A corrective or preventive action for a question below target, followed up until closed.
    """CREATE TABLE corrective_actions (
        id           INTEGER PRIMARY KEY,
        survey_id    INTEGER NOT NULL REFERENCES surveys(id),
        question_key TEXT NOT NULL DEFAULT '',
        action       TEXT NOT NULL,
        owner        TEXT NOT NULL,
        due_date     TEXT NOT NULL,
        status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
        done_on      TEXT,
        result       TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        created_by   INTEGER REFERENCES users(id),
        updated_at   TEXT NOT NULL,
        updated_by   INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX corrective_actions_due ON corrective_actions(due_date) WHERE status = 'open'",
]

_V5 = [
    # The property desk (一户一档): buildings, their units and parking spaces, who lives or works in
    # each (occupancies, with the move-in and move-out checklists as JSON), keys the office keeps for
    # tenants (代保管钥匙), and the folder labels printed (档案标牌) to tell which need reprinting.
    """CREATE TABLE buildings (
        id          INTEGER PRIMARY KEY,
        code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name        TEXT NOT NULL,
        floors      INTEGER NOT NULL DEFAULT 0,
        address     TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id)
    )""",
    """CREATE TABLE units (
        id          INTEGER PRIMARY KEY,
        building_id INTEGER NOT NULL REFERENCES buildings(id),
        number      TEXT NOT NULL COLLATE NOCASE,
        kind        TEXT NOT NULL DEFAULT 'unit' CHECK (kind IN ('unit','parking')),
        floor       INTEGER NOT NULL DEFAULT 0,
        area        TEXT NOT NULL DEFAULT '',
        use         TEXT NOT NULL DEFAULT 'residence',
        status      TEXT NOT NULL DEFAULT 'vacant' CHECK (status IN ('vacant','occupied','renovating')),
        search_key  TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id),
        UNIQUE (building_id, number)
    )""",
    "CREATE INDEX units_key ON units(search_key)",
    """CREATE TABLE occupancies (
        id          INTEGER PRIMARY KEY,
        unit_id     INTEGER NOT NULL REFERENCES units(id),
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        role        TEXT NOT NULL CHECK (role IN ('owner','tenant','company')),
        start_date  TEXT NOT NULL,
        end_date    TEXT,
        move_in     TEXT NOT NULL DEFAULT '{}',
        move_out    TEXT NOT NULL DEFAULT '{}',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX occupancies_unit ON occupancies(unit_id)",
    "CREATE INDEX occupancies_customer ON occupancies(customer_id)",
    "CREATE UNIQUE INDEX occupancies_current ON occupancies(unit_id, role) WHERE end_date IS NULL",
    """CREATE TABLE held_keys (
        id          INTEGER PRIMARY KEY,
        unit_id     INTEGER NOT NULL REFERENCES units(id),
        customer_id INTEGER REFERENCES customers(id),
        description TEXT NOT NULL,
        quantity    INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
        position    TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held','lent','returned')),
        received_on TEXT NOT NULL,
        lent_to     TEXT NOT NULL DEFAULT '',
        purpose     TEXT NOT NULL DEFAULT '',
        lent_on     TEXT,
        due_date    TEXT,
        returned_on TEXT,
        history     TEXT NOT NULL DEFAULT '[]',
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX held_keys_due ON held_keys(due_date) WHERE status = 'lent'",
    """CREATE TABLE label_prints (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('unit','file')),
        ref_id      INTEGER NOT NULL,
        text        TEXT NOT NULL,
        printed_at  TEXT NOT NULL,
        printed_by  INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX label_prints_ref ON label_prints(kind, ref_id)",
]

_V6 = [
    # PIPL consent records (个人信息处理同意): what the customer agreed to, under which notice, how,
    # and whether and when it was withdrawn. ``separate`` marks a separate consent (单独同意: sensitive
    # personal information, giving it to a third party).
    """CREATE TABLE consents (
        id              INTEGER PRIMARY KEY,
        customer_id     INTEGER NOT NULL REFERENCES customers(id),
        purpose         TEXT NOT NULL,
        scope           TEXT NOT NULL DEFAULT '',
        notice_version  TEXT NOT NULL DEFAULT '',
        method          TEXT NOT NULL CHECK (method IN ('written','electronic','verbal','other')),
        separate        INTEGER NOT NULL DEFAULT 0,
        given_on        TEXT NOT NULL,
        recorded_by     INTEGER REFERENCES users(id),
        withdrawn_on    TEXT,
        withdrawal_note TEXT NOT NULL DEFAULT '',
        withdrawn_by    INTEGER REFERENCES users(id),
        note            TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    )""",
    "CREATE INDEX consents_customer ON consents(customer_id, given_on)",
    # An approved destruction (销毁记录) of records past their retention period, or deleted at the
    # customer's request (PIPL). ``items`` is a JSON list of {kind, id, customer_id, code, sub, date,
    # label} with no personal data (customer codes, entry kinds, dates); ``result`` holds what was
    # removed (counts per item) once it is done. The approver is a manager other than the requester.
    """CREATE TABLE destruction_requests (
        id                INTEGER PRIMARY KEY,
        number            TEXT NOT NULL UNIQUE,
        items             TEXT NOT NULL DEFAULT '[]',
        reason            TEXT NOT NULL,
        pipl              INTEGER NOT NULL DEFAULT 0,
        status            TEXT NOT NULL DEFAULT 'requested'
                          CHECK (status IN ('requested','approved','rejected','done')),
        requested_by      INTEGER REFERENCES users(id),
        requester_name    TEXT NOT NULL DEFAULT '',
        requested_on      TEXT NOT NULL,
        approved_by       INTEGER REFERENCES users(id),
        approver_name     TEXT NOT NULL DEFAULT '',
        witness           TEXT NOT NULL DEFAULT '',
        approved_on       TEXT,
        decision_note     TEXT NOT NULL DEFAULT '',
        executed_by       INTEGER REFERENCES users(id),
        executor_name     TEXT NOT NULL DEFAULT '',
        executed_on       TEXT,
        result            TEXT NOT NULL DEFAULT '{}',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
    )""",
    "CREATE INDEX destruction_requests_status ON destruction_requests(status, requested_on)",
]

# Steps 7-12 are filled by the work of this round, one step per area, so that parallel
# branches never compete for a number; a step left empty is a no-op.
_V7_ROLES: list[str] = []       # persons with several roles (users' roles)
_V8_AUDIT: list[str] = []       # row digests of audited writes
_V9_SEARCH: list[str] = []      # polyphonic pinyin readings, office calendar
_V10_BACKUP: list[str] = []     # incremental backups
_V11_PAPER: list[str] = []      # fee ledgers and receipts
_V12_TRUST: list[str] = []      # key change and other trust fixes

MIGRATIONS: dict[int, list[str]] = {
    1: _V1,
    2: _V2,
    3: _V3,
    4: _V4,
    5: _V5,
    6: _V6,
    7: _V7_ROLES,
    8: _V8_AUDIT,
    9: _V9_SEARCH,
    10: _V10_BACKUP,
    11: _V11_PAPER,
    12: _V12_TRUST,
}

LATEST = max(MIGRATIONS)


def steps(version: int) -> list[str]:
    return MIGRATIONS[version]
