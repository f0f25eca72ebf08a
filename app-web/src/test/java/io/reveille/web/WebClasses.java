package io.reveille.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compiled classes of the web module, found by scanning its classes directory (so a new
 * resource can't be forgotten by a list), and the JAX-RS endpoints they declare.
 */
final class WebClasses {
  static final String ROOT_PACKAGE = "io.reveille.web";

  /** {@code {name}} or {@code {name: regex}} in a JAX-RS path template. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

  private WebClasses() {}

  /** One resource method: HTTP method and full path, as JAX-RS would serve it. */
  record Endpoint(String httpMethod, String path, Class<?> resource, Method method) {
    String key() {
      return httpMethod + " " + path;
    }

    String name() {
      return resource.getName() + "#" + method.getName();
    }
  }

  /** Every class compiled from {@code src/main/java} under {@code io.reveille.web}. */
  static List<Class<?>> all() {
    java.nio.file.Path classes = classesDirectory();
    java.nio.file.Path packageDir = classes.resolve(ROOT_PACKAGE.replace('.', '/'));
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(packageDir)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString())
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
          .sorted()
          .map(WebClasses::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JAX-RS resource methods of the given classes, in a stable order. */
  static List<Endpoint> endpoints(List<Class<?>> classes) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> type : classes) {
      Path classPath = type.getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method method : resourceMethods(type)) {
        Path methodPath = method.getAnnotation(Path.class);
        String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
        endpoints.add(new Endpoint(httpMethod(method).orElseThrow(), path, type, method));
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
    return endpoints;
  }

  /** Public methods carrying an HTTP method annotation (@GET, @POST... or any @HttpMethod). */
  static List<Method> resourceMethods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !m.isSynthetic() && !m.isBridge())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> httpMethod(m).isPresent())
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  /** The HTTP method of a resource method, from any annotation meta-annotated @HttpMethod. */
  static Optional<String> httpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
        .filter(h -> h != null)
        .map(HttpMethod::value)
        .findFirst();
  }

  /**
   * The class and method paths joined with single slashes, with a leading slash and none at the
   * end, and templates reduced to {@code {name}} as OpenAPI writes them.
   */
  static String join(String... parts) {
    String joined =
        Arrays.stream(parts)
            .flatMap(p -> Arrays.stream(p.split("/")))
            .filter(segment -> !segment.isBlank())
            .collect(Collectors.joining("/", "/", ""));
    return TEMPLATE.matcher(joined).replaceAll("{$1}");
  }

  private static java.nio.file.Path classesDirectory() {
    try {
      java.nio.file.Path location =
          java.nio.file.Path.of(
              ReveilleApplication.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      if (!java.nio.file.Files.isDirectory(location)) {
        throw new IllegalStateException(
            "Expected the web module's compiled classes in a directory, found " + location);
      }
      return location;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, WebClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Cannot load " + name, e);
    }
  }
}
