"""Window sizes and column widths come back the next time the program starts."""
from __future__ import annotations

from app.ui.main_window import MainWindow
from tests.gui_helpers import messages, modals, show  # noqa: F401  (fixtures)


def test_the_main_window_remembers_its_size_and_column_widths(qtbot, office, admin):
    window = show(qtbot, MainWindow(office, admin))
    window.resize(700, 500)   # the offscreen screen is 800 x 600
    window.customer_list.view.horizontalHeader().resizeSection(1, 333)
    window.close()
    again = show(qtbot, MainWindow(office, admin))
    assert (again.width(), again.height()) == (700, 500)
    assert again.customer_list.view.horizontalHeader().sectionSize(1) == 333
