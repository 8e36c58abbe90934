package dev.fmlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads it with no console message (a blocked fetch or a
 * script error would log one), shows the expected numbers, and draws its bars. The screenshot is kept as
 * {@code target/artifacts/stats-report.png} for people to look at.
 *
 * <p>Needs Chromium (Debian: {@code apt-get install -y --no-install-recommends chromium}). Without it the test
 * fails when {@code CI=true}, so CI can never pass without having looked, and is skipped elsewhere.
 */
class StatsReportBrowserTest {
    static final Path ARTIFACTS = Path.of("target/artifacts");
    /** The bar colour in stats.css ({@code --bar: #4e79a7}); bars are solid, so their pixels are exact. */
    private static final int BAR_RGB = 0x4e79a7;

    private static HeadlessChromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        chromium = HeadlessChromium.find().orElse(null);
        if (chromium == null) {
            String reason = "Chromium not found (FMLINT_CHROMIUM, or chromium / chromium-browser / google-chrome on "
                    + "the PATH); on Debian: apt-get install -y --no-install-recommends chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + reason);
            }
            Assumptions.abort(reason);
        }
    }

    @Test
    void theReportRendersWithoutConsoleMessagesAndShowsTheNumbers() throws Exception {
        BlogCorpus.write(dir);
        Files.writeString(dir.resolve("posts/\"><img src=x onerror=alert(1)>.md"),
                "---\ntitle: \"</style><script>alert(2)</script>\"\n---\n# Hostile\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.in(dir, "stats", "posts", "--format", "html=report.html");
        assertEquals(0, run.exitCode(), run.err());
        Path page = dir.resolve("report.html");

        HeadlessChromium.Result dom = chromium.dumpDom(page, dir);
        assertEquals(0, dom.exitCode(), dom.log());
        assertEquals(List.of(), dom.consoleMessages(), "console messages while loading the report");
        String html = dom.stdout();
        assertTrue(html.contains("<title>Front matter audit: 121 files</title>"), html);
        assertTrue(html.contains("<div class=\"n\">121</div><div class=\"l\">with front matter (100.0%)</div>"), html);
        assertTrue(html.contains("<td class=\"key\">tilte</td><td class=\"num\">1</td><td class=\"key\">title</td>"
                + "<td class=\"num\">120</td>"), html);
        assertTrue(html.contains(">\"AI教程\"</td>"), html);
        assertFalse(html.contains("<script"), "the hostile title became a script element");
        assertFalse(html.contains("<img"), "the hostile file name became an image element");

        Files.createDirectories(ARTIFACTS);
        Path png = ARTIFACTS.resolve("stats-report.png");
        Files.deleteIfExists(png);
        HeadlessChromium.Result shot = chromium.screenshot(page, png, 1280, 2000, dir);
        assertEquals(0, shot.exitCode(), shot.log());
        assertEquals(List.of(), shot.consoleMessages());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertTrue(pixels(image, BAR_RGB) > 2_000, "the coverage and value bars are drawn");
        Files.copy(page, ARTIFACTS.resolve("stats-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The harness itself: a page that breaks the rules is caught, so a clean run above means something. */
    @Test
    void consoleMessagesAreCaught() throws IOException, InterruptedException {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'\"></head><body><img src=\"https://example.invalid/x.png\">"
                + "</body></html>", StandardCharsets.UTF_8);
        HeadlessChromium.Result result = chromium.dumpDom(bad, dir);
        assertFalse(result.consoleMessages().isEmpty(), result.log());
    }

    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
