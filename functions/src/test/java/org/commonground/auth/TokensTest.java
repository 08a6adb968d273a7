package org.commonground.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.commonground.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TokensTest {
    private final Instant now = Instant.parse("2027-03-18T09:00:00Z");
    private final TokenStore store = mock(TokenStore.class);
    private final Tokens tokens = new Tokens(store, "a@example.org"::equals, Clock.fixed(now, ZoneOffset.UTC));

    private String stored(Token token) {
        String raw = "raw-" + token.kind();
        when(store.find(Tokens.hash(raw))).thenReturn(Optional.of(token));
        return raw;
    }

    @Test
    void onlyTheHashIsStored() {
        String raw = tokens.issue(Token.facilitator("a@example.org", now.plusSeconds(60)));
        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(store).put(hash.capture(), any());
        assertEquals(Tokens.hash(raw), hash.getValue());
        assertNotEquals(raw, hash.getValue());
        assertTrue(raw.length() >= 43);
    }

    @Test
    void expiredTokensAreRefused() {
        String raw = stored(Token.facilitator("a@example.org", now.minusSeconds(1)));
        assertEquals(Problem.Kind.UNAUTHENTICATED, assertThrows(Problem.class, () -> tokens.caller(Optional.of(raw))).kind());
    }

    @Test
    void aParticipantCannotActAsAFacilitatorOrInAnotherWorkshop() {
        String raw = stored(Token.participant("workshop-a", "person-1", now.plusSeconds(60)));
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> tokens.facilitator(Optional.of(raw))).kind());
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> tokens.participant(Optional.of(raw), "workshop-b")).kind());
        assertInstanceOf(Caller.Participant.class, tokens.member(Optional.of(raw), "workshop-a"));
    }

    @Test
    void theBigScreenMayReadButNotChange() {
        String raw = stored(Token.screen("workshop-a", now.plusSeconds(60)));
        assertInstanceOf(Caller.Screen.class, tokens.reader(Optional.of(raw), "workshop-a"));
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> tokens.member(Optional.of(raw), "workshop-a")).kind());
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> tokens.reader(Optional.of(raw), "workshop-b")).kind());
    }

    @Test
    void aSignInLinkIsNotASessionAndRedeemsOnce() {
        String raw = stored(Token.signInLink("a@example.org", now.plusSeconds(60)));
        assertEquals(Problem.Kind.UNAUTHENTICATED, assertThrows(Problem.class, () -> tokens.caller(Optional.of(raw))).kind());
        when(store.take(eq(Tokens.hash(raw)), eq(Token.Kind.SIGN_IN_LINK))).thenReturn(Optional.of(Token.signInLink("a@example.org", now.plusSeconds(60))), Optional.empty());
        assertTrue(tokens.redeem(raw).isPresent());
        assertTrue(tokens.redeem(raw).isEmpty());
    }

    @Test
    void aSessionEndsWhenItsAddressLeavesTheList() {
        String raw = stored(Token.facilitator("gone@example.org", now.plusSeconds(60)));
        assertEquals(Problem.Kind.UNAUTHENTICATED, assertThrows(Problem.class, () -> tokens.caller(Optional.of(raw))).kind());
    }

    @Test
    void noTokenMeansSignIn() {
        assertEquals(Problem.Kind.UNAUTHENTICATED, assertThrows(Problem.class, () -> tokens.caller(Optional.empty())).kind());
    }
}
