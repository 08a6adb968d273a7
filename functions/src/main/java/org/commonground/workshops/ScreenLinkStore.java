package org.commonground.workshops;

import java.util.List;
import org.commonground.auth.Token;

/** Where big-screen links are kept: the token (by its hash) and a note in the workshop's partition. */
public interface ScreenLinkStore {
    /** Saves the token and the note together. */
    void save(String workshopId, ScreenLinks.ScreenLink link, String tokenHash, Token token);

    /** Every link noted for the workshop, expired or not. */
    List<ScreenLinks.ScreenLink> all(String workshopId);

    /** Deletes the link's token and note; false when there was no such link. */
    boolean delete(String workshopId, String linkId);
}
