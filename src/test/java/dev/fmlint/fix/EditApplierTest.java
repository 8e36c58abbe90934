package dev.fmlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fmlint.source.Span;
import dev.fmlint.spi.Fix;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditApplierTest {
    private final EditApplier applier = new EditApplier();

    private static Fix fix(int start, int end, String replacement) {
        return Fix.replace("t", new Span(start, end), replacement);
    }

    @Test
    void appliesEditsInAnyOrder() {
        var applied = applier.apply("abcdef", List.of(fix(4, 5, "E"), fix(0, 1, "A")));
        assertEquals("AbcdEf", applied.text());
        assertEquals(2, applied.fixes());
    }

    @Test
    void overlappingFixesWaitForTheNextPass() {
        var applied = applier.apply("abcdef", List.of(fix(1, 4, "X"), fix(3, 5, "Y"), fix(5, 6, "Z")));
        assertEquals("aXeZ", applied.text());
        assertEquals(2, applied.fixes());
    }

    @Test
    void twoInsertionsAtOnePlaceDoNotBothApply() {
        var applied = applier.apply("ab", List.of(fix(1, 1, "X"), fix(1, 1, "Y")));
        assertEquals("aXb", applied.text());
    }

    @Test
    void aFixWithSeveralEditsIsAllOrNothing() {
        Fix both = new Fix("t", List.of(new Fix.Edit(new Span(0, 1), "A"), new Fix.Edit(new Span(2, 3), "C")));
        var applied = applier.apply("abc", List.of(fix(2, 3, "Z"), both));
        assertEquals("abZ", applied.text());
        assertEquals(1, applied.fixes());
    }

    @Test
    void lineBreaksInReplacementsFollowTheFile() {
        assertEquals("a\r\n- x\r\n- y\r\nb", applier.apply("a\r\nX\r\nb", List.of(fix(3, 4, "- x\n- y"))).text());
        assertEquals("a\nb\nc", applier.apply("a\nX", List.of(fix(2, 3, "b\nc"))).text());
    }

    @Test
    void editsPastTheEndAreIgnored() {
        assertEquals("ab", applier.apply("ab", List.of(fix(1, 9, ""))).text());
    }
}
