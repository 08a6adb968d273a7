package org.commonground.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An AWS stand-in from npm run as a child process: the SES v2 emulator (aws-ses-v2-local, with
 * its inbox on a web page) or the S3-compatible server (s3rver) that holds large exports.
 */
public final class StandIn implements AutoCloseable {
    /** The bucket the local S3 server holds exports in. */
    public static final String EXPORT_BUCKET = "common-ground-exports";
    /** The access key (and secret) the S3 server accepts. */
    public static final String S3_KEY = "S3RVER";

    private final Process process;
    private final String url;

    private StandIn(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    public static StandIn ses(Path repositoryRoot, int port) throws IOException, InterruptedException {
        return ses(repositoryRoot, port, java.util.Map.of());
    }

    /** The SES emulator with more settings, such as AWS_SES_ACCOUNT (the account GetAccount answers with). */
    public static StandIn ses(Path repositoryRoot, int port, java.util.Map<String, String> environment) throws IOException, InterruptedException {
        return start("The SES emulator", repositoryRoot, "node_modules/aws-ses-v2-local/dist/cli.js",
                List.of("--host", "127.0.0.1", "--port", Integer.toString(port)), port, "/health-check", environment);
    }

    public static StandIn s3(Path repositoryRoot, int port, Path data) throws IOException, InterruptedException {
        Files.createDirectories(data);
        return start("The S3 server", repositoryRoot, "node_modules/s3rver/bin/s3rver.js",
                List.of("--address", "127.0.0.1", "--port", Integer.toString(port), "--directory", data.toString(), "--silent",
                        "--configure-bucket", EXPORT_BUCKET), port, "/", java.util.Map.of());
    }

    private static StandIn start(String what, Path repositoryRoot, String script, List<String> args, int port, String health,
            java.util.Map<String, String> environment) throws IOException, InterruptedException {
        Path cli = repositoryRoot.resolve(script);
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException(what + " is not installed (" + cli + "). Run 'npm ci' in "
                    + repositoryRoot + ", or use scripts/dev, which does it for you.");
        }
        List<String> command = new ArrayList<>(List.of("node", cli.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String url = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(what + " stopped at start (is port " + port + " free?)");
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url + health)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) return new StandIn(process, url);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(what + " did not answer within 20 seconds");
    }

    public String url() { return url; }

    @Override
    public void close() {
        process.destroy();
    }
}
