package io.reveille.web.reports;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jboss.logging.Logger;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays out report XHTML as a PDF with Flying Saucer. The style sheet is inside the document and the
 * font is bundled, so rendering needs nothing from outside: the user agent refuses every URL, and a
 * link someone typed into a postmortem (an image, a style sheet) is never fetched by the server.
 */
public final class PdfExport {
  private static final Logger LOG = Logger.getLogger(PdfExport.class);

  /** The family the report style sheet names. */
  static final String FONT_FAMILY = "Reveille Sans";

  private static final List<String> FONTS =
      List.of(
          "reports/fonts/BIZUDPGothic-Regular-subset.ttf",
          "reports/fonts/BIZUDPGothic-Bold-subset.ttf");

  /**
   * The fonts as files, copied out of the archive once: OpenPDF reads a font by path, and parses it
   * once per path (its font cache), not once per report.
   */
  private static final List<String> FONT_FILES = fontFiles();

  private PdfExport() {}

  public static byte[] pdf(String xhtml) {
    Document document = parse(xhtml);
    ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
    ITextRenderer renderer =
        new ITextRenderer(
            ITextRenderer.DEFAULT_DOTS_PER_POINT,
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
            device,
            new OfflineUserAgent(device));
    try {
      for (String font : FONT_FILES) {
        renderer.getFontResolver().addFont(font, FONT_FAMILY, BaseFont.IDENTITY_H, true, null);
      }
      renderer.setDocument(document, null);
      renderer.layout();
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      renderer.createPDF(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("The report could not be laid out as a PDF", e);
    }
  }

  /** A namespace-aware parse that resolves no entity and loads no DTD. */
  static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("The report is not well-formed XHTML", e);
    }
  }

  private static List<String> fontFiles() {
    try {
      Path dir = Files.createTempDirectory("reveille-fonts");
      dir.toFile().deleteOnExit();
      return FONTS.stream()
          .map(
              resource -> {
                Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
                try (InputStream in =
                    PdfExport.class.getClassLoader().getResourceAsStream(resource)) {
                  if (in == null) {
                    throw new IllegalStateException("The report font " + resource + " is missing");
                  }
                  Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                  file.toFile().deleteOnExit();
                  return file.toString();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses every URL but one: a report is self-contained, so anything it asks for is someone's
   * input. The exception is Flying Saucer's own default style sheet (which hides {@code head},
   * among other things), read from its jar.
   */
  static final class OfflineUserAgent extends ITextUserAgent {
    private static final String DEFAULT_CSS =
        String.valueOf(
            XhtmlNamespaceHandler.class.getResource(
                Configuration.valueFor("xr.css.user-agent-default-css")
                    + "XhtmlNamespaceHandler.css"));

    OfflineUserAgent(ITextOutputDevice device) {
      super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
      if (DEFAULT_CSS.equals(uri)) {
        return super.openStream(uri);
      }
      LOG.debugf("A report asked for %s; reports fetch nothing", uri);
      throw new IOException("Reports fetch nothing: " + uri);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
      if (DEFAULT_CSS.equals(uri)) {
        return super.openConnection(uri);
      }
      throw new IOException("Reports fetch nothing: " + uri);
    }
  }
}
