class BlockStandardTestSuite:
    """Shared checks every block's tests run; most tests are plain pytest classes."""

    def test_has_a_name(self):
        assert self.block


