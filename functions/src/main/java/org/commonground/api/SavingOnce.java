package org.commonground.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.commonground.kernel.Problem;
import org.commonground.kernel.SavedReplies;

/**
 * "Saving once" (DESIGN.md): a {@code POST} sent with an {@code Idempotency-Key} header (8 to
 * 128 printable ASCII characters) runs once per key and caller within 24 hours; a repeat gets
 * the first answer again, same status and body, with {@code Idempotent-Replayed: true}. A
 * caller is their bearer token, or for a request without one, the body they sent (so nobody
 * can collect another person's answer with a guessed key). A repeat that arrives while the
 * first is still running waits for its answer. Answers worth retrying (429, 5xx) are not kept.
 * A kept body is encrypted (AES-GCM) with a key made from the caller and their key, neither of
 * which the table holds, so a copy of the table reveals no token or words from it.
 */
public final class SavingOnce {
    public static final String HEADER = "idempotency-key";
    static final Duration KEPT = Duration.ofHours(24);
    /** Longer than a function may run (20 s), so a claim outlives its request unless that request died. */
    static final Duration LEASE = Duration.ofSeconds(25);
    /** How long a repeat waits for the first copy's answer. */
    static final Duration WAIT = Duration.ofSeconds(8);
    /** A DynamoDB item holds at most 400 KB; longer answers are not kept. */
    static final int MOST_KEPT = 300_000;

    private final SavedReplies saved;
    private final Clock clock;

    public SavingOnce(SavedReplies saved, Clock clock) {
        this.saved = saved;
        this.clock = clock;
    }

    /** Runs {@code route} once for the request's key, or answers what the first run answered. */
    public Reply run(Request request, Function<Request, Reply> route) {
        Optional<String> header = request.header(HEADER);
        if (header.isEmpty()) return route.apply(request);
        String given = header.get();
        if (!valid(given)) {
            throw Problem.invalid("invalid_idempotency_key",
                    "The Idempotency-Key header must be 8 to 128 printable ASCII characters, such as a random UUID.");
        }
        String body = request.rawBody() == null ? "" : request.rawBody();
        String caller = request.bearerToken().map(t -> "token " + t).orElse("body " + sha256(body));
        String key = sha256(caller + "\n" + given);
        byte[] secret = secret(caller, given);
        String fingerprint = sha256(request.routeKey() + "\n" + new TreeMap<>(request.pathParameters()) + "\n" + body);
        Instant now = clock.instant();
        if (saved.claim(key, fingerprint, now, now.plus(LEASE), now.plus(KEPT))) return first(key, secret, request, route);
        Instant deadline = now.plus(WAIT);
        for (int attempt = 0; ; attempt++) {
            Optional<SavedReplies.Saved> found = saved.read(key, clock.instant());
            if (found.isEmpty()) {
                // The first copy failed and let the key go: this one runs instead.
                Instant at = clock.instant();
                if (saved.claim(key, fingerprint, at, at.plus(LEASE), at.plus(KEPT))) return first(key, secret, request, route);
                continue;
            }
            SavedReplies.Saved s = found.get();
            if (!s.fingerprint().equals(fingerprint)) {
                throw Problem.conflict("idempotency_key_reused",
                        "This Idempotency-Key was already used for a different request. Send a new key with each new submission.");
            }
            if (s.answer() != null) return replayed(s.answer(), secret);
            if (s.leaseUntil().isBefore(clock.instant()) && saved.takeOver(key, s.leaseUntil(), clock.instant().plus(LEASE))) {
                return first(key, secret, request, route);
            }
            if (clock.instant().isAfter(deadline)) {
                throw Problem.conflict("still_saving",
                        "The same submission is still being saved from another tap or window. Reload in a moment to see it.");
            }
            pause(attempt);
        }
    }

    private Reply first(String key, byte[] secret, Request request, Function<Request, Reply> route) {
        Reply reply;
        try {
            reply = route.apply(request);
        } catch (Problem p) {
            if (p.kind() == Problem.Kind.TOO_MANY) {
                saved.release(key);
            } else {
                saved.keep(key, answer(ApiHandler.problemReply(p), secret));
            }
            throw p;
        } catch (RuntimeException e) {
            saved.release(key);
            throw e;
        }
        if (reply.status() >= 500 || reply.status() == 429 || reply.body().length() > MOST_KEPT) {
            saved.release(key);
        } else {
            saved.keep(key, answer(reply, secret));
        }
        return reply;
    }

    private static SavedReplies.Answer answer(Reply reply, byte[] secret) {
        return new SavedReplies.Answer(reply.status(), seal(reply.body(), secret), reply.contentType(), reply.extraHeaders());
    }

    private static Reply replayed(SavedReplies.Answer answer, byte[] secret) {
        Map<String, String> headers = new HashMap<>(answer.headers());
        headers.put("Idempotent-Replayed", "true");
        return new Reply(answer.status(), open(answer.body(), secret), answer.contentType(), headers);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static byte[] secret(String caller, String given) {
        return HexFormat.of().parseHex(sha256("answer\n" + caller + "\n" + given));
    }

    /** AES-GCM with a fresh 96-bit nonce, written as base64 of nonce then ciphertext. */
    static String seal(String body, byte[] secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(body.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a kept answer", e);
        }
    }

    static String open(String sealed, byte[] secret) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open a kept answer", e);
        }
    }

    static boolean valid(String key) {
        if (key.length() < 8 || key.length() > 128) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) return false;
        }
        return true;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(200, 20L << Math.min(attempt, 4)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the first copy of a request", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
