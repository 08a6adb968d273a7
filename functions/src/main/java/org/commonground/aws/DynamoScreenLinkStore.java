package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.auth.Token;
import org.commonground.workshops.ScreenLinkStore;
import org.commonground.workshops.ScreenLinks;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A big-screen link's token is the usual token item; its note is a link note in the workshop's
 * partition (owner: the link's id) marked {@code screen}, so the facilitator can list and stop
 * links and deleting the workshop deletes them. Both expire (TTL) when the link does.
 */
public final class DynamoScreenLinkStore implements ScreenLinkStore {
    private final Table table;

    public DynamoScreenLinkStore(Table table) { this.table = table; }

    @Override
    public void save(String workshopId, ScreenLinks.ScreenLink link, String tokenHash, Token token) {
        Map<String, AttributeValue> note = Table.key(Keys.workshop(workshopId), Keys.link(link.id(), tokenHash));
        note.put("screen", Table.bool(true));
        note.put("createdAt", s(link.createdAt().toString()));
        note.put("expiresAt", n(link.expiresAt().getEpochSecond()));
        table.transact(List.of(put(DynamoTokenStore.item(tokenHash, token)), put(note)));
    }

    @Override
    public List<ScreenLinks.ScreenLink> all(String workshopId) {
        List<ScreenLinks.ScreenLink> links = new ArrayList<>();
        for (Map<String, AttributeValue> note : table.startingWith(Keys.workshop(workshopId), Keys.links())) {
            if (!Table.flag(note, "screen")) continue;
            links.add(new ScreenLinks.ScreenLink(Keys.id(Table.text(note, "sk")), Instant.parse(Table.text(note, "createdAt")),
                    Instant.ofEpochSecond(Table.number(note, "expiresAt", 0))));
        }
        return links;
    }

    @Override
    public boolean delete(String workshopId, String linkId) {
        String pk = Keys.workshop(workshopId);
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Map<String, AttributeValue> note : table.startingWith(pk, Keys.linksOf(linkId))) {
            if (!Table.flag(note, "screen")) continue;
            String sk = Table.text(note, "sk");
            writes.add(WorkshopPartition.delete(table, pk, sk));
            writes.add(WorkshopPartition.delete(table, Keys.token(Keys.last(sk))));
        }
        if (writes.isEmpty()) return false;
        table.transact(writes);
        return true;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item).build()).build();
    }
}
