"""SSOT environment access: code reads configuration through get_env(), never os.environ."""
import os


class IsolatedEnvironment:
    """A copy of the process environment that tests may change without leaking."""

    def __init__(self, source=None):
        self._values = dict(os.environ if source is None else source)

    def get(self, key, default=None):
        return self._values.get(key, default)

    def set(self, key, value):
        self._values[key] = value


def get_env():
    """The environment of the running process."""
    return IsolatedEnvironment()
