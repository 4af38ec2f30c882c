package dev.flextoken.bootstrap;

import dev.flextoken.adapter.crypto.jose4j.JoseTokenCrypto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles and runs the README's embedding example as written, imports included, so that the README cannot rot.
 * Only {@code Path}, the type of the two given paths, is imported here.
 */
class EmbeddingExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- embedding-example:start -->\\s*```java\\n(.*?)```\\s*<!-- embedding-example:end -->", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void readmeExampleWhenCompiledAndRunThenIssuesATokenThatValidates() throws Exception {
        String example = readmeExample();
        String imports = example.lines().filter(line -> line.startsWith("import ")).collect(joining("\n"));
        String body = example.lines().filter(line -> !line.startsWith("import ")).collect(joining("\n"));
        Path dataFile = work.resolve("data.json");
        Path keysFile = work.resolve("keys.json");
        Files.writeString(dataFile, demoData());
        Files.writeString(keysFile, JoseTokenCrypto.generateKeySet("dir", Optional.of("k1"), new SecureRandom()));

        Path classes = compile("Example", imports + "\nimport java.nio.file.Path;\n\npublic class Example {\n"
                + "    public static void run(Path dataFile, Path keysFile) throws Exception {\n"
                + body + "\n    }\n}\n");
        String printed = run(classes, dataFile, keysFile);

        assertThat(printed.trim()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z true");
    }

    private static String readmeExample() throws IOException {
        Path readme = Path.of("..", "README.md");
        Matcher matcher = EXAMPLE.matcher(Files.readString(readme));
        assertThat(matcher.find()).as("the README holds the marked embedding example").isTrue();
        return matcher.group(1);
    }

    private static String demoData() throws IOException {
        try (InputStream in = EmbeddingExampleTest.class.getClassLoader().getResourceAsStream("demo-data.json")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path compile(String className, String source) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, null, diagnostics, "-d", classes.toString(),
                "-classpath", testClassPath(), file.toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** Surefire may hide the real class path behind a manifest-only jar; it names the real one here. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String run(Path classes, Path dataFile, Path keysFile) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EmbeddingExampleTest.class.getClassLoader())) {
            Method example = loader.loadClass("Example").getMethod("run", Path.class, Path.class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            example.invoke(null, dataFile, keysFile);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
