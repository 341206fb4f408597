"""Keyring backends for the tests and the benchmarks; the developer's own keyring is never touched."""
from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """An in-process keyring (what a secure OS keyring looks like to KeDang)."""

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
    """Shares the keyring with subprocesses through a file in the run's own tmp folder
    (selected with PYTHON_KEYRING_BACKEND=tests.support.keyrings.FileKeyring)."""

    priority = 10

    @property
    def path(self) -> str:
        return os.environ["KEDANG_TEST_KEYRING_FILE"]

    def _load(self) -> dict:
        try:
            with open(self.path, encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(data, fh)

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}/{username}", None)
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
