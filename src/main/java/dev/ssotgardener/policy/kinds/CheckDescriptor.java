package dev.ssotgardener.policy.kinds;

/** A built-in check's descriptor: the same words for every repository. */
public non-sealed interface CheckDescriptor extends Descriptor {
  /** What to do about a finding. */
  String help();

  /** What the defect costs; empty when it costs nothing by itself. */
  String impact();

  /** The issue checklist line for a finding whose source line is {@code snippet}. */
  String violation(String snippet);

  /** The success criterion. */
  String criterion();
}
