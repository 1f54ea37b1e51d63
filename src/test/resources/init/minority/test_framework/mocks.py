from unittest.mock import MagicMock


class MockFactory:
    def agent(self):
        return MagicMock()
