package com.acme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Taxes {
  private static final Logger LOG = LoggerFactory.getLogger(Taxes.class);
}
