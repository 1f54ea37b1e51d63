class TestUsers:
    def test_it(self):
        assert True
