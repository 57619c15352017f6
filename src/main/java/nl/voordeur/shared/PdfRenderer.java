package nl.voordeur.shared;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a Thymeleaf template (well-formed XHTML) into a PDF. Uses DejaVu Sans when the
 * machine has it, so names with any accent print correctly; otherwise the built-in fonts.
 */
public final class PdfRenderer {

    private static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final File DEJAVU_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private PdfRenderer() {
    }

    public static byte[] render(ITemplateEngine engine, String template, Map<String, Object> model, Locale locale) {
        String html = engine.process(template, new Context(locale, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (DEJAVU.canRead()) builder.useFont(DEJAVU, "DejaVu Sans");
            if (DEJAVU_BOLD.canRead()) builder.useFont(DEJAVU_BOLD, "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
