package io.reveille.web.reports;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a report as XHTML. XML mode rather than HTML mode: the output must be well-formed for the
 * PDF renderer's XML parser, and XML mode escapes every {@code th:text} value (including quotes),
 * so a title like {@code <script>} is text in the page and in the PDF alike.
 */
public final class ReportTemplates {
  private static final TemplateEngine ENGINE = engine();

  private ReportTemplates() {}

  /**
   * @param template a name under {@code templates/reports/}, without {@code .xhtml}
   * @param forPrint true for the PDF: no page chrome (links back, download buttons)
   */
  public static String render(
      String template, Map<String, Object> model, ReportText text, boolean forPrint) {
    Context context = new Context(Locale.UK, model);
    context.setVariable("txt", text);
    context.setVariable("print", forPrint);
    return ENGINE.process(template, context);
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
    resolver.setPrefix("templates/reports/");
    resolver.setSuffix(".xhtml");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
