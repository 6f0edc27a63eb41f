package dev.trustcenter.cli;

import dev.trustcenter.content.SiteSettings;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.diff.RangeDiff;
import dev.trustcenter.diff.RangeDiffer;
import dev.trustcenter.diff.format.RangeHtmlFormat;
import dev.trustcenter.diff.format.RangeMarkdownFormat;
import dev.trustcenter.diff.format.RangeTextFormat;
import dev.trustcenter.history.ComparisonRequest;
import dev.trustcenter.history.HistoryReader;
import dev.trustcenter.history.TreeComparison;
import dev.trustcenter.history.UnknownRefException;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.model.PolicyChanges;
import dev.trustcenter.model.SettingsChange;
import dev.trustcenter.model.SiteModelBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustcenter diff [<from>..<to>]}: the policies a pull request changes, word by word. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows the policies a pull request (a range of commits) changes, word by word.",
                "Lists each policy the range changes (added, removed, renamed, edited; review recorded or not) with its"
                        + " word-level changes. Compares the merge base of <from> and <to> with <to>, as a pull request"
                        + " does. A policy whose text changed without a last_reviewed bump is flagged."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, markdown, html }

    private static final String DEFAULT_BASE = HistoryReader.DEFAULT_BRANCH;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "<from>..<to>",
            description = "The range. Default: main..HEAD (origin/main when there is no local main). A single ref means <ref>..HEAD.")
    String range;

    @Option(names = "--working-tree", description = "Compare the files on disk (uncommitted edits included) with HEAD.")
    boolean workingTree;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (coloured on a terminal), markdown (for a pull-request comment) or html. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--max-length", paramLabel = "CHARS", defaultValue = "" + RangeMarkdownFormat.COMMENT_LENGTH,
            description = "markdown: cut the policies' changes to fit this many characters (GitHub takes 65,536 in a comment);"
                    + " 0 for no limit. Default: ${DEFAULT-VALUE}.")
    int maxLength;

    @Option(names = "--repo", paramLabel = "DIR", description = "Repository (any folder inside it). Default: the current directory.")
    Path repo;

    @Option(names = "--content", paramLabel = "PATH", defaultValue = "content",
            description = "Content folder, relative to the repository root (or an absolute path inside it). Default: ${DEFAULT-VALUE}.")
    String content;

    @Override
    public Integer call() {
        if (workingTree && range != null) {
            throw new UserException("give either a range or --working-tree, not both (--working-tree compares with HEAD)");
        }
        Diagnostics warnings = new Diagnostics();
        RangeDiff diff;
        try (TreeComparison comparison = compare()) {
            diff = new RangeDiff(fromName(), toName(), comparison.fromCommit(),
                    !comparison.fromCommit().equals(comparison.fromTip()), comparison.toCommit(),
                    new RangeDiffer(new MarkdownRenderer()).diff(PolicyChanges.of(comparison, warnings)),
                    SettingsChange.of(comparison, warnings).orElse(null));
        }
        PrintWriter err = spec.commandLine().getErr();
        warnings.sorted().stream().distinct().forEach(err::println);
        err.flush();
        String rendered = switch (format) {
            case text -> RangeTextFormat.render(diff, Terminal.colour(System.getenv()));
            case markdown -> RangeMarkdownFormat.render(diff, maxLength);
            case html -> RangeHtmlFormat.render(diff);
        };
        if (format == Format.markdown && maxLength > 0 && rendered.length() > maxLength) {
            err.println("warning: the comment is " + rendered.length() + " characters, over --max-length " + maxLength
                    + ": its summary table alone is longer");
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
        return 0;
    }

    private TreeComparison compare() {
        if (workingTree) {
            return HistoryReader.compare(request("HEAD", null));
        }
        if (range != null) {
            return HistoryReader.compare(request(from(), to()));
        }
        try {
            return HistoryReader.compare(request(DEFAULT_BASE, "HEAD"));
        } catch (UnknownRefException e) {
            if (!e.ref().equals(DEFAULT_BASE)) {
                throw e;
            }
        }
        String remoteBase = "origin/" + DEFAULT_BASE;
        try {
            TreeComparison c = HistoryReader.compare(request(remoteBase, "HEAD"));
            range = remoteBase + "..HEAD";
            return c;
        } catch (UnknownRefException e) {
            if (!e.ref().equals(remoteBase)) {
                throw e;
            }
            String fetch = e.fetchCommand() == null ? "" : "fetch it with `" + e.fetchCommand() + "`, or ";
            throw new UserException("no branch '" + DEFAULT_BASE + "' (nor '" + remoteBase + "') to compare with: "
                    + fetch + "give the range, e.g. `trustcenter diff master..HEAD`", e);
        }
    }

    private ComparisonRequest request(String from, String to) {
        Path repoDir = GitRoot.repoDir(repo, content);
        return new ComparisonRequest(repoDir, GitRoot.contentPath(repoDir, content), from, to, workingTree,
                path -> SiteModelBuilder.isPolicyPath(path) || path.equals(SiteSettings.FILE_NAME));
    }

    /** {@code a..b}, {@code a...b} (the same here: both mean the merge base), {@code a} = {@code a..HEAD}. */
    private String[] parts() {
        String r = range.strip();
        int dots = r.indexOf("..");
        if (dots < 0) {
            return new String[] {r, "HEAD"};
        }
        String from = r.substring(0, dots);
        String to = r.substring(r.startsWith("...", dots) ? dots + 3 : dots + 2);
        if (to.contains("..")) {
            throw new UserException("range '" + range + "' is not of the form <from>..<to>");
        }
        return new String[] {from.isEmpty() ? "HEAD" : from, to.isEmpty() ? "HEAD" : to};
    }

    private String from() {
        return parts()[0];
    }

    private String to() {
        return parts()[1];
    }

    private String fromName() {
        return workingTree ? "HEAD" : range == null ? DEFAULT_BASE : from();
    }

    private String toName() {
        return workingTree ? "working tree" : range == null ? "HEAD" : to();
    }
}
