package com.acme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Orders {
  private static final Logger LOG = LoggerFactory.getLogger(Orders.class);
}
