package io.reveille.web.status;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The rendered status page representations, each kept with what it was rendered from: while the
 * snapshot (or incident) is the same, the bytes are served as they are; a new snapshot renders each
 * representation once more on its first request.
 */
@ApplicationScoped
public class Renditions {
  private record Entry(Object source, Rendition rendition) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** The rendition of {@code key} if it was rendered from this very snapshot; never renders. */
  public Optional<Rendition> ifRenderedFrom(String key, Object source) {
    Entry entry = entries.get(key);
    return entry != null && entry.source == source
        ? Optional.of(entry.rendition)
        : Optional.empty();
  }

  public Rendition of(String key, Object source, Supplier<Rendition> render) {
    Entry entry = entries.get(key);
    // Identity first: the same snapshot instance is the common case and costs nothing to compare.
    if (entry != null && (entry.source == source || entry.source.equals(source))) {
      return entry.rendition;
    }
    Rendition rendition = render.get();
    entries.put(key, new Entry(source, rendition));
    return rendition;
  }
}
