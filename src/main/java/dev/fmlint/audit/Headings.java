package dev.fmlint.audit;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The heading outline of one body, reduced to what an audit counts.
 *
 * @param h1          level-1 headings in the body (a front-matter title is not one), with or without text
 * @param skipsLevels whether a heading goes down more than one level at once (h2 then h4), the same test
 *                    as the {@code heading-increment} rule
 */
public record Headings(int h1, boolean skipsLevels) {

    public static Headings of(Node body) {
        int[] h1 = new int[1];
        boolean[] skips = new boolean[1];
        body.accept(new AbstractVisitor() {
            private int previous;

            @Override
            public void visit(Heading heading) {
                int level = heading.getLevel();
                if (level == 1) {
                    h1[0]++;
                }
                if (previous > 0 && level > previous + 1) {
                    skips[0] = true;
                }
                previous = level;
            }
        });
        return new Headings(h1[0], skips[0]);
    }
}
