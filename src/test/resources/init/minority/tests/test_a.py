from test_framework.base import BaseTest
from test_framework.mocks import MockFactory


class TestA(BaseTest):
    def test_it(self):
        assert MockFactory().agent()
