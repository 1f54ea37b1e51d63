import unittest


class TestA(unittest.TestCase):
    def test_it(self):
        self.assertTrue(True)
