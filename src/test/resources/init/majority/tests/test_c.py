from test_framework.base import BaseTest
from test_framework.mocks import MockFactory
from app.engine import UserExecutionEngine


class TestC(BaseTest):
    def test_it(self):
        assert MockFactory().agent() and UserExecutionEngine
