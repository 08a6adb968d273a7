package org.commonground.kernel;

/**
 * A request that cannot be carried out, with a sentence a person can act on.
 * The domain raises it; the API layer turns each kind into one HTTP status.
 */
public final class Problem extends RuntimeException {
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, TOO_MANY, UNSUPPORTED_MEDIA_TYPE }

    private final Kind kind;
    private final String code;

    public Problem(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() { return kind; }
    public String code() { return code; }

    public static Problem invalid(String code, String message) { return new Problem(Kind.INVALID, code, message); }
    public static Problem unauthenticated(String message) { return new Problem(Kind.UNAUTHENTICATED, "not_signed_in", message); }
    public static Problem forbidden(String message) { return new Problem(Kind.FORBIDDEN, "not_allowed", message); }
    public static Problem notFound(String code, String message) { return new Problem(Kind.NOT_FOUND, code, message); }
    public static Problem conflict(String code, String message) { return new Problem(Kind.CONFLICT, code, message); }
    public static Problem tooLarge(String message) { return new Problem(Kind.TOO_LARGE, "too_large", message); }
    public static Problem tooMany(String code, String message) { return new Problem(Kind.TOO_MANY, code, message); }
}
