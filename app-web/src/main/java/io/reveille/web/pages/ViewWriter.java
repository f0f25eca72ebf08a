package io.reveille.web.pages;

import io.reveille.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders {@link View}s as HTML. Thymeleaf escapes every {@code th:text}, so whatever a user typed
 * is shown as text.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {
  private static final TemplateEngine ENGINE = engine();

  /** Built once: Thymeleaf's view of the servlet context, shared by every render. */
  private volatile JakartaServletWebApplication application;

  @jakarta.ws.rs.core.Context HttpServletRequest request;
  @jakarta.ws.rs.core.Context HttpServletResponse response;
  @jakarta.ws.rs.core.Context ServletContext servletContext;
  // A provider lives as long as the application: the viewer is looked up per request.
  @Inject CurrentActor currentActor;

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return View.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      View view,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    headers.putSingle("Content-Type", "text/html;charset=UTF-8");
    headers.putSingle("Cache-Control", "no-store");
    // A web context, so that templates can write context-relative links (@{/incidents/...}).
    IWebExchange exchange = application().buildExchange(request, response);
    WebContext context = new WebContext(exchange, Locale.UK, view.model());
    context.setVariable("me", Viewer.of(currentActor.actor()));
    context.setVariable("csrf", Csrf.token(request));
    context.setVariable("path", request.getRequestURI());
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ENGINE.process(view.template(), context, writer);
    try {
      writer.flush();
    } catch (java.io.IOException e) {
      // The reader left; nothing to do.
    }
  }

  private JakartaServletWebApplication application() {
    JakartaServletWebApplication current = application;
    if (current == null) {
      current = JakartaServletWebApplication.buildApplication(servletContext);
      application = current;
    }
    return current;
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(ViewWriter.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
