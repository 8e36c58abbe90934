package dev.fmlint.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The schema checks must be able to fail: each gets a document its schema rejects, deep inside. */
class ReportValidatorsTest {
    @Test
    void sarifRejectsAResultWithAnUnknownLevel() {
        String sarif = ReportGoldenTest.render("sarif", false, false).replaceFirst("\"level\": \"warning\"",
                "\"level\": \"fatal\"");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ReportValidators.sarif(sarif));
        assertTrue(e.getMessage().contains("level"), e.getMessage());
    }

    @Test
    void sarifRejectsARegionStartingAtColumnZero() {
        String sarif = ReportGoldenTest.render("sarif", false, false).replaceFirst("\"startColumn\": 1",
                "\"startColumn\": 0");
        assertThrows(AssertionFailedError.class, () -> ReportValidators.sarif(sarif));
    }

    @Test
    void theJsonReportSchemaRejectsUnknownFieldsAndBadSeverities() {
        String json = ReportGoldenTest.render("json", false, false);
        assertThrows(AssertionFailedError.class,
                () -> ReportValidators.jsonReport(json.replaceFirst("\"severity\": \"error\"", "\"severity\": \"fatal\"")));
        assertThrows(AssertionFailedError.class,
                () -> ReportValidators.jsonReport(json.replaceFirst("\"rule\":", "\"extra\": 1, \"rule\":")));
    }

    @Test
    void theJunitXsdRejectsASuiteWithoutCounts() {
        String xml = ReportGoldenTest.render("junit", false, false)
                .replace("<testsuite name=\"fmlint\" tests=\"6\" failures=\"5\"", "<testsuite name=\"fmlint\"");
        assertTrue(xml.contains("<testsuite name=\"fmlint\" errors="), xml);
        assertThrows(AssertionFailedError.class, () -> ReportValidators.junit(xml));
    }

    @Test
    void theXmlParserRejectsARawControlCharacter() {
        assertThrows(AssertionFailedError.class, () -> ReportValidators.xml("<a b=\"\u001b\"/>"));
    }
}
