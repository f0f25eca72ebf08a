package io.reveille.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI description of {@code /api/v1}, kept next to the code and checked by a test. Public.
 */
@Path("/api/v1/openapi.yaml")
@ApplicationScoped
public class OpenApiResource {
  private final byte[] document = load();

  @GET
  @PermitAll
  @Produces("application/yaml")
  public byte[] document() {
    return document;
  }

  private static byte[] load() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi.yaml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
