package org.commonground.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The key layout is spelled in one place, {@link Keys}: no other Java source of the project
 * (functions, suggestions, the local server and every test) writes a key prefix as a string.
 */
class KeyLayoutTest {
    /** A string literal that starts like a key: capitals and {@code #} ({@code "W#"}, {@code "GP#"}), or a fixed sort key. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([A-Z]{1,6}#[^\"]*|META|SL|DG|CODE|RL|WORKSHOPS)\"");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path OWNER = Path.of("functions/src/main/java/org/commonground/aws/Keys.java");

    @Test
    void keyPrefixesAreSpelledOnlyInKeys() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            Path relative = ROOT.relativize(source);
            if (relative.equals(OWNER) || relative.endsWith("KeyLayoutTest.java")) continue;
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = KEY_LITERAL.matcher(lines.get(i));
                while (m.find()) found.add(relative + ":" + (i + 1) + " " + m.group());
            }
        }
        assertEquals(List.of(), found, "key prefixes belong in Keys");
    }

    /** Guards the test above from passing on nothing: the scan reads the sources and sees the owner's literals. */
    @Test
    void theScanSeesTheLayoutWhereItIsSpelled() throws IOException {
        assertTrue(sources().size() > 150, "only " + sources().size() + " sources were found under " + ROOT);
        long inOwner = KEY_LITERAL.matcher(Files.readString(ROOT.resolve(OWNER))).results().count();
        assertTrue(inOwner > 25, "only " + inOwner + " key literals were seen in Keys");
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("functions/src", "suggestions/src", "local/src")) {
            Path dir = ROOT.resolve(module);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
