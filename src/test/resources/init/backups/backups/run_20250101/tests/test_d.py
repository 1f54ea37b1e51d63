import unittest


class TestD(unittest.TestCase):
    def test_it(self):
        self.assertTrue(True)
