package org.commonground.workshops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.auth.Token;
import org.commonground.auth.Tokens;

/**
 * Big-screen links: read-only tokens for one workshop that a facilitator copies to any
 * computer in the room. A link works until the end of the workshop's last day (day 2, or
 * day 1 when there is no day 2) in UK time, and at least to the end of the day it is made;
 * for a workshop without dates, for {@link #UNDATED} from when it is made. A facilitator can
 * stop any link at once. Only the token's hash is kept.
 */
public final class ScreenLinks {
    /** How long a link lasts for a workshop with no dates set. */
    public static final Duration UNDATED = Duration.ofDays(7);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** One link as the facilitator sees it: never the token itself, which is not kept. */
    public record ScreenLink(String id, Instant createdAt, Instant expiresAt) {}

    /** A link just made: the only time its token is known; {@code url} is the address to open. */
    public record Issued(String id, Instant createdAt, Instant expiresAt, String token, String url) {}

    private final ScreenLinkStore store;
    private final Workshops workshops;
    private final Clock clock;

    public ScreenLinks(ScreenLinkStore store, Workshops workshops, Clock clock) {
        this.store = store;
        this.workshops = workshops;
        this.clock = clock;
    }

    /**
     * Makes a link for the workshop, to open on {@code site} (the address people use, without a
     * trailing slash); 404 when there is no such workshop.
     */
    public Issued issue(String workshopId, String site) {
        Workshop w = workshops.get(workshopId);
        Instant now = clock.instant();
        Instant expires = expiry(w.settings(), now);
        String token = Tokens.newRaw();
        ScreenLink link = new ScreenLink(Ids.next(clock), now, expires);
        store.save(w.id(), link, Tokens.hash(token), Token.screen(w.id(), expires));
        return new Issued(link.id(), now, expires, token, site + "/screen/" + w.id() + "?token=" + token);
    }

    /** The workshop's links that still work, oldest first. */
    public List<ScreenLink> list(String workshopId) {
        Workshop w = workshops.get(workshopId);
        Instant now = clock.instant();
        return store.all(w.id()).stream().filter(l -> l.expiresAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(ScreenLink::createdAt)).toList();
    }

    /** Stops a link: the next request with its token gets 401. 404 when there is no such link. */
    public void revoke(String workshopId, String linkId) {
        Workshop w = workshops.get(workshopId);
        if (!store.delete(w.id(), linkId)) {
            throw Problem.notFound("screen_link_not_found", "That big-screen link is not there any more. It may have been stopped already.");
        }
    }

    /** The end of the workshop's last day (UK time), but never before the end of today. */
    static Instant expiry(WorkshopSettings settings, Instant now) {
        List<LocalDate> days = Stream.of(settings.day1Date(), settings.day2Date()).map(ScreenLinks::date).filter(d -> d != null).toList();
        if (days.isEmpty()) return now.plus(UNDATED);
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        LocalDate until = last.isAfter(today) ? last : today;
        return until.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
