package org.commonground.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The real model, on statements whose themes a person would not hesitate over, and hand-placed points. */
class ThemeSuggestionsTest {
    private static final List<String> STATEMENTS = List.of(
            "I haven't had a day off in two years",
            "The car park at the hospital costs a fortune",
            "I never get a break from caring, not even a weekend",
            "Parking at the surgery is impossible and expensive",
            "Respite is always booked up so I can't rest",
            "There are never any parking spaces near the clinic");

    @Test
    void groupsStatementsAboutTheSameThingWithATitleFromTheWordsTheyShare() {
        ThemeSuggestions.Result result = ThemeSuggestions.suggest(STATEMENTS);
        assertEquals(2, result.suggestions().size(), "the number of themes comes from the statements");
        Set<Set<Integer>> groups = Set.of(new TreeSet<>(result.suggestions().get(0).members()),
                new TreeSet<>(result.suggestions().get(1).members()));
        assertEquals(Set.of(Set.of(0, 2, 4), Set.of(1, 3, 5)), groups);
        ThemeSuggestions.Suggestion parking = result.suggestions().stream().filter(s -> s.members().contains(1)).findFirst().orElseThrow();
        assertEquals("Parking", parking.title(), "the word two of its statements share");
        assertEquals(parking.middle(), parking.members().getFirst(), "the middle statement comes first");
        assertTrue(result.unsorted().isEmpty());
    }

    @Test
    void theNumberOfThemesIsTheOneWhoseGroupsStandFurthestApart() {
        List<String> texts = new ArrayList<>();
        List<float[]> points = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 4; i++) {
                double angle = g * Math.PI / 3 + i * 0.02;
                points.add(new float[] {(float) Math.cos(angle), (float) Math.sin(angle)});
                texts.add("statement " + g + " " + i);
            }
        }
        var grouping = ThemeSuggestions.group(texts, points.toArray(float[][]::new), new ThemeSuggestions.Choices(0, 0, 2, 0, 0.5, 40), 0);
        assertEquals(3, grouping.groups());
        for (int g = 0; g < 3; g++) {
            for (int i = 1; i < 4; i++) assertEquals(grouping.labels()[g * 4], grouping.labels()[g * 4 + i]);
        }
    }

    @Test
    void aStatementHalfWayBetweenTwoGroupsStaysUnsortedAndSoDoesOneAlone() {
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < 3; i++) points.add(unit(i * 0.02));
        for (int i = 0; i < 3; i++) points.add(unit(Math.PI / 2 - i * 0.02));
        points.add(unit(Math.PI / 4)); // between the two
        List<String> texts = List.of("a", "b", "c", "d", "e", "f", "g");
        var choices = new ThemeSuggestions.Choices(0, 0.05, 2, 0, 0.5, 40);
        ThemeSuggestions.Result result = ThemeSuggestions.propose(texts, points.toArray(float[][]::new),
                ThemeSuggestions.group(texts, points.toArray(float[][]::new), choices, 2));
        assertEquals(List.of(6), result.unsorted());
        assertEquals(2, result.suggestions().size());
        assertEquals(6, result.suggestions().stream().mapToInt(s -> s.members().size()).sum());
    }

    @Test
    void proposalsComeBiggestAndClearestFirst() {
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < 3; i++) points.add(unit(i * 0.2)); // three, loosely together
        for (int i = 0; i < 5; i++) points.add(unit(2 + i * 0.01)); // five, tightly together
        List<String> texts = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        var points2 = points.toArray(float[][]::new);
        ThemeSuggestions.Result result = ThemeSuggestions.propose(texts, points2,
                ThemeSuggestions.group(texts, points2, new ThemeSuggestions.Choices(0, -1, 2, 0, 0.5, 40), 2));
        assertEquals(5, result.suggestions().getFirst().members().size());
        assertTrue(result.suggestions().get(0).clarity() > result.suggestions().get(1).clarity());
    }

    @Test
    void welshStatementsAreLeftForTheRoomNotMisGrouped() {
        List<String> texts = new ArrayList<>(STATEMENTS);
        texts.add("Dw i ddim wedi cael diwrnod i ffwrdd ers dwy flynedd.");
        texts.add("Mae'r grŵp dydd Mawrth yn help mawr i mi.");
        ThemeSuggestions.Result result = ThemeSuggestions.suggest(texts);
        assertEquals(List.of(6, 7), result.welsh());
        assertTrue(result.suggestions().stream().noneMatch(s -> s.members().contains(6) || s.members().contains(7)));
        assertTrue(WelshText.looks("Rwy'n poeni beth fydd yn digwydd iddo fe pan fydda i wedi mynd"));
        assertTrue(!WelshText.looks("I am at the carers hub on a Tuesday"), "English with a Welsh-looking word or two is English");
    }

    @Test
    void theCommandLinePrintsThemesWithRowNumbersPerGroup() throws Exception {
        Path csv = Files.createTempFile("statements", ".csv");
        StringBuilder rows = new StringBuilder("who,prompt,text\n");
        for (int i = 0; i < STATEMENTS.size(); i++) rows.append("r").append(i).append(",not_working,\"").append(STATEMENTS.get(i)).append("\"\n");
        rows.append("r9,working,\"The Tuesday group\"\n");
        Files.writeString(csv, rows);
        JsonNode out = new ObjectMapper().readTree(SuggestThemesCommand.run(new String[] {csv.toString(), "--group-column", "prompt"}));
        int counted = 0;
        for (JsonNode theme : out.path("themes")) {
            counted += theme.path("rows").size();
            assertTrue(theme.path("rows").get(0).asInt() >= 1);
            assertEquals("not_working", theme.path("group").asText());
        }
        assertEquals(6, counted);
        JsonNode working = null;
        for (JsonNode left : out.path("unsorted")) if (left.path("group").asText().equals("working")) working = left;
        assertEquals("[7]", working.path("unsortedRows").toString(), "one statement alone makes no theme");
        String problem = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SuggestThemesCommand.run(new String[] {csv.toString(), "--text-column", "words"})).getMessage();
        assertEquals("The file has no column 'words'. Its columns are: who, prompt, text.", problem);
    }

    private static float[] unit(double angle) {
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
    }

    @Test
    void refiningMovesAPointToTheGroupWhoseCentreIsNearest() {
        // Two tight groups on a circle; the point at 80 degrees was cut into the group at 0 to 10 degrees.
        float[][] points = java.util.stream.DoubleStream.of(0, 5, 10, 80, 85, 90, 95).mapToObj(d -> unit(Math.toRadians(d))).toArray(float[][]::new);
        int[] cut = {0, 0, 0, 0, 1, 1, 1};
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 1), java.util.Arrays.stream(ThemeSuggestions.refine(points, cut, 2, 10)).boxed().toList());
        assertEquals(List.of(0, 0, 0, 0, 1, 1, 1), java.util.Arrays.stream(cut).boxed().toList(), "the cut given is left as it was");
    }
}
