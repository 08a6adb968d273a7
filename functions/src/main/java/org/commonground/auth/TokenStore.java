package org.commonground.auth;

import java.util.Optional;

public interface TokenStore {
    void put(String hash, Token token);

    Optional<Token> find(String hash);

    /** Removes and returns a token, only if it is of this kind (a sign-in link is used once; nothing else is touched). */
    Optional<Token> take(String hash, Token.Kind kind);

    void delete(String hash);
}
