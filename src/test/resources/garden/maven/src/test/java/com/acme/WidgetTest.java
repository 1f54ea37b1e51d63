package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.legacy.LegacyWidget;
import org.junit.jupiter.api.Test;

class WidgetTest {
  @Test
<<<<<<< HEAD
  void nameIsWidget() {
    assertEquals("widget", new Widget().name());
=======
  void nameIsLegacy() {
    assertEquals("legacy", new Widget().name());
>>>>>>> 7af8f5475 (Migrate widgets to Widget)
  }
}
