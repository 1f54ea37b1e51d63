from suites.blocks import BlockStandardTestSuite


class TestGcsBlock(BlockStandardTestSuite):
    block = "gcs"
