package dev.trustcenter.site;

import dev.trustcenter.history.BlobSource;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import dev.trustcenter.model.SiteModel;
import dev.trustcenter.view.Formats;
import dev.trustcenter.view.Urls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code trustcenter-archive.zip}, the download for a customer's auditor: every published
 * version of every policy as the Markdown file committed (front matter included), named like its
 * page ({@code <slug>/<review>.md}, {@code <slug>/revisions/<id>.md} for revisions between reviews),
 * with {@code policies.json} and an {@code INDEX.txt}. The committed files are the record; the
 * rendered pages stay on the site, which keeps the zip small. Entries are sorted and stamped with
 * the build time, read as UTC, so the same build gives the same bytes in any time zone.
 */
final class ArchiveWriter {

    static final String ROOT = "trustcenter-archive/";
    /** The earliest time a zip entry's DOS date holds; earlier builds are stamped with it. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_LAST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ArchiveWriter() {
    }

    static byte[] write(SiteModel model, Urls urls, Instant generatedAt, byte[] policiesJson, BlobSource blobs) {
        Map<String, Supplier<byte[]>> entries = new TreeMap<>();
        StringBuilder index = new StringBuilder();
        index.append(model.settings().title()).append(": archive of published policies\n\n");
        if (!model.settings().company().isEmpty()) {
            index.append("Company:   ").append(model.settings().company()).append('\n');
        }
        index.append("Generated: ").append(Formats.iso(generatedAt)).append('\n');
        if (model.builtCommit() != null) {
            index.append("Commit:    ").append(model.builtCommit()).append('\n');
        }
        index.append("Site:      ").append(urls.absolute(urls.home())).append("\n\n");
        index.append("Each file is a policy exactly as committed at that version (Markdown with its front matter).\n")
                .append("<slug>/<review>.md is the version recorded by a review (its page: /<slug>/<review>/);\n")
                .append("<slug>/revisions/<id>.md a revision made between reviews (/<slug>/revisions/<id>/).\n")
                .append("policies.json describes every version, review and diff; its format is in the README.\n");
        for (Policy p : model.policies()) {
            index.append("\n").append(p.title()).append(" (").append(p.slug()).append(")")
                    .append(p.retired() ? " - retired" + (p.retiredOn() == null ? "" : " " + Formats.iso(p.retiredOn())) : "").append('\n');
            for (Revision r : p.revisions()) {
                String name = p.slug() + (r.review() ? "/" + r.label().slug() : "/revisions/" + r.id()) + ".md";
                entries.put(ROOT + name, () -> blobs.read(r.blobId()));
                index.append("  ").append(name).append("  ")
                        .append(r.review() ? "review " + r.label().text() + ", reviewed " + Formats.iso(r.reviewed())
                                : "revision" + (r.label() == null ? " since the last review" : " covered by " + r.label().text()))
                        .append(r.time() == null ? "" : ", committed " + Formats.iso(r.time()))
                        .append(r.approvedBy() == null || r.approvedBy().isEmpty() ? "" : ", approved by " + r.approvedBy())
                        // a retired policy's last version is no longer in force
                        .append(r == p.inForce() ? (p.retired() ? ", the last version" : ", in force") : "")
                        .append(r == p.upcoming() ? ", takes effect " + Formats.iso(p.upcomingEffective()) : "")
                        .append('\n');
            }
        }
        byte[] indexBytes = index.toString().getBytes(StandardCharsets.UTF_8);
        entries.put(ROOT + "INDEX.txt", () -> indexBytes);
        entries.put(ROOT + "policies.json", () -> policiesJson);
        return zip(entries, stamp(generatedAt));
    }

    private static LocalDateTime stamp(Instant generatedAt) {
        LocalDateTime t = LocalDateTime.ofInstant(generatedAt, ZoneOffset.UTC).withNano(0);
        // Outside the DOS range the JDK adds a time-zone-dependent extended timestamp: keep inside.
        return t.isBefore(DOS_EPOCH) ? DOS_EPOCH : t.isAfter(DOS_LAST) ? DOS_LAST : t;
    }

    private static byte[] zip(Map<String, Supplier<byte[]>> entries, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // Fastest deflate: on 90 MB of history it takes a third of the default level's time
            // for a zip about a quarter larger; the build's speed matters more than the download's size.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, Supplier<byte[]>> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue().get());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
