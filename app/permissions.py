"""Which role may do what. The services check this on every write; the UI only mirrors it."""
from __future__ import annotations

from app.i18n import translate

ADMIN, ARCHIVIST, CLERK, VIEWER, MANAGER = "admin", "archivist", "clerk", "viewer", "manager"
ALL_ROLES = (ADMIN, ARCHIVIST, CLERK, VIEWER, MANAGER)

# permission -> roles that hold it
PERMISSIONS: dict[str, frozenset[str]] = {
    "customer.read": frozenset(ALL_ROLES),
    "customer.create": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),
    "customer.update": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),
    "customer.bulk_create": frozenset({ADMIN, MANAGER}),
    "contact.write": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),
    "pii.view": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),   # unmasked ID and phone numbers
    "pii.reveal": frozenset({VIEWER}),   # one masked number at a time, with a reason (audited)
    "entry.write": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),
    "entry.void": frozenset({ARCHIVIST, MANAGER}),
    "attachment.view": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),  # ID copies show what masking hides
    "attachment.export": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),
    "customer.merge": frozenset({ADMIN, ARCHIVIST, MANAGER}),
    "dossier.edit_closed": frozenset({ADMIN, ARCHIVIST, MANAGER}),  # moved-out and archived customers
    "archive.read": frozenset(ALL_ROLES),
    "archive.write": frozenset({ARCHIVIST, MANAGER}),     # files, certificates, handovers, stock-takes
    "archive.destroy": frozenset({MANAGER}),
    "loan.request": frozenset({ARCHIVIST, CLERK, MANAGER}),
    "loan.approve": frozenset({MANAGER}),
    "loan.lend": frozenset({ARCHIVIST, MANAGER}),          # lend, take back, renew
    "survey.read": frozenset(ALL_ROLES),
    "survey.write": frozenset({CLERK, MANAGER}),           # define surveys, corrective actions
    "survey.enter": frozenset({ARCHIVIST, CLERK, MANAGER}),
    "survey.approve": frozenset({MANAGER}),
    "property.read": frozenset(ALL_ROLES),
    "property.write": frozenset({ADMIN, ARCHIVIST, CLERK, MANAGER}),  # estate, move-in and move-out, labels
    "keys.lend": frozenset({ARCHIVIST, CLERK, MANAGER}),             # keys held for tenants
    "settings.manage": frozenset({ADMIN}),
    "database.rekey": frozenset({ADMIN}),
    "user.manage": frozenset({ADMIN}),
    "audit.read": frozenset({ADMIN, MANAGER}),
    "database.check": frozenset(ALL_ROLES),
    "backup.create": frozenset({ADMIN, MANAGER}),         # automatic backups on close run for every user
    "backup.restore": frozenset({ADMIN}),
    "retention.request": frozenset({ARCHIVIST, MANAGER}),  # list what is past retention, ask to destroy it
    "retention.approve": frozenset({MANAGER}),             # approve or reject (never one's own request)
    "retention.execute": frozenset({ARCHIVIST, MANAGER}),  # carry out an approved destruction
    "consent.write": frozenset({ARCHIVIST, CLERK, MANAGER}),  # record and withdraw PIPL consents
}


def role_label(role: str) -> str:
    return {
        ADMIN: translate("Roles", "System administrator"),
        ARCHIVIST: translate("Roles", "Record keeper"),
        CLERK: translate("Roles", "Front-desk clerk"),
        VIEWER: translate("Roles", "Viewer"),
        MANAGER: translate("Roles", "Manager"),
    }.get(role, role)


def permission_label(permission: str) -> str:
    return {
        "customer.read": translate("Roles", "view customers"),
        "customer.create": translate("Roles", "add customers"),
        "customer.update": translate("Roles", "edit customers"),
        "customer.bulk_create": translate("Roles", "add customers in bulk"),
        "contact.write": translate("Roles", "edit contacts"),
        "pii.view": translate("Roles", "see full ID and phone numbers"),
        "pii.reveal": translate("Roles", "reveal one masked number with a reason"),
        "entry.write": translate("Roles", "add and edit dossier entries"),
        "entry.void": translate("Roles", "void dossier entries"),
        "attachment.view": translate("Roles", "view attachments"),
        "attachment.export": translate("Roles", "export attachments"),
        "customer.merge": translate("Roles", "merge customers"),
        "dossier.edit_closed": translate("Roles", "change the dossier of a moved-out customer"),
        "archive.read": translate("Roles", "view the archive registers"),
        "archive.write": translate("Roles", "register archive files, certificates and handovers"),
        "archive.destroy": translate("Roles", "destroy archive files"),
        "loan.request": translate("Roles", "request loans of archive files"),
        "loan.approve": translate("Roles", "approve loans"),
        "loan.lend": translate("Roles", "lend out and take back archive files"),
        "survey.read": translate("Roles", "view satisfaction surveys"),
        "survey.write": translate("Roles", "define surveys and corrective actions"),
        "survey.enter": translate("Roles", "enter survey forms"),
        "survey.approve": translate("Roles", "approve survey reports"),
        "property.read": translate("Roles", "view buildings, units and occupancy"),
        "property.write": translate("Roles", "keep the estate and move customers in and out"),
        "keys.lend": translate("Roles", "keep, lend and give back tenants' keys"),
        "settings.manage": translate("Roles", "change the office settings"),
        "database.rekey": translate("Roles", "change the database key"),
        "user.manage": translate("Roles", "manage user accounts"),
        "audit.read": translate("Roles", "read the audit log"),
        "database.check": translate("Roles", "check the database"),
        "backup.create": translate("Roles", "make backups"),
        "backup.restore": translate("Roles", "restore the database from a backup"),
        "retention.request": translate("Roles", "request the destruction of records past retention"),
        "retention.approve": translate("Roles", "approve destructions"),
        "retention.execute": translate("Roles", "carry out approved destructions"),
        "consent.write": translate("Roles", "record and withdraw consents"),
    }.get(permission, permission)


def allowed(role: str, permission: str) -> bool:
    return role in PERMISSIONS.get(permission, frozenset())
