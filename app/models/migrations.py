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

MIGRATIONS: dict[int, list[str]] = {
    1: _V1,
    2: _V2,
}

LATEST = max(MIGRATIONS)


def steps(version: int) -> list[str]:
    return MIGRATIONS[version]
