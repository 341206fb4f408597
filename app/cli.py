"""Command line: the same services as the GUI.

Each subcommand exits 0 on success and non-zero with a one-line message on failure.
Passwords come from ``KEDANG_PASSWORD`` and recovery keys from
``KEDANG_RECOVERY_KEY``, never from the command line.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from app import __version__
from app.i18n import set_language, system_language, translate

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    pass


def _password() -> str:
    value = os.environ.get("KEDANG_PASSWORD")
    if not value:
        raise CliError(translate("CLI", "Set the password in the environment variable KEDANG_PASSWORD."))
    return value


def _open(path: str):
    from app.office import open_office

    return open_office(path, recovery_key=os.environ.get("KEDANG_RECOVERY_KEY") or None)


def _login(office, username: str | None, *, required: bool):
    if not username:
        if required:
            raise CliError(translate("CLI", "This command changes data: name the acting user with --user NAME."))
        return None
    return office.auth.login(username, _password())


# ------------------------------------------------------------------ commands
def cmd_init(args) -> int:
    from app.office import create_office

    created = create_office(args.db, company=args.company or "", admin_username=args.admin,
                            admin_display_name=args.display_name or args.admin, admin_password=_password())
    try:
        print(translate("CLI", "Created the encrypted database {path}").format(path=created.office.path))
        if created.keyring_problem:
            print(translate("CLI", "The key was NOT stored on this computer: {why}").format(why=created.keyring_problem))
            print(translate("CLI", "Every later start needs the recovery key (KEDANG_RECOVERY_KEY)."))
        else:
            print(translate("CLI", "The key is kept in this computer's key store."))
        print(translate("CLI", "Write the recovery key down and keep it in the safe; it is shown only now:"))
        print(f"RECOVERY KEY: {created.recovery_key}")
    finally:
        created.office.close()
    return EXIT_OK


def cmd_demo(args) -> int:
    from app.demo import fill_demo

    if args.customers < 0:
        raise CliError(translate("CLI", "--customers must be zero or more."))
    office = _open(args.db)
    try:
        session = _login(office, args.user, required=True)
        start = time.perf_counter()

        def progress(done: int, total: int) -> None:
            print(translate("CLI", "{done} of {total} prepared …").format(done=done, total=total), file=sys.stderr, flush=True)

        added = fill_demo(office, session, customers=args.customers, progress=progress)
        print(translate("CLI", "Added {n} demo customers in {s:.1f} s.").format(n=added, s=time.perf_counter() - start))
    finally:
        office.close()
    return EXIT_OK


def cmd_check(args) -> int:
    office = _open(args.db)
    try:
        session = _login(office, args.user, required=False)
        results = office.check(session)
    finally:
        office.close()
    for name, ok, detail in results:
        print(f"{'OK  ' if ok else 'FAIL'} {name}: {detail}")
    return EXIT_OK if all(ok for _n, ok, _d in results) else EXIT_FAIL


def cmd_backup(args) -> int:
    """A verified backup of the database into a folder (a USB drive); its path is the last line."""
    office = _open(args.db)
    try:
        session = _login(office, args.user, required=True)
        entry = office.backups.create(session, args.to)
    finally:
        office.close()
    print(translate("CLI", "Backup written and checked ({mb:.1f} MB):").format(mb=entry.size / 1e6))
    print(entry.path)
    return EXIT_OK


def cmd_restore(args) -> int:
    """Replace the database by a backup after showing what the backup holds and asking."""
    from pathlib import Path

    from app import backup
    from app.errors import user_message
    from app.models.database import DatabaseError

    db_path, backup_path = Path(args.db), Path(args.backup)
    session = key = info = None
    if db_path.is_file():
        try:
            office = _open(args.db)
        except DatabaseError as exc:
            if exc.code not in ("damaged", "wrong_key"):
                raise
            print(translate("CLI", "The database cannot be opened: {problem}").format(problem=user_message(exc)))
            print(translate("CLI", "The user's password is checked against the backup instead."))
        else:
            try:
                session = _login(office, args.user, required=True)
                info = office.backups.prepare_restore(session, backup_path)
                key = office.db.key
            finally:
                office.close()
    if session is None:
        key = backup.key_for(backup_path, os.environ.get("KEDANG_RECOVERY_KEY") or None)
        info = backup.inspect_backup(backup_path, db_path, key)
        session = backup.require_restore(backup.sign_in_from_backup(backup_path, key, args.user, _password()))
    print(translate("CLI", "Backup: {name}").format(name=info.path.name))
    print(translate("CLI", "Made on: {date}").format(date=info.created.strftime("%Y-%m-%d %H:%M:%S")))
    print(translate("CLI", "It holds {customers} customers, {entries} dossier entries and {events} audit events.").format(
        customers=info.customers, entries=info.entries, events=info.audit_events))
    print(translate("CLI", "Restoring replaces the database {path}; the current file is saved first.").format(path=db_path))
    if not args.yes:
        print(translate("CLI", "Type yes to restore: "), end="", flush=True)
        answer = sys.stdin.readline() if sys.stdin is not None else ""
        if not answer.endswith("\n") or not sys.stdin.isatty():  # the answer's own newline is not echoed
            print()
        if answer.strip().lower() not in {"yes", translate("CLI", "yes").strip().lower()}:
            raise CliError(translate("CLI", "Not restored: the restore was not confirmed. Nothing was changed."))
    result = backup.restore(backup_path, db_path, key, session=session)
    print(translate("CLI", "Restored the database from {name}.").format(name=result.restored.path.name))
    if result.safety_copy is not None:
        print(translate("CLI", "The replaced database was saved as {path}").format(path=result.safety_copy))
    return EXIT_OK


EXPORTS = ("customers", "dossier", "certificates", "archive", "loans", "overdue", "survey", "audit")


def _build_export(office, session, args, fmt: str):
    """(report, title, rows) for ``args.kind``; a survey's PDF is finished bytes."""
    from app.reports import archive_reports, office_reports

    kind = args.kind
    if kind == "customers":
        r = office_reports.customer_list(office, session, include_ids=args.include_ids)
    elif kind == "dossier":
        from app.reports.dossier_report import dossier_pdf
        if not args.customer:
            raise CliError(translate("CLI", "Name the customer: dossier --customer CODE."))
        if fmt != "pdf":
            raise CliError(translate("CLI", "The dossier is written as PDF only."))
        customer = office.customers.repo.by_code(args.customer.strip().upper())
        if customer is None:
            raise CliError(translate("CLI", "There is no customer {code}.").format(code=args.customer))
        data, n = dossier_pdf(office, session, customer.id)
        return data, translate("CLI", "Dossier of {code}").format(code=customer.code), n
    elif kind == "certificates":
        r = archive_reports.certificate_register(office, session, office.archive.list_certificates(session))
    elif kind == "archive":
        r = archive_reports.archive_register(office, session, office.archive.list_files(session))
    elif kind == "loans":
        loans = office.loans.list(session, date_from=args.date_from or "", date_to=args.date_to or "")
        r = archive_reports.loan_ledger(office, session, loans, args.date_from or "", args.date_to or "")
    elif kind == "overdue":
        r = archive_reports.overdue_list(office, session)
    elif kind == "audit":
        r = office_reports.audit_log(office, session, args.date_from or "", args.date_to or "")
    else:
        return _survey_export(office, session, args, fmt)
    return r, r.title, len(r.rows)


def _survey_export(office, session, args, fmt: str):
    from app.reports.survey_report import analysis_pdf, responses_report

    survey = office.surveys.get(session, args.survey) if args.survey else office.surveys.latest(session)
    if survey is None:
        raise CliError(translate("CLI", "There is no survey yet."))
    analysis = office.surveys.analyse(session, survey.id)
    if fmt == "pdf":
        return (analysis_pdf(analysis, office.surveys.list_actions(session, survey.id), office.company(),
                             session.display_name, logo=office.logo()), survey.name, analysis.responses)
    responses = office.surveys.list_responses(session, survey.id)
    names = {cid: name for cid, (_c, name) in office.archive.customer_names(r.customer_id for r in responses).items()}
    return (responses_report(analysis, responses, names, office.company(), session.display_name, logo=office.logo()),
            survey.name,
            len(responses))


def cmd_export(args) -> int:
    """Write a report to a new file (PDF or Excel, from --format or the file's extension)."""
    from pathlib import Path

    from app.reports import tables

    out = Path(args.out)
    fmt = args.format or ("xlsx" if out.suffix.lower() == ".xlsx" else "pdf")
    if args.kind != "survey" and args.survey:
        raise CliError(translate("CLI", "--survey belongs to the survey report only."))
    if out.exists():
        raise CliError(translate("CLI", "{path} exists already; KeDang never overwrites a file.").format(path=out))
    office = _open(args.db)
    try:
        session = _login(office, args.user, required=True)
        report, title, rows = _build_export(office, session, args, fmt)
        if isinstance(report, bytes):
            out.write_bytes(report)
        elif fmt == "pdf":
            tables.write_pdf(report, out)
        else:
            tables.write_xlsx(report, out)
        office.audit.record_export(session, title, fmt, rows, out.name)
    finally:
        office.close()
    print(translate("CLI", "Wrote {what} ({n} rows) to {path}").format(what=title, n=rows, path=out))
    return EXIT_OK


def cmd_import(args) -> int:
    """Import customers from the first sheet of a workbook or a CSV file: every row or none."""
    from app import importing

    source = importing.read_workbook(args.file)
    office = _open(args.db)
    try:
        session = _login(office, args.user, required=True)
        imp = importing.CustomerImport(office)
        sheet = source.sheets[0]
        rows = source.rows(sheet)
        header_row = importing.guess_header_row(rows, imp.custom_fields())
        mapping = imp.suggest_mapping(importing.header_texts(rows, header_row))
        problem = importing.mapping_problem(mapping, imp.custom_fields())
        if problem:
            raise CliError(translate("CLI", "Row {row} is taken as the header row: {problem}").format(
                row=header_row + 1, problem=problem))
        plan = imp.prepare(session, rows, header_row, mapping, file_name=source.name, sheet=sheet)
        if plan.problems:
            for p in plan.problems:
                print(translate("CLI", "Row {row}, {column}: {rule}").format(row=p.row, column=p.column, rule=p.rule))
            raise CliError(translate("CLI", "Nothing was imported: {n} problems in {bad} of {rows} rows.").format(
                n=len(plan.problems), bad=plan.problem_rows, rows=plan.data_rows))
        if plan.duplicates and not args.duplicates:
            for d in plan.duplicates:
                print(translate("CLI", "Row {row}: {matches}").format(row=d.row, matches=d.text()))
            raise CliError(translate("CLI", "Nothing was imported: {n} rows match customers on file. Choose "
                                            "--duplicates skip, update or create.").format(n=len(plan.duplicates)))
        choice = args.duplicates or "skip"
        if args.dry_run:
            added, updated, skipped = plan.counts(choice)
            print(translate("CLI", "Checked {rows} rows of {file}: no problems. The import would add {added}, update "
                                   "{updated} and skip {skipped} customers. Nothing was written (dry run).").format(
                rows=plan.data_rows, file=source.name, added=added, updated=updated, skipped=skipped))
            return EXIT_OK
        result = imp.execute(session, plan, choice)
    finally:
        office.close()
    print(translate("CLI", "Imported {n} customers from {file}: {added} added, {updated} updated, {skipped} "
                           "skipped.").format(n=result.created + result.updated, file=source.name,
                                              added=result.created, updated=result.updated, skipped=result.skipped))
    return EXIT_OK


# ------------------------------------------------------------------ parser
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kedang", description=translate("CLI", "KeDang customer-records desk. Without a command, starts the program."))
    p.add_argument("--version", action="version", version=f"KeDang {__version__}")
    p.add_argument("--demo", action="store_true", help=translate("CLI", "start with a throwaway database full of demo data"))
    p.add_argument("--db", help=translate("CLI", "database file to open in the program"))
    p.add_argument("--lang", choices=("zh_CN", "en"), help=translate("CLI", "language of the program"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("init", help=translate("CLI", "create a new encrypted database"),
                       description=translate("CLI", "Create a new encrypted database. The administrator's password comes from KEDANG_PASSWORD."))
    s.add_argument("db", metavar="DB")
    s.add_argument("--admin", required=True, metavar="NAME", help=translate("CLI", "user name of the administrator"))
    s.add_argument("--display-name", metavar="NAME", help=translate("CLI", "the administrator's full name"))
    s.add_argument("--company", metavar="NAME", help=translate("CLI", "company name printed on reports"))
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help=translate("CLI", "add realistic demo customers"),
                       description=translate("CLI", "Add realistic demo customers (Chinese names, valid ID numbers, phones, units, contacts)."))
    s.add_argument("db", metavar="DB")
    s.add_argument("--customers", type=int, default=200, metavar="N")
    s.add_argument("--user", metavar="NAME", required=True)
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("check", help=translate("CLI", "check the database and the audit chain"),
                       description=translate("CLI", "Run the quick, integrity and cipher checks and verify the audit chain."))
    s.add_argument("db", metavar="DB")
    s.add_argument("--user", metavar="NAME")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("backup", help=translate("CLI", "make a verified backup of the database"),
                       description=translate("CLI", "Write an encrypted backup of the database (same key) into a "
                                                    "folder, check it by opening it, and print its path as the "
                                                    "last line."))
    s.add_argument("db", metavar="DB")
    s.add_argument("--to", metavar="DIR", help=translate("CLI", "folder for the backup, e.g. a USB drive (default: "
                                                               "the folder of the automatic backups)"))
    s.add_argument("--user", metavar="NAME", required=True)
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help=translate("CLI", "replace the database by a backup"),
                       description=translate("CLI", "Check a backup of this database, show its date and what it "
                                                    "holds, ask for confirmation, save the current file, then put "
                                                    "the backup in its place. Administrators only."))
    s.add_argument("backup", metavar="BACKUP")
    s.add_argument("db", metavar="DB")
    s.add_argument("--user", metavar="NAME", required=True)
    s.add_argument("--yes", action="store_true", help=translate("CLI", "do not ask for confirmation"))
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("export", help=translate("CLI", "write a report to a file"),
                       description=translate("CLI", "Write a report to a new file: customers, dossier, "
                                                    "certificates, archive, loans, overdue, survey or audit. survey: "
                                                    "the satisfaction survey analysis report (PDF) or its forms "
                                                    "(Excel); without --survey, the latest survey."))
    s.add_argument("kind", choices=EXPORTS, metavar="REPORT")
    s.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help=translate("CLI", "start of the period "
                                                                                           "(loans, audit)"))
    s.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help=translate("CLI", "end of the period"))
    s.add_argument("--customer", metavar="CODE", help=translate("CLI", "the customer of a dossier"))
    s.add_argument("--include-ids", action="store_true",
                   help=translate("CLI", "show full ID numbers (customers; only for users who may see them)"))
    s.add_argument("db", metavar="DB")
    s.add_argument("--survey", type=int, metavar="ID")
    s.add_argument("--out", required=True, metavar="FILE")
    s.add_argument("--format", choices=("pdf", "xlsx"))
    s.add_argument("--user", metavar="NAME", required=True)
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("import", help=translate("CLI", "import customers from an Excel or CSV file"),
                       description=translate("CLI", "Import customers from the first sheet of an Excel workbook "
                                                    "(.xlsx) or a CSV file (UTF-8 or GBK). The header row and the "
                                                    "columns are recognised by their headers (and by the choices "
                                                    "saved in the program's import). Every row is checked like the "
                                                    "customer form; when any row has a problem, nothing is imported "
                                                    "and the problems are listed, one line each: row, column, rule."))
    s.add_argument("kind", choices=("customers",), metavar="KIND", help=translate("CLI", "what to import: customers"))
    s.add_argument("file", metavar="FILE")
    s.add_argument("db", metavar="DB")
    s.add_argument("--user", metavar="NAME", required=True)
    s.add_argument("--dry-run", action="store_true",
                   help=translate("CLI", "check the file and say what would happen; write nothing"))
    s.add_argument("--duplicates", choices=("skip", "update", "create"),
                   help=translate("CLI", "what to do with rows whose ID number or phone is already on file: skip "
                                         "them, update those customers (filled-in cells only) or create new "
                                         "customers anyway. Default: none, i.e. list them and import nothing"))
    s.set_defaults(func=cmd_import)
    return p


def run_command(args) -> int:
    """Run a parsed subcommand; every failure becomes one readable line, never a traceback."""
    from app.errors import user_message

    try:
        return args.func(args)
    except KeyboardInterrupt:
        print(translate("CLI", "Interrupted; nothing was saved."), file=sys.stderr)
        return EXIT_FAIL
    except Exception as exc:
        message = str(exc) if isinstance(exc, CliError) else user_message(exc)
        print(f"kedang: {message}", file=sys.stderr)
        return EXIT_FAIL


def parse(argv: list[str]):
    set_language(system_language())
    args = build_parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    return args
