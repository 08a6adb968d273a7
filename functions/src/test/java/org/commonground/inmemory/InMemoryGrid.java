package org.commonground.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.grid.GridState;
import org.commonground.grid.GridStore;
import org.commonground.grid.Nudge;
import org.commonground.grid.Placement;
import org.commonground.grid.Position;
import org.commonground.workshops.Phase;

/** The grid held in memory with the table's conditions: the idea is there, and the room at the stage when one is required. */
public final class InMemoryGrid implements GridStore {
    private final InMemoryRoom room;
    private final Map<String, Placement> placements = new LinkedHashMap<>();
    private final List<Nudge> nudges = new ArrayList<>();
    private final Map<String, Position> fixed = new HashMap<>();
    private List<String> shortlist;

    public InMemoryGrid(InMemoryRoom room) { this.room = room; }

    /** What the board would read of the grid. */
    public synchronized GridState state() {
        return new GridState(shortlist, List.copyOf(placements.values()), List.copyOf(nudges), Map.copyOf(fixed));
    }

    private Outcome check(String ideaId, Phase requiredPhase) {
        if (room.idea(room.workshop().id(), ideaId).isEmpty()) return Outcome.IDEA_GONE;
        if (requiredPhase != null && room.workshop().phase() != requiredPhase) return Outcome.WRONG_PHASE;
        return Outcome.DONE;
    }

    @Override
    public synchronized Outcome place(Placement p, Phase requiredPhase) {
        Outcome outcome = check(p.ideaId(), requiredPhase);
        if (outcome == Outcome.DONE) {
            placements.put(p.ideaId() + "/" + p.participantId(), p);
            room.bump();
        }
        return outcome;
    }

    @Override
    public synchronized Outcome nudge(Nudge nudge, Phase requiredPhase) {
        Outcome outcome = check(nudge.ideaId(), requiredPhase);
        if (outcome == Outcome.DONE) {
            nudges.add(nudge);
            room.bump();
        }
        return outcome;
    }

    @Override
    public synchronized Outcome fix(String workshopId, String ideaId, Position position, long expiresAt) {
        Outcome outcome = check(ideaId, null);
        if (outcome == Outcome.DONE) {
            if (position == null) fixed.remove(ideaId);
            else fixed.put(ideaId, position);
            room.bump();
        }
        return outcome;
    }

    @Override
    public synchronized Outcome chooseShortlist(String workshopId, List<String> ideaIds, long expiresAt) {
        shortlist = List.copyOf(ideaIds);
        room.bump();
        return Outcome.DONE;
    }

    @Override
    public synchronized Optional<List<String>> chosenShortlist(String workshopId) { return Optional.ofNullable(shortlist); }
}
