package dev.ssotgardener.facts;

/**
 * A block whose only job is to start the file's own runner: Python's {@code if __name__ ==
 * "__main__":} with one call as its body.
 *
 * @param span the block together with the blank lines before it, so deleting it leaves no gap
 * @param call the one call in the block
 */
public record RunnerBlock(Span span, Span call) {}
