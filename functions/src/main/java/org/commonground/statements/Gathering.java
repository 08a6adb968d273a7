package org.commonground.statements;

import java.time.Clock;
import java.time.Instant;
import org.commonground.auth.Caller;
import org.commonground.auth.Token;
import org.commonground.auth.Tokens;
import org.commonground.consent.AddressConfirmation;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Text;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * Stage 3 of the method: people answer the three questions in their own words. A participant
 * adds, edits and withdraws their own answers while gathering is open; a facilitator writes
 * answers down for people (marked interview or paper) at any time and hides abusive ones.
 */
public final class Gathering {
    public static final int MAX_STATEMENT = 2000;

    private final ResponseStore store;
    private final Workshops workshops;
    private final AddressConfirmation addresses;
    private final Clock clock;

    public Gathering(ResponseStore store, Workshops workshops, AddressConfirmation addresses, Clock clock) {
        this.store = store;
        this.workshops = workshops;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Who someone is, as they chose to tell us. */
    public record Joining(String name, String perspective, String language, String email, boolean updatesConsent) {}

    public record Joined(Participant participant, String token) {}

    /** Joins; an address given for updates is sent a confirmation, and nothing else until its owner confirms. */
    public Joined join(String workshopId, Joining joining, String site) {
        Workshop workshop = workshops.get(workshopId);
        if (workshop.phase() == Phase.CLOSED) {
            throw Problem.conflict("workshop_closed", "This workshop has closed, so nobody new can join it.");
        }
        Participant participant = participant(workshop, joining, null);
        addresses.admit(null, workshopId, participant.email());
        String raw = Tokens.newRaw();
        Participant withToken = new Participant(participant.id(), participant.workshopId(), participant.name(),
                participant.perspective(), participant.language(), participant.email(), participant.updatesConsent(),
                Tokens.hash(raw), participant.createdAt(), participant.expiresAt());
        Instant expires = Instant.ofEpochSecond(workshop.expiresAt());
        if (store.join(withToken, Token.participant(workshopId, participant.id(), expires)) != ResponseStore.Outcome.DONE) {
            throw Workshops.missing();
        }
        if (withToken.email() != null) {
            addresses.ask(withToken.email(), AddressConfirmation.Reason.UPDATES,
                    new AddressConfirmation.Place(workshopId, workshop.title().en(), workshop.expiresAt(), site));
        }
        return new Joined(withToken, raw);
    }

    /** A statement, and for a facilitator the person it was written down for. */
    public record NewStatement(Prompt prompt, String text, Source source, String forParticipantId, Joining forNewPerson) {}

    public Statement add(Caller caller, String workshopId, NewStatement request) {
        String text = Text.clean(request.text(), "answer", MAX_STATEMENT);
        Instant now = clock.instant();
        return switch (caller) {
            case Caller.Participant p -> {
                if (request.source() != null && request.source() != Source.ONLINE) {
                    throw Problem.forbidden("Only a facilitator can enter answers from an interview or on paper.");
                }
                if (request.forParticipantId() != null || request.forNewPerson() != null) {
                    throw Problem.forbidden("Only a facilitator can enter answers on someone else's behalf.");
                }
                Statement statement = new Statement(Ids.next(clock), workshopId, p.participantId(), request.prompt(),
                        text, Source.ONLINE, null, false, now, now, p.expiresAt().getEpochSecond(), null, 0, null, null);
                check(store.add(statement, Phase.GATHERING), workshopId, "add answers");
                yield statement;
            }
            case Caller.Facilitator f -> {
                Source source = request.source() != null ? request.source() : Source.INTERVIEW;
                Workshop workshop = workshops.get(workshopId);
                String personId = request.forParticipantId();
                String perspective = null;
                if (personId != null) {
                    if (store.participant(workshopId, personId).isEmpty()) {
                        throw Problem.invalid("unknown_participant",
                                "'onBehalfOf' names nobody in this workshop. Leave it out or give their perspective instead.");
                    }
                } else {
                    // Someone in the room who did not join: their answer carries their perspective, and no
                    // participant is made for them, so they are counted as answers written down, not as people.
                    personId = Ids.next(clock);
                    if (request.forNewPerson() != null) {
                        perspective = request.forNewPerson().perspective();
                        if (!workshop.hasPerspective(perspective)) {
                            throw Problem.invalid("invalid_perspective", "Choose one of the perspectives offered by this workshop.");
                        }
                    }
                }
                Statement statement = new Statement(Ids.next(clock), workshopId, personId, request.prompt(), text,
                        source, f.email(), false, now, now, workshop.expiresAt(), null, 0, perspective, null);
                check(store.add(statement, null), workshopId, "add answers");
                yield statement;
            }
            case Caller.Screen _, Caller.ActionLead _ -> throw Problem.forbidden("The big-screen link can only show the workshop, not change it.");
        };
    }

    /** Changes the words (the author, or the facilitator who wrote them down) or hides them (a facilitator). */
    public Statement edit(Caller caller, String workshopId, String statementId, String newText, Boolean hidden) {
        if (newText == null && hidden == null) {
            throw Problem.invalid("nothing_to_change", "Send 'text' to change the answer, or 'hidden' to hide or show it.");
        }
        Statement statement = find(workshopId, statementId);
        Instant now = clock.instant();
        Statement changed = statement;
        switch (caller) {
            case Caller.Participant p -> {
                if (hidden != null) throw Problem.forbidden("Only a facilitator can hide an answer.");
                changed = statement.withText(Text.clean(newText, "answer", MAX_STATEMENT), now);
                check(store.replace(changed, p.participantId(), Phase.GATHERING), workshopId, "change answers");
            }
            case Caller.Facilitator f -> {
                if (newText != null) {
                    if (statement.source() == Source.ONLINE) {
                        throw Problem.forbidden("People's own words are not changed by anyone else. You can hide the answer instead.");
                    }
                    changed = changed.withText(Text.clean(newText, "answer", MAX_STATEMENT), now);
                }
                if (hidden != null) changed = changed.withHidden(hidden, now);
                check(store.replace(changed, null, null), workshopId, "change answers");
            }
            case Caller.Screen _, Caller.ActionLead _ -> throw Problem.forbidden("The big-screen link can only show the workshop, not change it.");
        }
        return changed;
    }

    public void withdraw(Caller caller, String workshopId, String statementId) {
        switch (caller) {
            case Caller.Participant p -> {
                find(workshopId, statementId);
                check(store.remove(workshopId, statementId, p.participantId(), Phase.GATHERING), workshopId, "withdraw answers");
            }
            case Caller.Facilitator f -> {
                Statement statement = find(workshopId, statementId);
                if (statement.source() == Source.ONLINE) {
                    throw Problem.forbidden("Only the person who wrote this answer can withdraw it. You can hide it instead.");
                }
                check(store.remove(workshopId, statementId, null, null), workshopId, "withdraw answers");
            }
            case Caller.Screen _, Caller.ActionLead _ -> throw Problem.forbidden("The big-screen link can only show the workshop, not change it.");
        }
    }

    public void erase(Caller.Participant participant) {
        store.erase(participant.workshopId(), participant.participantId());
    }

    private Statement find(String workshopId, String statementId) {
        return store.statement(workshopId, statementId).orElseThrow(() -> Problem.notFound("statement_not_found",
                "That answer is not there any more. It may have been withdrawn."));
    }

    private Participant participant(Workshop workshop, Joining joining, String tokenHash) {
        if (!workshop.hasPerspective(joining.perspective())) {
            throw Problem.invalid("invalid_perspective", "Choose one of the perspectives offered by this workshop.");
        }
        if (!workshop.languages().contains(joining.language())) {
            throw Problem.invalid("invalid_language", "Choose a language this workshop offers: "
                    + String.join(" or ", workshop.languages()) + ".");
        }
        String name = joining.name() == null || joining.name().isBlank() ? null : Text.line(joining.name(), "name", 60);
        String email = null;
        if (joining.email() != null && !joining.email().isBlank()) {
            if (!joining.updatesConsent()) {
                throw Problem.invalid("email_without_consent",
                        "We only keep an email address to send updates. Tick the box to get updates, or leave the email out.");
            }
            email = org.commonground.auth.SignIn.normalise(joining.email());
        }
        return new Participant(Ids.next(clock), workshop.id(), name, joining.perspective(), joining.language(), email,
                email != null && joining.updatesConsent(), tokenHash, clock.instant(), workshop.expiresAt());
    }

    private void check(ResponseStore.Outcome outcome, String workshopId, String action) {
        switch (outcome) {
            case DONE -> { }
            case NOT_FOUND -> throw Workshops.missing();
            case NOT_AUTHOR -> throw Problem.notFound("statement_not_found",
                    "That answer is not yours or is not there any more.");
            case WRONG_PHASE -> throw Problem.conflict("wrong_phase", "You can only " + action
                    + " while the workshop is gathering answers. The facilitator has moved it on to "
                    + workshops.get(workshopId).phase().wire().replace('_', ' ') + ".");
        }
    }
}
