package org.commonground.workshops;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A piece of text shown to people, in English and in Welsh. Read back from a plain string (as
 * workshops saved before titles had two languages hold them) it is the same in both.
 */
public record Wording(String en, String cy) {
    @JsonCreator
    public Wording(@JsonProperty("en") String en, @JsonProperty("cy") String cy) {
        this.en = en;
        this.cy = cy;
    }

    @JsonCreator
    public static Wording same(String text) {
        return new Wording(text, text);
    }

    public String in(String language) {
        return "cy".equals(language) && cy != null && !cy.isBlank() ? cy : en;
    }
}
