package org.commonground.aws;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What a store answers for the items it keeps in a workshop's partition, so that erasing a
 * person and deleting a workshop need not know any store's keys.
 */
interface WorkshopItems {
    /** The kinds of partition item this store writes and reads. */
    Set<Keys.Kind> kinds();

    /**
     * The writes that erase one participant from this store's items of the partition (and what
     * they point to elsewhere), in groups that must land together (a vote and the totals it
     * counted in). Empty when none of this store's items are theirs.
     */
    List<List<TransactWriteItem>> erase(Erasure erasure);

    /**
     * The keys outside the workshop's partition that this store's items lead to (tokens,
     * emails, vectors), deleted with the workshop; the partition's own items are deleted anyway.
     */
    default List<Map<String, AttributeValue>> outside(String workshopId, List<Map<String, AttributeValue>> partition) {
        return List.of();
    }

    /**
     * One person being erased from a workshop: its partition as read once, and the ideas that
     * were theirs (which go with them, with everything others put on those ideas).
     */
    record Erasure(String workshopId, String participantId, List<Map<String, AttributeValue>> items, Set<String> theirIdeas) {
        /** Whether an item carries this person's id, or is their own participant item. */
        boolean theirs(Map<String, AttributeValue> item) {
            return participantId.equals(Table.text(item, "participantId"))
                    || Table.text(item, "sk").equals(Keys.participant(participantId));
        }
    }
}
