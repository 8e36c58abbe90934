package dev.fmlint.report;

import dev.fmlint.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab's Code Quality report: a JSON array of issues with {@code description}, {@code check_name},
 * {@code fingerprint}, {@code severity} ({@code major} for errors, {@code minor} for warnings) and
 * {@code location.path} / {@code location.lines.begin}.
 *
 * <p>GitLab compares fingerprints between the target branch and the merge request to show new and fixed
 * issues, so a fingerprint must survive unrelated edits: it is the SHA-256 of the path, the rule, the message
 * and the trimmed text of the finding's line, not of its line number, so adding lines above a finding keeps
 * it. Findings identical in all of these within a file get their occurrence number mixed in, so fingerprints
 * stay unique (GitLab drops duplicates).
 */
public final class GitlabReporter implements Reporter {
    private final SourceLines sources;

    public GitlabReporter(SourceLines sources) {
        this.sources = sources;
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        List<Object> issues = new ArrayList<>();
        for (FileResult file : run.files()) {
            Map<String, Integer> seen = new HashMap<>();
            for (Diagnostic d : file.diagnostics()) {
                String code = sources.line(d.file(), d.start().line()).map(String::strip).orElse("");
                String identity = String.join("\u0000", d.file(), d.ruleId(), d.message(), code);
                int occurrence = seen.merge(identity, 1, Integer::sum);
                Map<String, Object> issue = new LinkedHashMap<>();
                issue.put("description", d.message());
                issue.put("check_name", d.ruleId());
                issue.put("fingerprint", sha256(identity + "\u0000" + occurrence));
                issue.put("severity", d.severity() == Severity.ERROR ? "major" : "minor");
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("path", d.file());
                location.put("lines", Map.of("begin", d.start().line()));
                issue.put("location", location);
                issues.add(issue);
            }
        }
        new JsonWriter(out).write(issues);
        out.flush();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
