import pytest


def test_c():
    pass


if __name__ == "__main__":
    pytest.main([__file__])
