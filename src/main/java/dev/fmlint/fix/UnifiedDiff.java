package dev.fmlint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts (as {@code diff -u} prints it, three lines of context), for
 * {@code --fix-dry-run}. Lines are compared with their line breaks, so a changed ending shows.
 * The common head and tail are cut first; fixes touch few lines, so the middle stays small.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    String diff(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            ops.add(new Op(' ', a.get(i)));
        }
        ops.addAll(middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)));
        for (int i = a.size() - tail; i < a.size(); i++) {
            ops.add(new Op(' ', a.get(i)));
        }
        return render(path, ops);
    }

    private record Op(char kind, String line) {}

    /** Longest-common-subsequence diff of the changed middle; past a size bound, one replaced block. */
    private static List<Op> middle(List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > 4_000_000L) {
            List<Op> ops = new ArrayList<>();
            a.forEach(line -> ops.add(new Op('-', line)));
            b.forEach(line -> ops.add(new Op('+', line)));
            return ops;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', a.get(i++)));
            } else {
                ops.add(new Op('+', b.get(j++)));
            }
        }
        return ops;
    }

    private static String render(String path, List<Op> ops) {
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).kind() != ' ') {
                changes.add(i);
            }
        }
        int c = 0;
        while (c < changes.size()) {
            int last = c;
            // Changes closer than twice the context share one hunk, as diff -u prints them.
            while (last + 1 < changes.size() && changes.get(last + 1) - changes.get(last) <= 2 * CONTEXT + 1) {
                last++;
            }
            int start = Math.max(0, changes.get(c) - CONTEXT);
            int end = Math.min(ops.size(), changes.get(last) + CONTEXT + 1);
            hunk(ops, start, end, out);
            c = last + 1;
        }
        return out.toString();
    }

    private static void hunk(List<Op> ops, int start, int end, StringBuilder out) {
        int oldStart = 1;
        int newStart = 1;
        for (int i = 0; i < start; i++) {
            oldStart += ops.get(i).kind() != '+' ? 1 : 0;
            newStart += ops.get(i).kind() != '-' ? 1 : 0;
        }
        int oldCount = 0;
        int newCount = 0;
        for (int i = start; i < end; i++) {
            oldCount += ops.get(i).kind() != '+' ? 1 : 0;
            newCount += ops.get(i).kind() != '-' ? 1 : 0;
        }
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (int i = start; i < end; i++) {
            String line = ops.get(i).line();
            // The line keeps a CR of its own ending, as diff -u prints it, so patch applies it to a CRLF file.
            out.append(ops.get(i).kind()).append(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line)
                    .append('\n');
            if (!line.endsWith("\n") && !line.endsWith("\r")) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : (count == 0 ? start - 1 : start) + "," + count;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }
}
