package com.acme.orders;

import junit.framework.TestCase;

/** Café totals. */
public class BomTest extends TestCase {}
