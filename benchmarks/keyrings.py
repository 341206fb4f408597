"""Keyring backends for the benchmark only: the machine's real keyring is never touched.

``MemoryKeyring`` lives in the benchmark process. ``FileKeyring`` lets the
child processes the benchmark starts (the program itself, the GUI memory
probe) find the throwaway database's key; it is selected with
``PYTHON_KEYRING_BACKEND=benchmarks.keyrings.FileKeyring`` and keeps its data in
the file named by ``KEDANG_BENCH_KEYRING_FILE`` inside the benchmark's temp
folder, which is deleted at the end of the run.
"""
from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """An in-process keyring that KeDang accepts as secure (positive priority)."""

    priority = 10

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


class FileKeyring(KeyringBackend):
    """Shares the benchmark's keyring with its child processes through a file in its temp folder."""

    priority = 10

    @property
    def path(self) -> str:
        return os.environ["KEDANG_BENCH_KEYRING_FILE"]

    def _load(self) -> dict:
        try:
            with open(self.path, encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(data, fh)

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._save(data)
