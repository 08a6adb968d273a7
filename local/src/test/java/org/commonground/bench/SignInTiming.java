package org.commonground.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.commonground.auth.SignIn;
import org.commonground.local.ApiClient;
import org.commonground.local.LocalAws;

/**
 * How long asking for a sign-in link takes for an address that may sign in (a link is made and
 * emailed) and for one that may not (nothing is sent): the medians should match, so the answer
 * time does not tell who the facilitators are.
 */
public final class SignInTiming {
    private SignInTiming() {}

    static final int REQUESTS = 31;

    public static void write(StringBuilder md, LocalAws aws) {
        List<String> allowed = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) allowed.add("timing-" + i + "-" + System.nanoTime() + "@example.org");
        ApiClient api = new ApiClient(aws.deployment(Clock.systemUTC(), Map.of("FACILITATOR_EMAILS", String.join(",", allowed))));
        double[] facilitator = new double[REQUESTS];
        double[] stranger = new double[REQUESTS];
        // Alternate, so both kinds see the same machine load; one warm-up of each first.
        time(api, "warm-up-" + System.nanoTime() + "@example.org");
        time(api, allowed.getFirst());
        for (int i = 0; i < REQUESTS; i++) {
            facilitator[i] = time(api, allowed.get(i));
            stranger[i] = time(api, "stranger-" + i + "-" + System.nanoTime() + "@example.org");
        }
        md.append("## Sign-in answer time\n\n")
                .append("`POST /api/auth/links`, ").append(REQUESTS).append(" requests each, alternating, through the real handler ")
                .append("against DynamoDB Local and the SES emulator. Every answer is held to at least ")
                .append(SignIn.EVEN_ANSWER.toMillis()).append(" ms, so the time does not show whether an address may sign in.\n\n")
                .append("| address | median ms | 90th percentile ms |\n| --- | ---: | ---: |\n")
                .append(String.format("| a facilitator (link made and emailed) | %.0f | %.0f |%n", median(facilitator), p90(facilitator)))
                .append(String.format("| not allowed (nothing sent) | %.0f | %.0f |%n%n", median(stranger), p90(stranger)));
    }

    private static double time(ApiClient api, String address) {
        long started = System.nanoTime();
        ApiClient.Answer answer = api.call("POST /api/auth/links", Map.of(), null, Map.of("email", address));
        if (answer.status() != 202) throw new IllegalStateException(answer.body());
        return (System.nanoTime() - started) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(sorted.length * 0.9)];
    }

    /** Runs this measurement alone and prints its section. */
    public static void main(String[] args) {
        StringBuilder md = new StringBuilder();
        write(md, LocalAws.get());
        System.out.println(md);
        System.exit(0);
    }
}
