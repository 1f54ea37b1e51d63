package dev.ssotgardener.policy.kinds;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of one {@code api} {@code rewrite:} key, {@code os.getenv({0})}: a call or subscript of
 * a qualified name whose placeholders stand for its arguments. The loader rejects a key without
 * this form, so the rule never meets a template it cannot read.
 *
 * @param head the qualified name called or subscripted
 * @param call a call ({@code (...)}) rather than a subscript ({@code [...]})
 */
public record RewriteForm(String head, boolean call, int placeholders) {
  private static final Pattern FORM =
      Pattern.compile("([\\w.]+)\\s*([(\\[])\\s*(\\{\\d+}(?:\\s*,\\s*\\{\\d+})*)\\s*[)\\]]");

  public static Optional<RewriteForm> parse(String from) {
    Matcher m = FORM.matcher(from.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new RewriteForm(m.group(1), m.group(2).equals("("), m.group(3).split(",").length));
  }
}
