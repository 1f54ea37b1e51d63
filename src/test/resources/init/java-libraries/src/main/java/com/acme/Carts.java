package com.acme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Carts {
  private static final Logger LOG = LoggerFactory.getLogger(Carts.class);
}
