package io.reveille.web.reports;

import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

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
   * @param xhtml reads the report and writes it; timed with the layout
   * @param cacheable whether shared caches may keep it (the published public report only)
   */
  static Response pdf(Supplier<String> xhtml, String filename, boolean cacheable) {
    // Server-Timing: what the export cost here, in wall-clock and CPU time. The CPU time is what
    // the benchmark compares across runs; on a shared machine the wall-clock time mostly measures
    // the queue for a core.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long start = System.nanoTime();
    byte[] pdf = PdfExport.pdf(xhtml.get());
    String timing =
        String.format(Locale.ROOT, "pdf;dur=%.1f;desc=\"wall\"", (System.nanoTime() - start) / 1e6);
    if (cpu) {
      timing +=
          String.format(
              Locale.ROOT,
              ", pdf-cpu;dur=%.1f;desc=\"CPU\"",
              (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
    }
    return Response.ok(pdf, "application/pdf")
        .header("Server-Timing", timing)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Cache-Control", cacheable ? "public, max-age=60" : "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
