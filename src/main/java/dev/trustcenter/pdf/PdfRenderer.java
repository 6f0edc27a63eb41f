package dev.trustcenter.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * HTML to PDF. Thread-safe: every call builds its own renderer. The fonts are the PDF standard
 * fonts (Helvetica, Times, Courier), which need no font files but cover Latin-1 only.
 */
public final class PdfRenderer {

    /**
     * PDFBox warns through java.util.logging each time it maps a standard font (Symbol, for list
     * bullets) to a system font: noise in every build. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every layout step through java.util.logging; the build reports its own errors.
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    public byte[] render(String html, PdfInfo info) {
        Document page = Jsoup.parse(html, info.baseUri() == null ? "" : info.baseUri());
        offline(page);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(W3CDom.convert(page), info.baseUri() == null ? "" : info.baseUri());
        builder.withProducer("trustcenter");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                stamp(pdf, info, html);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                pdf.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the PDF of " + info.title(), e);
        }
    }

    /** Images become their alternative text and scripts go: nothing is fetched while the PDF is made. */
    private static void offline(Document page) {
        for (Element img : page.select("img")) {
            String alt = img.attr("alt").strip();
            img.replaceWith(new TextNode(alt.isEmpty() ? "" : "[" + alt + "]"));
        }
        page.select("script, link, iframe, object, embed, video, audio, picture source").remove();
    }

    /** Fixed dates and a content-derived id: PDFBox would otherwise write the clock and a random /ID. */
    private static void stamp(PDDocument pdf, PdfInfo info, String html) {
        PDDocumentInformation meta = pdf.getDocumentInformation();
        meta.setTitle(info.title());
        meta.setSubject(info.subject());
        meta.setCreator("trustcenter");
        meta.setProducer("trustcenter");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(info.created().toEpochMilli());
        meta.setCreationDate(date);
        meta.setModificationDate(date);
        pdf.getDocumentCatalog().setMetadata(null);
        byte[] id = documentId(html, info);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] documentId(String html, PdfInfo info) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            sha.update(info.created().toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
