package dev.ssotgardener.policy;

import dev.ssotgardener.policy.kinds.ApiKind;
import dev.ssotgardener.policy.kinds.BaseClassKind;
import dev.ssotgardener.policy.kinds.EntrypointKind;
import dev.ssotgardener.policy.kinds.FactoryKind;
import dev.ssotgardener.policy.kinds.ImportKind;
import dev.ssotgardener.policy.kinds.KindDescriptor;
import dev.ssotgardener.policy.kinds.SingleDefinitionKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * The six kinds of single source of truth a policy can declare, each with its descriptor: the keys
 * it takes, its words and its doc.
 */
public enum TruthKind {
  BASE_CLASS(new BaseClassKind()),
  IMPORT(new ImportKind()),
  API(new ApiKind()),
  ENTRYPOINT(new EntrypointKind()),
  SINGLE_DEFINITION(new SingleDefinitionKind()),
  FACTORY(new FactoryKind());

  private final KindDescriptor descriptor;

  TruthKind(KindDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  public String id() {
    return descriptor.id();
  }

  public KindDescriptor descriptor() {
    return descriptor;
  }

  public static Optional<TruthKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
  }
}
