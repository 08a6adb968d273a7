package org.commonground.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The SES v2 emulator (npm aws-ses-v2-local) as a child process, with its inbox on a web page. */
public final class SesEmulator implements AutoCloseable {
    private final Process process;
    private final String url;

    private SesEmulator(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    public static SesEmulator start(Path repositoryRoot, int port) throws IOException, InterruptedException {
        Path cli = repositoryRoot.resolve("node_modules/aws-ses-v2-local/dist/cli.js");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("The SES emulator is not installed (" + cli + "). Run 'npm ci' in "
                    + repositoryRoot + ", or use scripts/dev, which does it for you.");
        }
        Process process = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String url = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("The SES emulator stopped at start (is port " + port + " free?)");
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url + "/health-check")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return new SesEmulator(process, url);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The SES emulator did not answer within 20 seconds");
    }

    public String url() { return url; }

    @Override
    public void close() {
        process.destroy();
    }
}
