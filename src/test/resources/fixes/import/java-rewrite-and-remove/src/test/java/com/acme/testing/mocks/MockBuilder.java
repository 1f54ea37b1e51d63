package com.acme.testing.mocks;

public final class MockBuilder {}
