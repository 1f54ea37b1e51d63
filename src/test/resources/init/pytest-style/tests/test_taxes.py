class TestTaxes:
    def test_it(self):
        assert True
