"""Reports: Excel (openpyxl) and PDF (reportlab) writers. No widgets, no Qt.

Import the report libraries inside the functions that use them, never at
program start (``reportlab.platypus`` alone costs ~230 ms).
"""
