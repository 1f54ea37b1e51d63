package dev.ssotgardener.finding;

/**
 * One of several fixes of a finding, none of which a rule may choose: a person's {@code --conflict}
 * picks one, and {@code ssot garden} tries them in order until the tests pass. Its fix is a {@link
 * FixLevel#DECISION}.
 */
public record Alternative(ConflictChoice choice, Fix fix) {}
