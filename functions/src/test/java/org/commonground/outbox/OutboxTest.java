package org.commonground.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {
    private static final Instant NOW = Instant.parse("2027-03-18T10:00:00Z");
    private final OutboxStore store = mock(OutboxStore.class);
    private final Mailer mailer = mock(Mailer.class);
    private final Outbox outbox = new Outbox(store, mailer, org.mockito.Mockito.mock(AddressBook.class), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Email email = new Email("k1", "sign-in", List.of("a@example.org"), "Subject", "<p>Hi</p>", "Hi", "w1");

    @Test
    void writesDownThenSends() {
        when(store.add(any(), anyLong(), any())).thenReturn(true);
        when(mailer.send(email)).thenReturn("message-1");
        assertEquals(Outbox.Result.SENT, outbox.send(email));
        verify(store).markSent("k1", "message-1");
    }

    @Test
    void aKeyAlreadyWrittenIsNotSentAgain() {
        when(store.add(any(), anyLong(), any())).thenReturn(false);
        assertEquals(Outbox.Result.ALREADY_SENT, outbox.send(email));
        verify(mailer, never()).send(any());
    }

    @Test
    void aFailedSendStaysPendingAndIsTriedAgainLaterAndLater() {
        when(store.add(any(), anyLong(), any())).thenReturn(true);
        when(mailer.send(email)).thenThrow(new IllegalStateException("throttled"));
        assertEquals(Outbox.Result.PENDING, outbox.send(email));
        verify(store).markFailed("k1", "IllegalStateException", NOW.plusSeconds(5 * 60));
        verify(store, never()).markSent(any(), any());

        when(store.due(NOW, 50)).thenReturn(List.of(new OutboxStore.Pending(email, 3)));
        when(store.hold(eq("k1"), eq(3), eq(NOW), any())).thenReturn(true);
        assertEquals(new Outbox.Swept(0, 1, 0), outbox.sweep());
        verify(store).markFailed("k1", "IllegalStateException", NOW.plusSeconds(40 * 60));
    }

    @Test
    void theSweepGivesUpAfterTheLastAttemptAndSkipsWhatSomeoneElseHolds() {
        OutboxStore.Pending last = new OutboxStore.Pending(email, Outbox.MOST_ATTEMPTS - 1);
        Email other = new Email("k2", "sign-in", List.of("b@example.org"), "S", "h", "t", null);
        when(store.due(NOW, 50)).thenReturn(List.of(last, new OutboxStore.Pending(other, 0)));
        when(store.hold(eq("k1"), eq(Outbox.MOST_ATTEMPTS - 1), eq(NOW), any())).thenReturn(true);
        when(store.hold(eq("k2"), eq(0), eq(NOW), any())).thenReturn(false);
        when(mailer.send(email)).thenThrow(new IllegalStateException("rejected"));
        assertEquals(new Outbox.Swept(0, 0, 1), outbox.sweep());
        verify(store).giveUp(last, "IllegalStateException", NOW);
        verify(mailer, never()).send(other);
    }
}
