from tests.lib import PipTestEnvironment


def test_download():
    assert PipTestEnvironment().home
