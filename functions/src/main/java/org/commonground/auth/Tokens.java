package org.commonground.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Predicate;
import org.commonground.kernel.Problem;

/**
 * Issues random, unguessable tokens (256 bits) and finds what they stand for. Tokens are
 * stored only as hashes, so a copy of the table gives nobody a way in.
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final TokenStore store;
    private final Predicate<String> facilitatorAllowed;
    private final Clock clock;

    /** {@code facilitatorAllowed} says whether an address is still on the list of facilitators: a session ends when it is not. */
    public Tokens(TokenStore store, Predicate<String> facilitatorAllowed, Clock clock) {
        this.store = store;
        this.facilitatorAllowed = facilitatorAllowed;
        this.clock = clock;
    }

    public String issue(Token token) {
        String raw = newRaw();
        store.put(hash(raw), token);
        return raw;
    }

    /** A raw token for a record that is saved together with other writes. */
    public static String newRaw() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Token> resolve(String raw) {
        if (raw == null || raw.length() > 200) return Optional.empty();
        return store.find(hash(raw)).filter(t -> t.expiresAt().isAfter(clock.instant()));
    }

    /** The person an unsubscribe link is for, if it is one. */
    public Optional<Token> unsubscribeLink(String raw) {
        return resolve(raw).filter(t -> t.kind() == Token.Kind.UNSUBSCRIBE);
    }

    /** Redeems a single-use sign-in link. */
    public Optional<Token> redeem(String raw) {
        if (raw == null || raw.length() > 200) return Optional.empty();
        return store.take(hash(raw), Token.Kind.SIGN_IN_LINK)
                .filter(t -> t.expiresAt().isAfter(clock.instant()));
    }

    public void revoke(String hash) { store.delete(hash); }

    public Caller caller(Optional<String> bearer) {
        String raw = bearer.orElseThrow(() -> Problem.unauthenticated(
                "You need to be signed in, or to have joined the workshop, to do this."));
        Token token = resolve(raw).orElseThrow(() -> Problem.unauthenticated(
                "Your sign-in has ended or the link is not valid any more. Sign in or join the workshop again."));
        return switch (token.kind()) {
            case FACILITATOR -> {
                if (!facilitatorAllowed.test(token.email())) throw Problem.unauthenticated(
                        "This address is no longer on the list of facilitators. Ask the programme lead to add it.");
                yield new Caller.Facilitator(token.email(), hash(raw));
            }
            case PARTICIPANT -> new Caller.Participant(token.workshopId(), token.participantId(), hash(raw), token.expiresAt());
            case SCREEN -> new Caller.Screen(token.workshopId());
            case ACTION_LEAD -> new Caller.ActionLead(token.workshopId(), token.actionId());
            case UNSUBSCRIBE -> throw Problem.unauthenticated("This link only stops emails. Join the workshop to take part.");
            case CONFIRM_ADDRESS -> throw Problem.unauthenticated("This link only confirms an email address. Join the workshop to take part.");
            case SIGN_IN_LINK -> throw Problem.unauthenticated(
                    "This is a sign-in link, not a sign-in. Open the link from your email to sign in.");
        };
    }

    public Caller.Facilitator facilitator(Optional<String> bearer) {
        if (caller(bearer) instanceof Caller.Facilitator f) return f;
        throw Problem.forbidden("Only a facilitator can do this. Sign in as a facilitator to continue.");
    }

    public Caller.Participant participant(Optional<String> bearer, String workshopId) {
        Caller caller = caller(bearer);
        if (caller instanceof Caller.Participant p) {
            if (!p.workshopId().equals(workshopId)) throw otherWorkshop();
            return p;
        }
        throw Problem.forbidden("Only someone taking part in the workshop can do this.");
    }

    /** A participant of this workshop or a facilitator. */
    public Caller member(Optional<String> bearer, String workshopId) {
        Caller caller = caller(bearer);
        if (caller instanceof Caller.Participant p && !p.workshopId().equals(workshopId)) throw otherWorkshop();
        if (caller instanceof Caller.Screen) throw Problem.forbidden("The big-screen link can only show the workshop, not change it.");
        if (caller instanceof Caller.ActionLead) throw actionLinkOnly();
        return caller;
    }

    /** Anyone who may see this workshop's board. */
    public Caller reader(Optional<String> bearer, String workshopId) {
        Caller caller = caller(bearer);
        if (caller instanceof Caller.Participant p && !p.workshopId().equals(workshopId)) throw otherWorkshop();
        if (caller instanceof Caller.Screen s && !s.workshopId().equals(workshopId)) throw otherWorkshop();
        if (caller instanceof Caller.ActionLead) throw actionLinkOnly();
        return caller;
    }

    /** The lead of this action plan (by their private link) or a facilitator. */
    public Caller leadOf(Optional<String> bearer, String workshopId, String actionId) {
        Caller caller = caller(bearer);
        if (caller instanceof Caller.Facilitator) return caller;
        if (caller instanceof Caller.ActionLead lead) {
            if (lead.workshopId().equals(workshopId) && lead.actionId().equals(actionId)) return caller;
            throw Problem.forbidden("This link is for a different action plan. Open the link from the email about this plan.");
        }
        throw Problem.forbidden("Only the lead of this action plan (from the link in their email) or a facilitator can post progress.");
    }

    private static Problem actionLinkOnly() {
        return Problem.forbidden("This link is only for posting progress on one action plan.");
    }

    private static Problem otherWorkshop() {
        return Problem.forbidden("This link belongs to a different workshop. Open the join link of this workshop to take part.");
    }
}
