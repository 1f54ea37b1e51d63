"""SSOT mock factory: the one place tests get mocks from."""
from unittest import mock


class SSotMockFactory:
    """Creates mocks and patches so every test builds them the same way."""

    @staticmethod
    def create_mock(spec=None, **attributes):
        return mock.MagicMock(spec=spec, **attributes)

    @staticmethod
    def create_async_mock(spec=None, **attributes):
        return mock.AsyncMock(spec=spec, **attributes)

    @staticmethod
    def patch(target, **kwargs):
        return mock.patch(target, **kwargs)
