package org.eit.io.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eit.core.internal.collect.Parallel;

/**
 * The HTML and Markdown reports, from FreeMarker templates ({@code templates/report.ftlh} and
 * {@code templates/report.md.ftl} beside this class) over one {@link ReportModel}. Every value is escaped by the
 * template's output format: HTML (FreeMarker's own) or Markdown (below), so a name such as
 * {@code <Dupont & Fils>} or {@code Scierie | Menuiserie} cannot break the page or a table.
 */
public final class TemplateReports {
    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";
    private static final String HTML_TEMPLATE = "report.ftlh";
    private static final Configuration CONFIGURATION = configuration();

    private TemplateReports() {
    }

    /**
     * Reads and parses the HTML report's template for {@code locale} ahead of its first use, on a background daemon
     * thread, and returns at once: setting FreeMarker up and parsing the template take a fifth of a second cold,
     * the longest part of writing a small territory's outputs. Parsed templates are kept, so later reports do not
     * pay it; a failure here is left for the report itself to tell.
     */
    public static void prepareHtml(Locale locale) {
        Parallel.background("eit-report-warm-up", () -> {
            try {
                CONFIGURATION.getTemplate(HTML_TEMPLATE, locale);
            } catch (IOException | RuntimeException e) {
                // The report, when it is written, reads the template again and reports what is wrong.
            }
        });
    }

    /** The self-contained HTML report: inline CSS and SVG, no script, nothing loaded from elsewhere. */
    public static String html(ReportInputs inputs) {
        StringWriter out = new StringWriter();
        html(inputs, out);
        return out.toString();
    }

    /** The HTML report, written to {@code out} as the template runs. */
    public static void html(ReportInputs inputs, Writer out) {
        render(HTML_TEMPLATE, inputs, out);
    }

    /** The same content in Markdown. */
    public static String markdown(ReportInputs inputs) {
        StringWriter out = new StringWriter();
        markdown(inputs, out);
        return out.toString();
    }

    /** The Markdown report, written to {@code out} as the template runs. */
    public static void markdown(ReportInputs inputs, Writer out) {
        render("report.md.ftl", inputs, out);
    }

    private static void render(String name, ReportInputs inputs, Writer out) {
        Map<String, Object> model = ReportModel.of(inputs);
        try {
            Template template = CONFIGURATION.getTemplate(name, inputs.locale());
            template.process(model, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("report template " + name + ": " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setTemplateLoader(new ClassTemplateLoader(TemplateReports.class, "templates"));
        c.setDefaultEncoding("UTF-8");
        // .ftlh files are HTML with auto-escaping; the Markdown template declares its own format.
        c.setRecognizeStandardFileExtensions(true);
        c.setRegisteredCustomOutputFormats(List.of(MarkdownFormat.INSTANCE));
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        // Numbers reach the templates already formatted; the few that do not (priorities, counts) print plainly.
        c.setNumberFormat("computer");
        c.setLocalizedLookup(false);
        return c;
    }

    /**
     * Markdown as a FreeMarker output format: every value is escaped, so that it shows as written and never turns
     * into emphasis, a link, a table cell or HTML. Line breaks inside a value become spaces (a value is one cell or
     * one line).
     */
    static final class MarkdownFormat extends CommonMarkupOutputFormat<MarkdownOutput> {
        static final MarkdownFormat INSTANCE = new MarkdownFormat();

        private MarkdownFormat() {
        }

        @Override
        public String getName() {
            return "Markdown";
        }

        @Override
        public String getMimeType() {
            return "text/markdown";
        }

        @Override
        public void output(String text, Writer out) throws IOException {
            out.write(escapePlainText(text));
        }

        @Override
        public String escapePlainText(String text) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                switch (ch) {
                    case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '~', '#' -> out.append('\\').append(ch);
                    case '\r', '\n' -> out.append(' ');
                    default -> out.append(ch);
                }
            }
            return out.toString();
        }

        @Override
        public boolean isLegacyBuiltInBypassed(String builtInName) {
            return false;
        }

        @Override
        protected MarkdownOutput newTemplateMarkupOutputModel(String plainText, String markupText) {
            return new MarkdownOutput(plainText, markupText);
        }
    }

    /** A piece of Markdown already escaped. */
    static final class MarkdownOutput extends CommonTemplateMarkupOutputModel<MarkdownOutput> {
        MarkdownOutput(String plainText, String markupText) {
            super(plainText, markupText);
        }

        @Override
        public MarkdownFormat getOutputFormat() {
            return MarkdownFormat.INSTANCE;
        }
    }
}
