package dev.ssotgardener.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates commands and mixins for one run: a class whose constructor takes an {@link Invocation}
 * gets this run's; any other is made as picocli makes it.
 */
final class InvocationFactory implements IFactory {
  private final Invocation invocation;

  InvocationFactory(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> constructor;
    try {
      constructor = type.getDeclaredConstructor(Invocation.class);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(type);
    }
    constructor.setAccessible(true);
    return constructor.newInstance(invocation);
  }
}
