package io.reveille.web.search;

import io.reveille.search.SearchRequest;
import io.reveille.shared.InvalidInputException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;

/** The query string of a search, shared by the page and the API. */
public class SearchParams {
  @QueryParam("q")
  @DefaultValue("")
  public String q;

  /** Only what customers were told (for support staff who will quote the results). */
  @QueryParam("public")
  @DefaultValue("false")
  public String publicOnly;

  @QueryParam("sort")
  @DefaultValue("relevance")
  public String sort;

  @QueryParam("page")
  @DefaultValue("1")
  public String page;

  @QueryParam("size")
  @DefaultValue("20")
  public String size;

  SearchRequest toRequest() {
    SearchRequest.Order order =
        switch (sort == null ? "" : sort.toLowerCase(Locale.ROOT)) {
          case "", "relevance" -> SearchRequest.Order.RELEVANCE;
          case "date" -> SearchRequest.Order.DATE;
          default -> throw new InvalidInputException("sort", "Sort by 'relevance' or 'date'.");
        };
    int pageNumber = number("page", page, 1, 10_000);
    int pageSize = number("size", size, 1, SearchRequest.MAX_SIZE);
    return new SearchRequest(q, isTrue(publicOnly), order, pageNumber - 1, pageSize);
  }

  private static boolean isTrue(String value) {
    return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
  }

  private static int number(String field, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // reported below
    }
    throw new InvalidInputException(
        field,
        "'" + value + "' is not valid; expected a whole number from " + min + " to " + max + ".");
  }
}
