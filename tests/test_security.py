"""Recovery keys, the keyring (secure backends only), opening an office, password hashing."""
from __future__ import annotations

import hashlib

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from app import security
from app.errors import user_message
from app.models.database import DatabaseError, WrongKey, file_id
from app.office import KeyNeeded, create_office, open_office
from app.security import RecoveryKeyError, format_recovery_key, parse_recovery_key
from tests.conftest import PASSWORD
from tests.support.keyrings import MemoryKeyring


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------ recovery key
def test_recovery_key_round_trip():
    for _ in range(50):
        key = security.generate_key()
        text = format_recovery_key(key)
        groups = text.split("-")
        assert len(groups) == 14 and all(len(g) == 4 for g in groups)
        assert parse_recovery_key(text) == key


def test_recovery_key_uses_no_ambiguous_letters():
    for _ in range(50):
        text = format_recovery_key(security.generate_key()).replace("-", "")
        assert not set(text) & set("ILOU"), text


def test_recovery_key_parsing_is_tolerant_of_how_people_type():
    key = security.generate_key()
    text = format_recovery_key(key)
    compact = text.replace("-", "")
    variants = [
        text.lower(),
        text.replace("-", " "),
        compact,
        "  " + " ".join(text.split("-")) + "\n",
        text.replace("0", "O"),  # O read as 0
        text.replace("0", "o"),
        text.replace("1", "I"),  # I and L read as 1
        text.replace("1", "l"),
        text.replace("1", "L"),
    ]
    for v in variants:
        assert parse_recovery_key(v) == key, v


def test_a_single_changed_character_is_caught():
    """Every one-character typo anywhere is refused as a typing error or, where the
    character carries only padding bits, still gives exactly the same key: never a wrong key."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for _ in range(3):
        key = security.generate_key()
        text = format_recovery_key(key)
        caught = 0
        for i, ch in enumerate(text):
            if ch == "-":
                continue
            for replacement in alphabet:
                if replacement == ch:
                    continue
                typo = text[:i] + replacement + text[i + 1:]
                try:
                    got = parse_recovery_key(typo)
                except RecoveryKeyError as exc:
                    assert "typing error" in str(exc), typo
                    caught += 1
                else:
                    assert got == key, typo
        total = 56 * 31
        assert caught >= total - 31, (caught, total)


def test_swapped_groups_are_caught():
    key = security.generate_key()
    groups = format_recovery_key(key).split("-")
    groups[0], groups[1] = groups[1], groups[0]
    if groups[0] != groups[1]:
        with pytest.raises(RecoveryKeyError):
            parse_recovery_key("-".join(groups))


@pytest.mark.parametrize("cut", [1, 4, 20])
def test_wrong_length_says_how_many_characters(cut):
    text = format_recovery_key(security.generate_key()).replace("-", "")
    with pytest.raises(RecoveryKeyError) as info:
        parse_recovery_key(text[:-cut])
    message = str(info.value)
    assert "56" in message and str(56 - cut) in message


def test_recovery_key_with_a_foreign_character_is_refused():
    text = format_recovery_key(security.generate_key())
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key(text[:-1] + "张")
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key("")


# ------------------------------------------------------------------ keyring
class _InsecureAlt(KeyringBackend):
    """Looks like keyrings.alt's plaintext file to the check (module name)."""
    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise AssertionError("the key must never be written to an insecure keyring")

    def delete_password(self, service, username):
        pass


_InsecureAlt.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring, _InsecureAlt])
def test_insecure_keyrings_are_refused(backend):
    keyring.set_keyring(backend())
    problem = security.keyring_problem()
    assert problem and "secure key store" in problem
    key = security.generate_key()
    assert security.store_key("abc", key) == problem
    assert security.load_key("abc") is None


def test_memory_keyring_is_accepted_and_keeps_the_key(memory_keyring):
    assert security.keyring_problem() is None
    key = security.generate_key()
    assert security.store_key("db-1", key) is None
    assert security.load_key("db-1") == key
    assert security.load_key("db-2") is None
    assert memory_keyring.store[(security.KEYRING_SERVICE, "db-1")] == key.hex()
    security.forget_key("db-1")
    assert security.load_key("db-1") is None


def test_damaged_keyring_entry_is_ignored(memory_keyring):
    memory_keyring.store[(security.KEYRING_SERVICE, "db-x")] = "not hex"
    assert security.load_key("db-x") is None
    memory_keyring.store[(security.KEYRING_SERVICE, "db-y")] = "ab" * 16  # 16 bytes, not 32
    assert security.load_key("db-y") is None


# ------------------------------------------------------------------ opening an office
def _new_office(tmp_path):
    created = create_office(tmp_path / "office.kdb", company="鸿运物业", admin_username="admin",
                            admin_display_name="王管理", admin_password=PASSWORD)
    return created


def test_create_office_stores_the_key_under_the_files_id(tmp_path, memory_keyring):
    created = _new_office(tmp_path)
    try:
        assert created.keyring_problem is None
        db_id = created.office.db.file_id()
        assert memory_keyring.store[(security.KEYRING_SERVICE, db_id)] == created.office.db.key.hex()
        assert parse_recovery_key(created.recovery_key) == created.office.db.key
    finally:
        created.office.close()
    office = open_office(tmp_path / "office.kdb")  # no prompt: key from the keyring
    try:
        assert office.company() == "鸿运物业"
    finally:
        office.close()


def test_create_office_with_insecure_keyring_still_gives_the_recovery_key(tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    created = _new_office(tmp_path)
    try:
        assert created.keyring_problem
        key = created.office.db.key
    finally:
        created.office.close()
    with pytest.raises(KeyNeeded):
        open_office(tmp_path / "office.kdb")
    office = open_office(tmp_path / "office.kdb", recovery_key=created.recovery_key)
    try:
        assert office.db.key == key
    finally:
        office.close()


def test_open_without_key_in_keyring_asks_for_the_recovery_key(tmp_path, memory_keyring):
    created = _new_office(tmp_path)
    created.office.close()
    memory_keyring.store.clear()  # new PC / new Windows profile
    path = tmp_path / "office.kdb"
    before = _digest(path)
    with pytest.raises(KeyNeeded) as info:
        open_office(path)
    assert "recovery key" in user_message(info.value)
    assert _digest(path) == before
    assert memory_keyring.store == {}


def test_recovery_key_opens_and_puts_the_key_back_into_the_keyring(tmp_path, memory_keyring):
    created = _new_office(tmp_path)
    key = created.office.db.key
    created.office.close()
    memory_keyring.store.clear()
    path = tmp_path / "office.kdb"
    typed = created.recovery_key.lower().replace("-", " ")
    office = open_office(path, recovery_key=typed)
    try:
        assert office.db.key == key
        assert office.auth.login("admin", PASSWORD).role == "admin"
    finally:
        office.close()
    assert security.load_key(file_id(path)) == key
    # and the next start needs no recovery key
    office = open_office(path)
    office.close()


def test_a_wrong_recovery_key_changes_neither_file_nor_keyring(tmp_path, memory_keyring):
    created = _new_office(tmp_path)
    created.office.close()
    path = tmp_path / "office.kdb"
    ring_before = dict(memory_keyring.store)
    before = _digest(path)
    other = format_recovery_key(security.generate_key())
    with pytest.raises(WrongKey) as info:
        open_office(path, recovery_key=other)
    assert "wrong" in user_message(info.value)
    typo = created.recovery_key[:-1] + ("A" if created.recovery_key[-1] != "A" else "B")
    with pytest.raises(RecoveryKeyError):
        open_office(path, recovery_key=typo)
    assert _digest(path) == before
    assert memory_keyring.store == ring_before


def test_a_mistyped_recovery_key_gets_a_readable_message(tmp_path):
    """The message shown by the CLI and the GUI for a typo names the problem, not an exception class."""
    created = _new_office(tmp_path)
    created.office.close()
    typo = created.recovery_key[:-1] + ("A" if created.recovery_key[-1] != "A" else "B")
    with pytest.raises(Exception) as info:
        open_office(tmp_path / "office.kdb", recovery_key=typo)
    message = user_message(info.value)
    assert "recovery key" in message, message
    assert "Unexpected" not in message


def test_a_new_key_is_never_generated_for_an_existing_file(tmp_path, memory_keyring, monkeypatch):
    created = _new_office(tmp_path)
    created.office.close()
    path = tmp_path / "office.kdb"
    before = _digest(path)
    memory_keyring.store.clear()

    calls = []
    monkeypatch.setattr(security, "generate_key", lambda: calls.append(1) or b"\x01" * 32)
    with pytest.raises(KeyNeeded):
        open_office(path)
    with pytest.raises(DatabaseError) as info:
        create_office(path, company="x", admin_username="admin2", admin_display_name="",
                      admin_password=PASSWORD)
    assert info.value.code == "exists"
    assert _digest(path) == before
    assert memory_keyring.store == {}
    # create_office may have asked for a key before it found the file, but nothing was stored or written
    assert not any(p.name.startswith("office.kdb-") for p in tmp_path.iterdir())
    office = open_office(path, recovery_key=created.recovery_key)
    office.close()


def test_create_office_with_a_weak_password_leaves_no_file(tmp_path, memory_keyring):
    from app.validation import ValidationError

    with pytest.raises(ValidationError) as info:
        create_office(tmp_path / "weak.kdb", company="x", admin_username="admin", admin_display_name="",
                      admin_password="12345678")
    assert "Password" in str(info.value)
    assert not list(tmp_path.glob("weak.kdb*"))
    assert memory_keyring.store == {}


# ------------------------------------------------------------------ passwords
def test_password_hash_verifies_and_is_salted():
    h1 = security.hash_password(PASSWORD)
    h2 = security.hash_password(PASSWORD)
    assert h1 != h2
    assert h1.startswith("scrypt$")
    assert PASSWORD not in h1
    assert security.verify_password(PASSWORD, h1)
    assert security.verify_password(PASSWORD, h2)
    assert not security.verify_password(PASSWORD + "x", h1)
    assert not security.verify_password("desk2026!", h1)
    assert not security.verify_password("", h1)


def test_password_hash_keeps_its_own_cost(monkeypatch):
    h = security.hash_password("密码Abc123")
    monkeypatch.setattr(security, "SCRYPT_N", 2 ** 11)
    assert security.verify_password("密码Abc123", h)


@pytest.mark.parametrize("stored", ["", "garbage", "md5$abc", "scrypt$x$8$1$AAAA$BBBB", "scrypt$1024$8$1$!!$!!"])
def test_malformed_stored_hash_never_verifies(stored):
    assert security.verify_password(PASSWORD, stored) is False


@pytest.mark.parametrize("password, ok", [
    ("", False), ("Ab1", False), ("1234567", False), ("12345678", False), ("abcdefgh", False),
    ("密码密码密码密码", False), ("abcd1234", True), ("Desk2026!", True), ("密码密码1234", True), ("pass word!", True),
])
def test_password_rules(password, ok):
    problem = security.password_problem(password)
    assert (problem is None) == ok, problem
    if not ok:
        assert "password" in problem


def test_memory_keyring_class_is_what_tests_use():
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
