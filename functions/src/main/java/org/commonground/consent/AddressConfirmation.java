package org.commonground.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Templates;
import org.commonground.auth.Caller;
import org.commonground.auth.RateLimits;
import org.commonground.auth.Token;
import org.commonground.auth.Tokens;
import org.commonground.outbox.AddressBook;
import org.commonground.outbox.Email;
import org.commonground.outbox.Outbox;

/**
 * A join code must not be a way to email strangers. An address typed into the service (a plan's
 * lead, or someone's own address for updates) gets one short confirmation email and nothing
 * else until its owner confirms; then the emails held for it go. Confirmations to new addresses
 * are limited per person and per workshop; an address that bounced or complained gets nothing.
 */
public final class AddressConfirmation {
    /** Why the address was given, which decides the confirmation's one sentence. */
    public enum Reason { LEAD, UPDATES }

    /** New addresses one participant may name in an hour: their own and a lead or two. */
    public static final int PER_PARTICIPANT = 3;
    /** New addresses a facilitator may name in an hour, writing plans down for people. */
    public static final int PER_FACILITATOR = 30;
    /** New addresses per workshop in an hour: a room that gives its addresses, and not more. */
    public static final int PER_WORKSHOP = 200;
    public static final Duration WINDOW = Duration.ofHours(1);

    private final AddressBook book;
    private final Outbox outbox;
    private final Tokens tokens;
    private final RateLimits limits;
    private final Clock clock;

    public AddressConfirmation(AddressBook book, Outbox outbox, Tokens tokens, RateLimits limits, Clock clock) {
        this.book = book;
        this.outbox = outbox;
        this.tokens = tokens;
        this.limits = limits;
        this.clock = clock;
    }

    /** Where a confirmation email is for: the workshop (id, title, record expiry in epoch seconds) and the site for its link. */
    public record Place(String workshopId, String workshopTitle, long expiresAt, String site) {}

    /**
     * Checks, before anything is saved, that naming this address is within the limits: null
     * (for joining, where there is no one yet) counts only against the workshop. An address
     * already confirmed, or already sent its confirmation, costs nothing.
     *
     * @throws Problem (429) past a limit
     */
    public void admit(Caller caller, String workshopId, String address) {
        if (address == null) return;
        if (book.isConfirmed(workshopId, address) || outbox.isWritten(confirmationKey(workshopId, address)) || book.isSuppressed(address)) return;
        Instant now = clock.instant();
        switch (caller) {
            case Caller.Participant p -> {
                if (!limits.allow("new-address#person#" + Tokens.hash(p.participantId()), PER_PARTICIPANT, WINDOW, now)) throw tooMany(
                        "You have given " + PER_PARTICIPANT + " new email addresses in the last hour. Leave the email out for now, or ask the facilitator.");
            }
            case Caller.Facilitator f -> {
                if (!limits.allow("new-address#person#" + Tokens.hash(f.email()), PER_FACILITATOR, WINDOW, now)) throw tooMany(
                        "You have given " + PER_FACILITATOR + " new email addresses in the last hour. Leave the email out for now and add it later.");
            }
            case null, default -> { }
        }
        if (!limits.allow("new-address#workshop#" + Tokens.hash(workshopId), PER_WORKSHOP, WINDOW, now)) throw tooMany(
                "This workshop has been given " + PER_WORKSHOP + " new email addresses in the last hour. Leave the email out for now, "
                        + "or try again in an hour.");
    }

    /**
     * Sends an email to a typed-in address: at once if its owner confirmed it for this workshop,
     * never if it is suppressed, otherwise held, with one confirmation email to the address.
     */
    public Outbox.Result send(Email email, Reason reason, Place place) {
        String address = email.to().getFirst();
        if (book.isSuppressed(address)) return Outbox.Result.SUPPRESSED;
        if (book.isConfirmed(place.workshopId(), address)) return outbox.send(email);
        book.hold(place.workshopId(), address, email, place.expiresAt());
        ask(address, reason, place);
        return Outbox.Result.HELD;
    }

    /** Sends the one confirmation email to an address, unless it is confirmed, suppressed or was sent one already. */
    public void ask(String address, Reason reason, Place place) {
        if (book.isSuppressed(address) || book.isConfirmed(place.workshopId(), address)) return;
        String key = confirmationKey(place.workshopId(), address);
        if (!outbox.isWritten(key)) {
            String raw = tokens.issue(Token.confirmAddress(place.workshopId(), address, Instant.ofEpochSecond(place.expiresAt())));
            Map<String, Object> model = Map.of("workshop", place.workshopTitle(), "link", place.site() + "/confirm?token=" + raw,
                    reason == Reason.LEAD ? "lead" : "updates", true);
            outbox.send(new Email(key, "confirm-address", List.of(address),
                    "Please confirm your email address / Cadarnhewch eich cyfeiriad e-bost",
                    Templates.html("confirm-address", model), Templates.text("confirm-address", model), place.workshopId()));
        }
    }

    /**
     * The owner opened their confirmation link and pressed the button: the address is confirmed
     * for that workshop and what was held for it is sent. Answers how many emails went.
     *
     * @throws Problem (401) for a link that is not a confirmation link, or no longer valid
     */
    public int confirm(String rawToken) {
        Token link = tokens.resolve(rawToken).filter(t -> t.kind() == Token.Kind.CONFIRM_ADDRESS).orElseThrow(() -> Problem.unauthenticated(
                "This confirmation link is not valid any more. If you still want the emails, ask the facilitator to add your address again."));
        book.confirm(link.workshopId(), link.email(), link.expiresAt().getEpochSecond());
        int sent = 0;
        for (Email held : book.release(link.workshopId(), link.email())) {
            if (outbox.send(held) == Outbox.Result.SENT) sent++;
        }
        return sent;
    }

    /** Whether mail to this address is stopped for good. */
    public boolean isSuppressed(String address) {
        return book.isSuppressed(address);
    }

    private static String confirmationKey(String workshopId, String address) {
        return "confirm#" + workshopId + "#" + Tokens.hash(address);
    }

    private static Problem tooMany(String message) {
        return Problem.tooMany("too_many_addresses", message);
    }
}
