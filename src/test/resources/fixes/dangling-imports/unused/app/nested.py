import pytest


def test_legacy_is_gone():
    with pytest.raises(ImportError):
        from app.legacy import Old


def later():
    from app.core import gone
    return 1
