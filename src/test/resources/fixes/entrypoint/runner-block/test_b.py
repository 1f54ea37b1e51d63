import unittest


class TestB(unittest.TestCase):
    pass


if __name__ == "__main__":
    unittest.main()
