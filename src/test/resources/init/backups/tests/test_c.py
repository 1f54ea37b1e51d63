from test_framework.base import BaseTest


class TestC(BaseTest):
    def test_it(self):
        self.assertTrue(True)
