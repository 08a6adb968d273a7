package org.commonground.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The real model, on statements whose themes a person would not hesitate over. */
class ThemeSuggestionsTest {
    private static final List<String> STATEMENTS = List.of(
            "I haven't had a day off in two years",
            "The car park at the hospital costs a fortune",
            "I never get a break from caring, not even a weekend",
            "Parking at the surgery is impossible and expensive",
            "Respite is always booked up so I can't rest",
            "There are never any parking spaces near the clinic");

    @Test
    void groupsStatementsAboutTheSameThingAndTitlesEachWithOneOfThem() {
        List<ThemeSuggestions.Suggestion> suggestions = ThemeSuggestions.suggest(STATEMENTS, 2);
        assertEquals(2, suggestions.size());
        Set<Set<Integer>> groups = Set.of(new TreeSet<>(suggestions.get(0).members()), new TreeSet<>(suggestions.get(1).members()));
        assertEquals(Set.of(Set.of(0, 2, 4), Set.of(1, 3, 5)), groups);
        for (ThemeSuggestions.Suggestion s : suggestions) {
            assertTrue(s.members().stream().map(STATEMENTS::get).anyMatch(s.title()::equals), "the draft title is one of its statements");
        }
    }

    @Test
    void aRoomGetsAWorkableNumberOfThemes() {
        assertEquals(1, ThemeSuggestions.themesFor(1));
        assertEquals(2, ThemeSuggestions.themesFor(6));
        assertEquals(6, ThemeSuggestions.themesFor(47));
        assertEquals(12, ThemeSuggestions.themesFor(1500));
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
            if (theme.path("group").asText().equals("working")) assertEquals("[7]", theme.path("rows").toString());
        }
        assertEquals(7, counted);
        String problem = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SuggestThemesCommand.run(new String[] {csv.toString(), "--text-column", "words"})).getMessage();
        assertEquals("The file has no column 'words'. Its columns are: who, prompt, text.", problem);
    }
}
