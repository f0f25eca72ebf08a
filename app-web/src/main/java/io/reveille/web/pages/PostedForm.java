package io.reveille.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a submitted form, for forms whose fields are not known in advance: a schedule's
 * layers, a policy's levels. Repeated parts are named like the API's field pointers ({@code
 * layers/0/name}), so a refusal from the domain names the very input that was wrong.
 */
public record PostedForm(Map<String, List<String>> fields) {
  /** No form can sensibly repeat a part more often; more is a malformed request, not a form. */
  static final int MOST_PARTS = 50;

  public PostedForm {
    fields = Map.copyOf(fields);
  }

  /**
   * The request's fields. Read from the servlet request because the CSRF filter has already made
   * the container parse the body.
   */
  static PostedForm of(HttpServletRequest request) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> fields.put(name, List.of(values)));
    return new PostedForm(fields);
  }

  /** The field's value as typed, or "" when the form did not send it. */
  public String one(String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  /** Every value sent under the name, such as the ticked boxes of a group; empty when none. */
  public List<String> all(String name) {
    return fields.getOrDefault(name, List.of());
  }

  public boolean has(String name) {
    return fields.containsKey(name);
  }

  /** Whether a check box was ticked (a browser sends only ticked ones). */
  public boolean ticked(String name) {
    return has(name);
  }

  /**
   * The indexes under {@code prefix} that the form sent, in order: for {@code layers/} and fields
   * {@code layers/0/name}, {@code layers/2/name}, that is 0 and 2.
   */
  public List<Integer> indexes(String prefix) {
    Pattern part = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,3})/.*");
    TreeSet<Integer> found = new TreeSet<>();
    for (String name : fields.keySet()) {
      Matcher matcher = part.matcher(name);
      if (matcher.matches()) {
        found.add(Integer.parseInt(matcher.group(1)));
      }
    }
    return found.stream().limit(MOST_PARTS).toList();
  }
}
