"""Errors a user can read, and the one place that turns any error into a message."""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.database import DatabaseError
from app.validation import ValidationError


class KeDangError(Exception):
    """A refusal or failure the user can act on; its text is already translated."""


class PermissionDenied(KeDangError):
    pass


class AuthError(KeDangError):
    pass


class NotFound(KeDangError):
    pass


_DB_MESSAGES = {
    "wrong_key": QT_TRANSLATE_NOOP("Errors", "The key does not open this database: the recovery key is wrong or the file is not a KeDang database. The file was not changed."),
    "damaged": QT_TRANSLATE_NOOP("Errors", "The database file is damaged and was not changed. Restore the newest verified backup."),
    "too_new": QT_TRANSLATE_NOOP("Errors", "This database was written by a newer version of KeDang (schema {version}; this program knows up to {latest}). Install the newer version."),
    "exists": QT_TRANSLATE_NOOP("Errors", "A file already exists at {path}; KeDang never overwrites it."),
    "missing": QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
    "network_path": QT_TRANSLATE_NOOP("Errors", "The database cannot be kept on a network share or a mapped network drive: choose a folder on this computer's own disk."),
    "not_database": QT_TRANSLATE_NOOP("Errors", "The file is not a KeDang database."),
    "create_failed": QT_TRANSLATE_NOOP("Errors", "The database could not be created: {error}"),
}


def user_message(exc: BaseException) -> str:
    """A translated, one-line message for any error; never a traceback."""
    if isinstance(exc, (KeDangError, ValidationError)):
        return str(exc)
    if isinstance(exc, DatabaseError):
        text = translate("Errors", _DB_MESSAGES.get(exc.code, QT_TRANSLATE_NOOP("Errors", "Database error: {error}")))
        try:
            return text.format(**{"error": str(exc), **exc.params})
        except (KeyError, IndexError):
            return text
    if isinstance(exc, PermissionError):
        return translate("Errors", "The file or folder cannot be written: permission denied ({name}).").format(
            name=getattr(exc, "filename", "") or "")
    if isinstance(exc, OSError):
        return translate("Errors", "The file could not be read or written: {error}").format(
            error=exc.strerror or type(exc).__name__)
    return translate("Errors", "Unexpected error ({name}). Nothing was saved; please try again.").format(
        name=type(exc).__name__)
