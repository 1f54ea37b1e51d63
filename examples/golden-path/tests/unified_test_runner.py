"""The SSOT test runner: every test runs through here.

Usage: python3 tests/unified_test_runner.py [PATTERN]   (default pattern: test_*.py)
Discovers tests under tests/, runs them with the standard library only, and exits non-zero
when a test fails or a test module cannot be imported.
"""
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(pattern="test_*.py"):
    sys.path.insert(0, str(ROOT))
    suite = unittest.TestLoader().discover(
        start_dir=str(ROOT / "tests"), pattern=pattern, top_level_dir=str(ROOT)
    )
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:2]))
