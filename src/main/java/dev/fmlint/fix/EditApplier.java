package dev.fmlint.fix;

import dev.fmlint.spi.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies fixes as text edits in one pass. A fix whose edits overlap an edit already taken waits for the
 * next pass (after a re-lint its spans are computed afresh), as ESLint does. Line breaks in replacements
 * are written in the file's own style, so a CRLF file stays CRLF.
 */
final class EditApplier {

    /** The new text and how many fixes went into it. */
    record Applied(String text, int fixes) {}

    Applied apply(String text, List<Fix> fixes) {
        String newline = text.contains("\r\n") ? "\r\n" : text.contains("\r") && !text.contains("\n") ? "\r" : "\n";
        List<Fix.Edit> taken = new ArrayList<>();
        int count = 0;
        for (Fix fix : fixes) {
            boolean overlaps = fix.edits().stream().anyMatch(e -> taken.stream().anyMatch(t -> overlap(e, t)));
            boolean inside = fix.edits().stream().allMatch(e -> e.span().end() <= text.length());
            if (!overlaps && inside) {
                taken.addAll(fix.edits());
                count++;
            }
        }
        taken.sort(Comparator.comparingInt((Fix.Edit e) -> e.span().start()).thenComparingInt(e -> e.span().end()));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Fix.Edit e : taken) {
            out.append(text, at, e.span().start());
            out.append(newline.equals("\n") ? e.replacement() : e.replacement().replace("\n", newline));
            at = e.span().end();
        }
        out.append(text, at, text.length());
        return new Applied(out.toString(), count);
    }

    /** Two edits clash when their spans share text, or both insert at the same place (order would matter). */
    private static boolean overlap(Fix.Edit a, Fix.Edit b) {
        if (a.span().length() == 0 && b.span().length() == 0) {
            return a.span().start() == b.span().start();
        }
        return a.span().start() < b.span().end() && b.span().start() < a.span().end()
                || a.span().length() == 0 && a.span().start() > b.span().start() && a.span().start() < b.span().end()
                || b.span().length() == 0 && b.span().start() > a.span().start() && b.span().start() < a.span().end();
    }
}
