"""Keys, the recovery key, the OS keyring and password hashing.

- A new database gets a random 256-bit key used as a raw SQLCipher key.
- The key is kept in the OS keyring under the database's own id (its salt).
  Only a secure backend is accepted: never the failing/null fallbacks, never
  ``keyrings.alt``'s files.
- The recovery key is the same key written for people: Crockford base32 in
  groups of four, with a final check group that catches typing errors.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from app.errors import KeDangError
from app.i18n import translate

KEYRING_SERVICE = "KeDang"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_STD_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_STD_B32, _ALPHABET)
_FROM_CROCKFORD = str.maketrans(_ALPHABET, _STD_B32)
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
GROUP = 4

# scrypt cost; tests lower N to keep the suite fast (the stored hash records its parameters).
SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1


class RecoveryKeyError(KeDangError, ValueError):
    """A recovery key that was mistyped; the message says what is wrong."""


def generate_key() -> bytes:
    return secrets.token_bytes(32)


def _check_group(key: bytes) -> str:
    digest = hashlib.sha256(b"KeDang recovery key check" + key).digest()
    return base64.b32encode(digest[:5]).decode()[:GROUP].translate(_TO_CROCKFORD)


def format_recovery_key(key: bytes) -> str:
    """``XXXX-XXXX-…`` : 13 groups of key data and one check group."""
    body = base64.b32encode(key).decode().rstrip("=").translate(_TO_CROCKFORD)
    groups = [body[i:i + GROUP] for i in range(0, len(body), GROUP)]
    groups.append(_check_group(key))
    return "-".join(groups)


def parse_recovery_key(text: str) -> bytes:
    """The key a person typed back; spaces, dashes and case do not matter, I/L read as 1 and O as 0."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_READ_AS)
    expected = len(format_recovery_key(bytes(32)).replace("-", ""))
    if len(cleaned) != expected:
        raise RecoveryKeyError(translate(
            "Security", "A recovery key has {n} letters and digits; {m} were entered.").format(n=expected, m=len(cleaned)))
    if any(ch not in _ALPHABET for ch in cleaned):
        raise RecoveryKeyError(translate("Security", "The recovery key contains a character that is not used in recovery keys."))
    body, check = cleaned[:-GROUP], cleaned[-GROUP:]
    std = body.translate(_FROM_CROCKFORD)
    try:
        key = base64.b32decode(std + "=" * (-len(std) % 8))[:32]
    except (ValueError, base64.binascii.Error):
        raise RecoveryKeyError(translate("Security", "The recovery key could not be read.")) from None
    if len(key) != 32 or not hmac.compare_digest(_check_group(key), check):
        raise RecoveryKeyError(translate(
            "Security", "The recovery key has a typing error: its last group does not match the others. Check every group against the recovery sheet."))
    return key


# ------------------------------------------------------------------ keyring
_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def keyring_problem() -> str | None:
    """None when the active keyring backend is one we trust with the key; else why not."""
    try:
        import keyring
        from keyring.backends import chainer
    except Exception:  # pragma: no cover - keyring is a dependency
        return translate("Security", "The keyring library is not available.")
    backend = keyring.get_keyring()
    backends = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    if not backends:
        return translate("Security", "This computer has no secure key store (keyring).")
    for b in backends:
        module = type(b).__module__
        if module.startswith(_INSECURE_MODULE_PREFIXES) or getattr(b, "priority", 0) <= 0:
            return translate("Security", "This computer has no secure key store (keyring); found only {name}.").format(
                name=type(b).__name__)
    return None


def store_key(database_id: str, key: bytes) -> str | None:
    """Keep the key in the OS keyring. None on success, else the reason it was not stored."""
    problem = keyring_problem()
    if problem:
        return problem
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, database_id, key.hex())
    except Exception as exc:  # keyring.errors.KeyringError and backend-specific errors
        return translate("Security", "The key store refused the key: {error}").format(error=type(exc).__name__)
    return None


def load_key(database_id: str) -> bytes | None:
    if keyring_problem():
        return None
    import keyring

    try:
        value = keyring.get_password(KEYRING_SERVICE, database_id)
    except Exception:
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget_key(database_id: str) -> None:
    if keyring_problem():
        return
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, database_id)
    except Exception:
        pass


# ------------------------------------------------------------------ passwords
def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=256 * 1024 * 1024, dklen=32)
    return "scrypt${}${}${}${}${}".format(
        SCRYPT_N, SCRYPT_R, SCRYPT_P, base64.b64encode(salt).decode(), base64.b64encode(digest).decode())


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p),
                                maxmem=256 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def password_problem(password: str) -> str | None:
    if len(password) < 8:
        return translate("Validation", "a password has at least 8 characters")
    if password.isdigit() or password.isalpha():
        return translate("Validation", "a password mixes letters with digits or symbols")
    return None
