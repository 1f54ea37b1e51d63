package com.acme.testing;

public abstract class SSotBaseTestCase {}
