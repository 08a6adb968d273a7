package org.commonground.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {
    private final OutboxStore store = mock(OutboxStore.class);
    private final Mailer mailer = mock(Mailer.class);
    private final Outbox outbox = new Outbox(store, mailer, Clock.systemUTC());
    private final Email email = new Email("k1", "sign-in", List.of("a@example.org"), "Subject", "<p>Hi</p>", "Hi");

    @Test
    void writesDownThenSends() {
        when(store.add(any(), anyLong())).thenReturn(true);
        when(mailer.send(email)).thenReturn("message-1");
        assertEquals(Outbox.Result.SENT, outbox.send(email));
        verify(store).markSent("k1", "message-1");
    }

    @Test
    void aKeyAlreadyWrittenIsNotSentAgain() {
        when(store.add(any(), anyLong())).thenReturn(false);
        assertEquals(Outbox.Result.ALREADY_SENT, outbox.send(email));
        verify(mailer, never()).send(any());
    }

    @Test
    void aFailedSendStaysPendingForTheSweep() {
        when(store.add(any(), anyLong())).thenReturn(true);
        when(mailer.send(email)).thenThrow(new IllegalStateException("throttled"));
        assertEquals(Outbox.Result.PENDING, outbox.send(email));
        verify(store).markFailed("k1", "IllegalStateException");
        verify(store, never()).markSent(any(), any());
    }
}
