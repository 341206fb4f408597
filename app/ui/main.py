"""Starting the program: setup wizard or key + sign-in, then the main window."""
from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from app import paths
from app.i18n import language, set_language, system_language, translate
from app.office import KeyNeeded, Office, open_office


def install_qt_translations(app: QApplication) -> None:
    """Qt's own texts (standard buttons, context menus) in the chosen language."""
    if language() != "zh_CN":
        return
    translator = QTranslator(app)
    if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)


def _signal_login_shown() -> None:
    """Used by the start-up benchmark: say the login dialog is up, then leave."""
    print("LOGIN_SHOWN", flush=True)
    os._exit(0)


def open_with_prompts(path: Path) -> Office | None:
    from app.ui.common import show_error
    from app.ui.login import RecoveryKeyDialog

    from app.models.database import Damaged

    try:  # KEDANG_RECOVERY_KEY, as for the CLI: a PC without a key store (the build scripts' start-up timing)
        return open_office(path, recovery_key=os.environ.get("KEDANG_RECOVERY_KEY") or None,
                           background_check=True)  # checked while the user signs in
    except Damaged:
        from app.ui.backups import offer_restore_of_damaged

        if offer_restore_of_damaged(path):
            return open_with_prompts(path)
        return None
    except KeyNeeded:
        dialog = RecoveryKeyDialog(path)
        return dialog.office if dialog.exec() == QDialog.DialogCode.Accepted else None
    except Exception as exc:
        show_error(None, exc)
        return None


def _demo_office():
    """A throwaway office in a temporary folder, filled with demo data, signed in as its administrator."""
    from app.demo import fill_demo
    from app.office import create_office

    folder = Path(tempfile.mkdtemp(prefix="kedang-demo-"))
    password = secrets.token_urlsafe(12) + "9a"
    created = create_office(folder / "demo.kdb", company=translate("Startup", "Demo office"), admin_username="demo",
                            admin_display_name=translate("Startup", "Demo administrator"), admin_password=password, keep_key=False)
    fill_demo(created.office, created.admin, customers=int(os.environ.get("KEDANG_DEMO_CUSTOMERS", "2000")))
    return created.office, created.admin, folder


def run_gui(args) -> int:
    from app.ui.settings import Settings

    QApplication.setApplicationName("KeDang")
    QApplication.setOrganizationName("KeDang")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from importlib import resources as _resources

    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(_resources.files("resources") / "icons" / "kedang.png")))
    settings = Settings()
    set_language(args.lang or settings.get("language") or system_language())
    install_qt_translations(app)

    from app.ui.common import show_error, show_info
    from app.ui.main_window import MainWindow

    cleanup: Path | None = None
    session = None
    if args.demo:
        office, session, cleanup = _demo_office()
    else:
        path = Path(args.db or settings.get("database") or paths.default_database_path()).expanduser()
        if not path.exists():
            from app.ui.setup_wizard import SetupWizard

            wizard = SetupWizard(path)
            wizard.language_chosen.connect(lambda code: (settings.set("language", code), set_language(code)))
            if wizard.exec() != QDialog.DialogCode.Accepted and wizard.created is None:
                return 1
            if wizard.created is None:
                return 1
            office, session = wizard.created.office, wizard.created.admin
            settings.set("database", str(office.path))
        else:
            office = open_with_prompts(path)
            if office is None:
                return 1
            settings.set("database", str(path))
    try:
        if session is None:
            from app.ui.login import LoginDialog

            login = LoginDialog(office)
            if os.environ.get("KEDANG_EXIT_AT_LOGIN"):
                QTimer.singleShot(0, _signal_login_shown)
            if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
                if office.db.check_problem():   # the check found damage while the user tried to sign in
                    from app.ui.backups import offer_restore_of_damaged

                    office.close()
                    if offer_restore_of_damaged(Path(office.path)):
                        show_info(None, translate("Startup", "The database was restored. Start KeDang again and sign in."))
                return 1
            session = login.session
        window = MainWindow(office, session, settings)
        if args.demo:
            window.setWindowTitle(window.windowTitle() + " — " + translate("Startup", "demo: nothing is kept after closing"))
        window.show()
        code = app.exec()
        if window.restored:   # the session belonged to the file that was replaced
            return code
        try:
            office.auth.logout(session)
        except Exception as exc:  # the window is gone; say it on stderr, never a traceback
            print(f"kedang: {exc}", file=sys.stderr)
        if not args.demo:
            from app.ui.backups import backup_on_close

            backup_on_close(office, session)
        return code
    except Exception as exc:
        show_error(None, exc)
        return 1
    finally:
        office.close()
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
