package io.reveille.web.reports;

import jakarta.ws.rs.core.Response;

/** How a report goes out: the page as HTML, or the PDF as a download with its file name. */
final class ReportResponses {
  private ReportResponses() {}

  static Response page(String xhtml) {
    // XHTML written to parse as HTML too; served as HTML so every browser shows it as a page.
    return Response.ok(xhtml, "text/html;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .build();
  }

  /**
   * @param cacheable whether shared caches may keep it (the published public report only)
   */
  static Response pdf(String xhtml, String filename, boolean cacheable) {
    byte[] pdf = PdfExport.pdf(xhtml);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Cache-Control", cacheable ? "public, max-age=60" : "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
