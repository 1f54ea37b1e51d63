import unittest


class TestC(unittest.TestCase):
    def test_it(self):
        self.assertTrue(True)
