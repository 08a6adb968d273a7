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
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
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

    @Override
    public void put(String hash, Token token) {
        table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(item(hash, token)).build());
    }

    @Override
    public Optional<Token> find(String hash) {
        return table.get(Keys.token(hash)).map(DynamoTokenStore::fromItem);
    }

    @Override
    public Optional<Token> take(String hash) {
        var deleted = table.client().deleteItem(DeleteItemRequest.builder().tableName(table.name())
                .key(Keys.token(hash)).returnValues(ReturnValue.ALL_OLD).build());
        return deleted.hasAttributes() && !deleted.attributes().isEmpty()
                ? Optional.of(fromItem(deleted.attributes())) : Optional.empty();
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
