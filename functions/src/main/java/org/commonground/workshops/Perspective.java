package org.commonground.workshops;

import java.util.Locale;

/** Where someone stands: the voice of lived experience is read next to professionals'. */
public record Perspective(String id, Wording label) {

    /**
     * The id a perspective gets from its label or a given id: lower case, runs of anything but
     * a-z and 0-9 as one "_", at most 40 characters; a label with none of those gets a made-up id.
     */
    public static String idFor(String label) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) slug = "perspective_" + Integer.toHexString(label.hashCode());
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }
}
