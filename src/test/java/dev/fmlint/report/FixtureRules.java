package dev.fmlint.report;

import dev.fmlint.source.LineIndex;
import dev.fmlint.source.Span;
import dev.fmlint.spi.Fix;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleContext;
import dev.fmlint.spi.RuleMeta;
import dev.fmlint.spi.Severity;
import java.util.Set;

/**
 * Two rules that exist only for the reporter tests: the built-in rules have no fixes and no warnings yet,
 * and reports must show both, and messages with {@code %}, {@code :} and a line break.
 */
final class FixtureRules {
    private FixtureRules() {}

    /** Trailing spaces or tabs: a warning whose fix deletes them. */
    static final class TrailingSpace implements Rule {
        static final RuleMeta META = new RuleMeta("trailing-space", "Lines do not end in spaces or tabs",
                Set.of("whitespace"), Severity.WARNING, true);

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            LineIndex lines = ctx.file().lines();
            String text = ctx.file().text();
            for (int line = 1; line <= lines.lineCount(); line++) {
                int end = lines.lineEnd(line);
                int start = end;
                while (start > lines.lineStart(line) && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                    start--;
                }
                if (start < end) {
                    Span span = new Span(start, end);
                    ctx.report(span, "line ends in " + (end - start) + " spaces or tabs; remove them",
                            Fix.replace("remove the trailing whitespace", span, ""));
                }
            }
        }
    }

    /**
     * A line {@code ECHO: text} is reported with {@code text} as the message, {@code \n} turned into a real
     * line break; the fix inserts {@code > } at the start of the line (an insertion: an empty range).
     */
    static final class EchoMarker implements Rule {
        static final RuleMeta META = new RuleMeta("echo-marker", "Repeats ECHO lines as messages (tests only)",
                Set.of("test"), Severity.WARNING, true);

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            LineIndex lines = ctx.file().lines();
            for (int line = 1; line <= lines.lineCount(); line++) {
                String text = lines.lineText(line);
                if (text.startsWith("ECHO: ")) {
                    int start = lines.lineStart(line);
                    ctx.report(new Span(start, lines.lineEnd(line)), text.substring(6).replace("\\n", "\n"),
                            Fix.replace("quote the line", Span.at(start), "> "));
                }
            }
        }
    }
}
