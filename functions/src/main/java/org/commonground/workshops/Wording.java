package org.commonground.workshops;

/** A piece of text shown to people, in English and in Welsh. */
public record Wording(String en, String cy) {
    public String in(String language) {
        return "cy".equals(language) && cy != null && !cy.isBlank() ? cy : en;
    }
}
