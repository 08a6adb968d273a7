package org.commonground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thin routes, checked on the source: every class in {@code handlers} (the functions, their
 * route groups and the composition), and the clustering function beside its model in the
 * suggestions module, is at most 100 lines, so a route that starts to hold logic
 * shows up here and moves to the domain or to {@code api}.
 */
class HandlerSizeTest {
    static final int MOST_LINES = 100;
    private static final Path HANDLERS = Path.of("src/main/java/org/commonground/handlers");
    private static final Path CLUSTERING = Path.of("../suggestions/src/main/java/org/commonground/clustering/ClusteringHandler.java");

    @Test
    void noHandlerOrRouteGroupIsOver100Lines() throws IOException {
        Map<String, Integer> lines = new TreeMap<>();
        try (Stream<Path> files = Files.list(HANDLERS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                lines.put(file.getFileName().toString(), Files.readAllLines(file).size());
            }
        }
        lines.put(CLUSTERING.getFileName().toString(), Files.readAllLines(CLUSTERING).size());
        // Guards the check from passing on nothing: the handlers and their route groups were read.
        assertTrue(lines.containsKey("WorkshopsHandler.java") && lines.containsKey("SignInRoutes.java") && lines.size() > 15,
                "the handlers were not found under " + HANDLERS.toAbsolutePath() + ": " + lines.keySet());
        Map<String, Integer> over = new TreeMap<>(lines);
        over.values().removeIf(count -> count <= MOST_LINES);
        assertEquals(Map.of(), over, "over " + MOST_LINES + " lines; move views and decisions to the domain, "
                + "request reading to api, or split the routes into another group");
    }
}
