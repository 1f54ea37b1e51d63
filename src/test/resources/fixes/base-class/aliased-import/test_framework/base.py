class SSotBaseTestCase:
    pass


class SSotAsyncTestCase:
    pass
