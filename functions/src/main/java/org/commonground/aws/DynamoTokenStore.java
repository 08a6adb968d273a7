package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.commonground.auth.Token;
import org.commonground.auth.TokenStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

public final class DynamoTokenStore implements TokenStore {
    private final Table table;

    public DynamoTokenStore(Table table) { this.table = table; }

    /** A token's item, for writing in a transaction with what the token is for. */
    static Map<String, AttributeValue> item(String hash, Token token) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(Keys.token(hash));
        item.put("kind", s(token.kind().name()));
        if (token.email() != null) item.put("email", s(token.email()));
        if (token.workshopId() != null) item.put("workshopId", s(token.workshopId()));
        if (token.participantId() != null) item.put("participantId", s(token.participantId()));
        if (token.actionId() != null) item.put("actionId", s(token.actionId()));
        item.put("expiresAt", n(token.expiresAt().getEpochSecond()));
        return item;
    }

    /**
     * A token that belongs to a workshop (a big-screen or confirmation link) is noted in the
     * workshop's partition too, so deleting the workshop deletes the token.
     */
    @Override
    public void put(String hash, Token token) {
        if (token.workshopId() == null) {
            table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(item(hash, token)).build());
            return;
        }
        Map<String, AttributeValue> note = Table.key(Keys.workshop(token.workshopId()), Keys.link(token.kind().name().toLowerCase(java.util.Locale.ROOT), hash));
        if (token.participantId() != null) note.put("participantId", s(token.participantId()));
        note.put("expiresAt", n(token.expiresAt().getEpochSecond()));
        table.transact(java.util.List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item(hash, token)).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(note).build()).build()));
    }

    @Override
    public Optional<Token> find(String hash) {
        return table.get(Keys.token(hash)).map(DynamoTokenStore::fromItem);
    }

    @Override
    public Optional<Token> take(String hash, Token.Kind kind) {
        try {
            var deleted = table.client().deleteItem(DeleteItemRequest.builder().tableName(table.name())
                    .key(Keys.token(hash)).returnValues(ReturnValue.ALL_OLD)
                    .conditionExpression("kind = :kind").expressionAttributeValues(Map.of(":kind", s(kind.name()))).build());
            return deleted.hasAttributes() && !deleted.attributes().isEmpty()
                    ? Optional.of(fromItem(deleted.attributes())) : Optional.empty();
        } catch (ConditionalCheckFailedException otherKindOrNone) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String hash) {
        table.client().deleteItem(DeleteItemRequest.builder().tableName(table.name()).key(Keys.token(hash)).build());
    }

    private static Token fromItem(Map<String, AttributeValue> item) {
        return new Token(Token.Kind.valueOf(Table.text(item, "kind")), Table.text(item, "email"),
                Table.text(item, "workshopId"), Table.text(item, "participantId"), Table.text(item, "actionId"),
                Instant.ofEpochSecond(Table.number(item, "expiresAt", 0)));
    }
}
