package com.acme;

import java.util.logging.Logger;

public class Legacy {
  private static final Logger LOG = Logger.getLogger("legacy");
}
