package org.commonground.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a deployment is told from outside, read in one place. Each setting is an
 * environment variable; a JVM system property of the same name stands in for it where a
 * process cannot set its own environment (the local server).
 */
public record Configuration(
        String tableName,
        String senderEmail,
        Set<String> facilitatorEmails,
        String siteUrl,
        String originSecret,
        int defaultRetentionDays,
        boolean logRequests,
        String exportBucket,
        int exportInlineBytes,
        boolean s3PathStyle,
        String mailConfigurationSet) {

    public static Configuration current() {
        return from(name -> {
            String value = System.getenv(name);
            return value != null ? value : System.getProperty(name);
        });
    }

    public static Configuration from(Map<String, String> values) {
        return from(values::get);
    }

    private static Configuration from(Function<String, String> source) {
        String site = orDefault(source.apply("SITE_URL"), null);
        while (site != null && site.endsWith("/")) site = site.substring(0, site.length() - 1);
        return new Configuration(
                orDefault(source.apply("TABLE_NAME"), "common-ground"),
                orDefault(source.apply("SENDER_EMAIL"), "no-reply@example.org"),
                emails(source.apply("FACILITATOR_EMAILS")),
                site,
                orDefault(source.apply("ORIGIN_SECRET"), null),
                Integer.parseInt(orDefault(source.apply("RETENTION_DAYS"), "365")),
                // A line per request on AWS; the local server and the tests keep to errors.
                !"errors".equalsIgnoreCase(orDefault(source.apply("LOG_LEVEL"), "requests")),
                orDefault(source.apply("EXPORT_BUCKET"), null),
                // Larger exports go through the bucket: a Lambda response holds at most 6 MB.
                Integer.parseInt(orDefault(source.apply("EXPORT_INLINE_BYTES"), "4000000")),
                // Stand-ins and LocalStack answer S3 at one address, with the bucket in the path.
                "true".equalsIgnoreCase(orDefault(source.apply("S3_PATH_STYLE"), "false")),
                // SES reports bounces and complaints for mail sent with this configuration set.
                orDefault(source.apply("SES_CONFIGURATION_SET"), null));
    }

    /**
     * The address people open, for links in emails and QR codes. Behind CloudFront it is the
     * host the viewer asked for, trusted only with the stack's secret origin header; a
     * configured SITE_URL (a custom domain, or the local server) wins.
     */
    public String site(java.util.Optional<String> forwardedHost) {
        if (siteUrl != null) return siteUrl;
        return forwardedHost.map(h -> "https://" + h).orElse("http://localhost:8080");
    }

    public boolean isFacilitator(String email) {
        return facilitatorEmails.contains(email.toLowerCase(Locale.ROOT));
    }

    private static Set<String> emails(String list) {
        if (list == null) return Set.of();
        return Arrays.stream(list.split("[,;\\s]+"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
