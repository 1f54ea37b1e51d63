import unittest


class TestD(unittest.TestCase):
    def test_merged(self):
<<<<<<< HEAD
        self.assertTrue(True)
=======
        self.assertTrue(True)
>>>>>>> feature


if __name__ == "__main__":
    unittest.main()
