package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a rendered report in headless Chromium and checks that every chart was drawn: the page's
 * script counts the charts with a non-empty drawn box (see {@link ReportHtml}), the DOM dump shows
 * the count, and a screenshot is not blank. Beyond sizes: the reliability diagram's points and
 * curves were drawn (the script counts each chart's marks with a non-empty box), the alert table's
 * sentences are in the page, and the département filter, asked for by the page's fragment, shows
 * that département's rows only. Without a chromium binary on PATH the test is skipped,
 * unless VIGIE_REQUIRE_CHROMIUM=1 (set by scripts/test.sh, which installs Debian's chromium).
 * The page and the screenshot are kept under target/report-chromium/ for a look by eye.
 */
@Tag("e2e")
class ReportChromiumTest {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser");
  private static final long TIMEOUT_SECONDS = 90;
  private static final Pattern RENDERED = Pattern.compile("<svg class=\"chart ([^\"]+)\"[^>]*?data-rendered=\"(\\d+)x(\\d+)\"");

  @TempDir Path tmp;

  @Test
  void everyChartRendersInHeadlessChromium() throws Exception {
    Path browser = browser();
    Path dir = Files.createDirectories(Path.of("target", "report-chromium")).toAbsolutePath();
    Path page = dir.resolve("index.html");
    String html = ReportHtml.render(ReportFixtures.data());
    Files.writeString(page, html, StandardCharsets.UTF_8);
    int charts = ReportHtml.charts(html);

    String dom = chromium(browser, "dom", "--dump-dom", page.toUri().toString());
    Matcher body = Pattern.compile("<body[^>]*data-charts-rendered=\"(\\d+)\"").matcher(dom);
    assertThat(body.find()).as("body with data-charts-rendered in the DOM dump:\n" + head(dom)).isTrue();
    assertThat(Integer.parseInt(body.group(1))).as("charts with a non-empty drawn box").isEqualTo(charts);
    Matcher svg = RENDERED.matcher(dom);
    List<String> sizes = new ArrayList<>();
    while (svg.find()) {
      sizes.add(svg.group(1) + " " + svg.group(2) + "x" + svg.group(3));
      assertThat(Integer.parseInt(svg.group(2))).as("width of " + svg.group(1)).isPositive();
      assertThat(Integer.parseInt(svg.group(3))).as("height of " + svg.group(1)).isPositive();
    }
    assertThat(sizes).as("every chart measured").hasSize(charts);

    Matcher reliability = Pattern.compile("<svg class=\"chart reliability\"[^>]*?data-marks-drawn=\"(\\d+)\"").matcher(dom);
    assertThat(reliability.find()).as("reliability chart measured").isTrue();
    assertThat(Integer.parseInt(reliability.group(1))).as("reliability points (2 × 10 deciles) and curves (2) drawn")
        .isEqualTo(22);
    // the DOM serialiser writes a no-break space as &nbsp;
    assertThat(dom).as("the alert sentences").contains(ReportFixtures.SENTENCE.replace("\u00A0", "&nbsp;"))
        .contains("Secteur d'activité (section NAF) : Construction");
    assertThat(visibleAlerts(dom)).as("without a filter: the national top").isEqualTo(2);

    String filtered = chromium(browser, "filtered", "--dump-dom", page.toUri() + "#departement=2A");
    assertThat(visibleAlerts(filtered)).as("rows of 2A").isEqualTo(1);
    assertThat(filtered).contains("<tr data-departement=\"2A\" data-national=\"0\">")
        .contains("<tr data-departement=\"21\" data-national=\"1\" hidden=\"\">")
        .contains("1 établissement affiché");

    Path png = dir.resolve("screenshot.png");
    Files.deleteIfExists(png);
    chromium(browser, "screenshot", "--screenshot=" + png, "--window-size=1280,2400", page.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("screenshot " + png).isNotNull();
    assertThat(distinctColours(image)).as("distinct colours in the screenshot").isGreaterThanOrEqualTo(8);
    // the whole page, cut into tiles of one screen each, kept for a look by eye (target/report-chromium/page-*.png)
    Path whole = dir.resolve("page.png");
    Files.deleteIfExists(whole);
    chromium(browser, "page", "--screenshot=" + whole, "--window-size=1280," + PAGE_HEIGHT, page.toUri().toString());
    BufferedImage full = ImageIO.read(whole.toFile());
    for (int top = 0, tile = 1; top < full.getHeight(); top += TILE, tile++) {
      BufferedImage part = full.getSubimage(0, top, full.getWidth(), Math.min(TILE, full.getHeight() - top));
      ImageIO.write(part, "png", dir.resolve("page-" + tile + ".png").toFile());
    }
  }

  /** Tall enough for the fixture's whole page; the tiles are one screen high. */
  private static final int PAGE_HEIGHT = 6000;
  private static final int TILE = 1500;

  private static int visibleAlerts(String dom) {
    Matcher m = Pattern.compile("<body[^>]*data-alertes-visibles=\"(\\d+)\"").matcher(dom);
    assertThat(m.find()).as("body with data-alertes-visibles:\n" + head(dom)).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** The chromium binary on PATH, else skip (or fail when VIGIE_REQUIRE_CHROMIUM=1). */
  private static Path browser() {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(d -> !d.isBlank())
        .flatMap(d -> NAMES.stream().map(n -> Path.of(d, n)))
        .filter(Files::isExecutable)
        .findFirst();
    if (found.isEmpty()) {
      String why = "no chromium or chromium-browser on PATH: the report's charts cannot be checked in a browser"
          + " (scripts/test.sh installs Debian's chromium)";
      if ("1".equals(System.getenv("VIGIE_REQUIRE_CHROMIUM"))) fail(why + ", and VIGIE_REQUIRE_CHROMIUM=1");
      Assumptions.assumeTrue(false, why);
    }
    return found.get();
  }

  /** Runs headless chromium with a throwaway profile; returns its standard output. */
  private String chromium(Path browser, String name, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile-" + name)));
    command.addAll(List.of(args));
    Path out = tmp.resolve(name + ".out");
    Path err = tmp.resolve(name + ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertThat(process.exitValue()).as("exit code of " + command + "\n" + tail(Files.readString(err))).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) colours.add(image.getRGB(x, y) & 0xffffff);
    }
    return colours.size();
  }

  private static String head(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
  }

  private static String tail(String text) {
    return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
  }
}
