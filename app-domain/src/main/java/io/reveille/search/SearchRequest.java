package io.reveille.search;

/**
 * One search as asked: the text typed, whether to look only at what customers were told, the order
 * and the page (0-based).
 */
public record SearchRequest(String q, boolean publicOnly, Order order, int page, int size) {
  public static final int MAX_SIZE = 50;

  public SearchRequest {
    q = q == null ? "" : q;
    order = order == null ? Order.RELEVANCE : order;
    page = Math.max(0, page);
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
  }

  /** Most relevant first, or newest first. */
  public enum Order {
    RELEVANCE,
    DATE
  }
}
