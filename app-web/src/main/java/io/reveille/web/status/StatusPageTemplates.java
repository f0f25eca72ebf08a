package io.reveille.web.status;

import io.reveille.statuspage.StatusPage;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the public status pages to bytes once per snapshot. No request, session or viewer goes
 * into them: the same bytes are right for every reader, which is what makes them cacheable.
 */
final class StatusPageTemplates {
  private static final TemplateEngine ENGINE = engine();

  private StatusPageTemplates() {}

  static Rendition render(
      String template, StatusPage page, PageIdentity identity, Map<String, Object> model) {
    Context context = new Context(Locale.UK, model);
    context.setVariable("page", page);
    context.setVariable("site", identity);
    context.setVariable("txt", new StatusText(page.zone()));
    context.setVariable("css", StatusPageResource.CSS_PATH);
    return Rendition.of(ENGINE.process(template, context), "text/html;charset=UTF-8");
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(StatusPageTemplates.class.getClassLoader());
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
