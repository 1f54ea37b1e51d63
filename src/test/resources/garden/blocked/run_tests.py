import sys
import unittest

suite = unittest.TestLoader().discover("tests", top_level_dir=".")
sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)
