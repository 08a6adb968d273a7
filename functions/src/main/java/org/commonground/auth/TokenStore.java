package org.commonground.auth;

import java.util.Optional;

public interface TokenStore {
    void put(String hash, Token token);

    Optional<Token> find(String hash);

    /** Removes the token and answers it, or empty if it was already gone: single use. */
    Optional<Token> take(String hash);

    void delete(String hash);
}
