class TestOrders:
    def test_it(self):
        assert True
