package com.netra.testframework;

import java.lang.reflect.Proxy;

/** SSOT mock factory: the one place Java tests get test doubles from. */
public final class SSotMockFactory {
  private SSotMockFactory() {}

  public static <T> T create(Class<T> type) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> null);
    return type.cast(proxy);
  }
}
