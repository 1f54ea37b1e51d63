from test_framework.base import BaseTest


class TestA(BaseTest):
    def test_it(self):
        self.assertTrue(True)
