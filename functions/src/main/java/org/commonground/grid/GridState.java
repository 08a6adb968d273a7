package org.commonground.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.commonground.themes.Idea;

/**
 * Everything recorded on the grid of one workshop: the facilitator's shortlist (null until
 * they edit it), placements, nudges and fixed positions by idea id.
 */
public record GridState(List<String> chosenShortlist, List<Placement> placements, List<Nudge> nudges, Map<String, Position> fixed) {
    public List<String> shortlist(List<Idea> ideas, int size) {
        return shortlist(chosenShortlist, ideas, size);
    }

    /**
     * The facilitator's list ({@code chosen}) if they made one, without ideas that have gone;
     * otherwise the top {@code size} ideas by dots (ties: the earlier idea).
     */
    public static List<String> shortlist(List<String> chosen, List<Idea> ideas, int size) {
        if (chosen != null) {
            java.util.Set<String> present = new java.util.HashSet<>();
            ideas.forEach(i -> present.add(i.id()));
            return chosen.stream().filter(present::contains).toList();
        }
        return ideas.stream()
                .filter(i -> i.dots() > 0)
                .sorted(Comparator.comparingInt(Idea::dots).reversed().thenComparing(Idea::id))
                .limit(size)
                .map(Idea::id)
                .toList();
    }

    public List<Placement> placementsOf(String ideaId) {
        return placements.stream().filter(p -> p.ideaId().equals(ideaId)).toList();
    }

    public List<Nudge> nudgesOf(String ideaId) {
        return nudges.stream().filter(n -> n.ideaId().equals(ideaId)).sorted(Comparator.comparing(Nudge::id)).toList();
    }

    /** Where the group put the idea; empty until someone has placed it (or the facilitator fixed it). */
    public java.util.Optional<Position> position(String ideaId) {
        if (fixed.containsKey(ideaId)) return java.util.Optional.of(fixed.get(ideaId));
        return groupPosition(placementsOf(ideaId), nudgesOf(ideaId));
    }

    /**
     * The median of the placements on each axis, then one step per net nudge in each direction,
     * kept on the grid. Nudges count once the idea has a place to move from.
     */
    public static java.util.Optional<Position> groupPosition(List<Placement> placements, List<Nudge> nudges) {
        if (placements.isEmpty()) return java.util.Optional.empty();
        List<Integer> efforts = new ArrayList<>();
        List<Integer> differences = new ArrayList<>();
        placements.forEach(p -> { efforts.add(p.effort()); differences.add(p.difference()); });
        int across = 0;
        int up = 0;
        for (Nudge n : nudges) {
            switch (n.direction()) {
                case RIGHT -> across++;
                case LEFT -> across--;
                case UP -> up++;
                case DOWN -> up--;
            }
        }
        return java.util.Optional.of(new Position(Position.clamp(median(efforts) + across), Position.clamp(median(differences) + up)));
    }

    static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
