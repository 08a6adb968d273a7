package org.commonground.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** DynamoDB Local does not cancel transactions that meet on an item; AWS does. */
class TableTest {
    private final DynamoDbClient client = mock(DynamoDbClient.class);
    private final Table table = new Table(client, "t");

    private static TransactionCanceledException cancelled(String... codes) {
        List<CancellationReason> reasons = java.util.Arrays.stream(codes).map(c -> CancellationReason.builder().code(c).build()).toList();
        return TransactionCanceledException.builder().cancellationReasons(reasons).message("cancelled").build();
    }

    @Test
    void aConflictOnTheVersionItemIsTriedAgain() {
        when(client.transactWriteItems(any(TransactWriteItemsRequest.class)))
                .thenThrow(cancelled("None", "TransactionConflict"))
                .thenThrow(cancelled("None", "TransactionConflict"))
                .thenReturn(TransactWriteItemsResponse.builder().build());
        assertEquals(List.of(), table.transact(List.of()));
        verify(client, times(3)).transactWriteItems(any(TransactWriteItemsRequest.class));
    }

    @Test
    void aFailedConditionIsAnsweredAtOnceWithItsPosition() {
        when(client.transactWriteItems(any(TransactWriteItemsRequest.class))).thenThrow(cancelled("None", "ConditionalCheckFailed"));
        assertEquals(List.of(1), table.transact(List.of()));
        verify(client, times(1)).transactWriteItems(any(TransactWriteItemsRequest.class));
    }

    @Test
    void endlessConflictsGiveUpAfterAFewTries() {
        when(client.transactWriteItems(any(TransactWriteItemsRequest.class))).thenThrow(cancelled("TransactionConflict"));
        assertThrows(TransactionCanceledException.class, () -> table.transact(List.of()));
        verify(client, times(Table.CONFLICT_ATTEMPTS)).transactWriteItems(any(TransactWriteItemsRequest.class));
    }
}
