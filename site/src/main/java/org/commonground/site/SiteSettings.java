package org.commonground.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Who runs this deployment, as every page's footer and the accessibility statement show it:
 * published as {@code /site.json} (by {@link SitePublisher} on AWS, by the local server on a
 * laptop). The privacy notice is either the https address of the council's own page or its text.
 */
public record SiteSettings(String organisationName, String contactEmail, String privacyNotice) {
    /**
     * Reads the three settings by name (ORGANISATION_NAME, CONTACT_EMAIL, PRIVACY_NOTICE);
     * a missing or blank one takes its fallback.
     */
    public static SiteSettings from(Function<String, String> source, SiteSettings fallback) {
        return new SiteSettings(
                or(source.apply("ORGANISATION_NAME"), fallback.organisationName()),
                or(source.apply("CONTACT_EMAIL"), fallback.contactEmail()),
                or(source.apply("PRIVACY_NOTICE"), fallback.privacyNotice()));
    }

    /** The body of /site.json: {organisationName, contactEmail, privacyNotice}. */
    public String toJson() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisationName", organisationName);
        fields.put("contactEmail", contactEmail);
        fields.put("privacyNotice", privacyNotice);
        try {
            return SitePublisher.JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Three strings always make JSON", e);
        }
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
