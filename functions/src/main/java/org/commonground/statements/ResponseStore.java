package org.commonground.statements;

import java.util.List;
import java.util.Optional;
import org.commonground.auth.Token;
import org.commonground.workshops.Phase;

/**
 * Participants and statements. Each write bumps the workshop's version in the same
 * transaction; a {@code requiredPhase} (null for none) holds the write to that phase, and an
 * {@code author} (null for none) to that participant's own statements.
 */
public interface ResponseStore {
    enum Outcome { DONE, NOT_FOUND, WRONG_PHASE, NOT_AUTHOR }

    Outcome join(Participant participant, Token token);

    Outcome add(Statement statement, Phase requiredPhase);

    /**
     * Saves an import's statements that are not there yet (their ids say which), and its record
     * with the version bump last. Answers how many were created, or -1 when the workshop is gone.
     */
    int addImported(ImportRecord record, List<Statement> statements);

    /** Removes an import's statements and its record; answers how many statements went, or -1 when there is no such import. */
    int removeImport(String workshopId, String importId);

    Outcome replace(Statement statement, String author, Phase requiredPhase);

    Outcome remove(String workshopId, String statementId, String author, Phase requiredPhase);

    Optional<Statement> statement(String workshopId, String statementId);

    Optional<Participant> participant(String workshopId, String participantId);

    /** The person no longer wants emails: their agreement is withdrawn and their address forgotten. */
    void stopEmails(String workshopId, String participantId);

    record Responses(List<Participant> participants, List<Statement> statements) {}

    Responses all(String workshopId);

    /** Removes the participant, everything they wrote, their votes (from the totals too), and their token. */
    void erase(String workshopId, String participantId);
}
