package org.commonground.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes the list of classes the API functions prime before their SnapStart snapshot: every
 * class of the Lambda artifact that a JVM loaded while it ran the API tests (its
 * {@code -Xlog:class+load} file), one name a line, sorted.
 *
 * <p>Usage: PrimingClasses CLASS-LOAD.log LAMBDA.jar OUT.txt
 */
public final class PrimingClasses {
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source:");

    public static void main(String[] args) throws IOException {
        Set<String> inArtifact = new TreeSet<>();
        try (ZipFile jar = new ZipFile(args[1])) {
            jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                    .forEach(n -> inArtifact.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
        }
        Set<String> primed = new TreeSet<>();
        try (var lines = Files.lines(Path.of(args[0]))) {
            lines.forEach(line -> {
                Matcher m = LOADED.matcher(line);
                if (m.find() && inArtifact.contains(m.group(1))) primed.add(m.group(1));
            });
        }
        Files.write(Path.of(args[2]), primed);
        System.out.println(primed.size() + " classes written to " + args[2]);
    }
}
