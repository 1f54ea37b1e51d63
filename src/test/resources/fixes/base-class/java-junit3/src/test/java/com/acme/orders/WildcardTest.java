package com.acme.orders;

import junit.framework.*;

public class WildcardTest extends TestCase {}
