package io.reveille.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every JSON request and answer. Without a resolver, RESTEasy builds a new
 * one for each answer ({@code JsonbBuilder.create()}: a provider lookup on the class path, then
 * Yasson's whole context), which a profile of the search API showed taking more of a small answer's
 * time than writing it. A Jsonb instance is thread-safe and keeps what it learns of each type.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {
  private final Jsonb jsonb = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
