from suites.blocks import BlockStandardTestSuite


class TestS3Block(BlockStandardTestSuite):
    block = "s3"
