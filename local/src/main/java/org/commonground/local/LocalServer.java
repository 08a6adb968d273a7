package org.commonground.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.commonground.clustering.SentenceEmbeddings;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Configuration;
import org.commonground.site.SiteSettings;
import org.commonground.workshops.Workshop;

/**
 * The whole system on one machine: DynamoDB Local (data kept on disk unless --in-memory),
 * the SES emulator, the API routed as template.yaml declares it, and web/.
 *
 * <p>Options: --port N (or PORT), --in-memory, --data DIR, --no-demo, --lan (listen on the network
 * address, LAN_ADDRESS or the first private one, and use it in every link). With AWS_ENDPOINT_URL
 * (or the per-service variables) already set, for example to LocalStack, no stand-ins start
 * and those endpoints are used.
 */
public final class LocalServer {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("commonground.root", ".")).toAbsolutePath().normalize();
        Options options = Options.parse(args, root);
        List<AutoCloseable> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.reversed().forEach(LocalServer::quietly)));

        String host = options.lan() ? lanAddress(envOr("LAN_ADDRESS", ""), networkAddresses()) : "localhost";
        String site = "http://" + host + ":" + options.port();
        setIfAbsent("SITE_URL", site);
        setIfAbsent("TABLE_NAME", "common-ground");
        setIfAbsent("FACILITATOR_EMAILS", "facilitator@example.org");
        setIfAbsent("SENDER_EMAIL", "common-ground@example.org");
        setIfAbsent("LOG_LEVEL", "errors");
        setIfAbsent("aws.region", envOr("AWS_REGION", "eu-west-2"));
        String outboxUrl = startStandIns(root, options, running);

        Deployment deployment = Deployment.shared();
        Configuration configuration = deployment.configuration();
        Template template = Template.load(root.resolve("template.yaml"));
        LocalTable.create(deployment.dynamo(), configuration.tableName(), template.table());
        // The suggestions model loads before anything else runs. Loaded by the stream while the first requests
        // were answered, it crashed the JVM in ONNX Runtime's session set-up twice in page-test runs; loaded alone
        // in 300 new JVMs, never.
        SentenceEmbeddings.load();
        LocalApi api = new LocalApi(template, deployment);
        // Each saved statement reaches the clustering model through the table's stream, as on AWS.
        running.add(LocalStream.start(template, deployment));
        runSchedules(template, deployment, running);
        HttpServer server = serve(options.port(), options.lan(), api, root);
        running.add(() -> server.stop(0));

        if (options.lan()) {
            System.out.println("--lan: every device on this network can open " + site + ". This is for trying Common Ground out and for "
                    + "training, on a network you trust: the connection is not encrypted and anyone on the network can reach it. "
                    + "Use made-up answers, not real people's details; deploy to AWS for a real programme.");
        }
        System.out.println("Common Ground is running at " + site + " (" + api.routeCount() + " API routes from template.yaml)");
        System.out.println("Facilitator sign-in page: " + site + "/facilitate");
        if (options.demo()) printDemo(deployment, root, site);
        System.out.println("Outbox: " + outboxUrl);
        System.out.println("Press Ctrl+C to stop." + (options.inMemory() ? "" : " Data is kept in " + options.data() + "."));
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The command line: --port N (or PORT; 0 picks a free port), --in-memory, --data DIR, --no-demo, --lan. */
    record Options(int port, boolean inMemory, boolean demo, boolean lan, Path data) {
        static Options parse(String[] args, Path root) throws IOException {
            int port = Integer.parseInt(envOr("PORT", "8080"));
            boolean inMemory = false;
            boolean demo = true;
            boolean lan = false;
            Path data = root.resolve(".local/dynamodb");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--in-memory" -> inMemory = true;
                    case "--data" -> data = Path.of(args[++i]);
                    case "--no-demo" -> demo = false;
                    case "--lan" -> lan = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + ". Options: --port N, --in-memory, --data DIR, --no-demo, --lan");
                }
            }
            return new Options(port == 0 ? freePort() : port, inMemory, demo, lan, data);
        }
    }

    /**
     * Starts DynamoDB Local, the SES emulator and the S3 stand-in, unless AWS endpoints are
     * already given; answers where the sent emails can be read.
     */
    private static String startStandIns(Path root, Options options, List<AutoCloseable> running) throws Exception {
        boolean external = !envOr("AWS_ENDPOINT_URL", "").isEmpty() || !envOr("AWS_ENDPOINT_URL_DYNAMODB", "").isEmpty();
        if (external) return "(the mail service at " + envOr("AWS_ENDPOINT_URL_SESV2", envOr("AWS_ENDPOINT_URL", "AWS")) + ")";
        // The S3 stand-in knows only this pair, the others accept any; they keep requests off any real AWS account.
        System.setProperty("aws.accessKeyId", StandIn.S3_KEY);
        System.setProperty("aws.secretAccessKey", StandIn.S3_KEY);
        int dynamoPort = Integer.parseInt(envOr("DYNAMODB_PORT", "0"));
        if (dynamoPort == 0) dynamoPort = freePort();
        List<String> dynamoArgs = new ArrayList<>(List.of("-port", Integer.toString(dynamoPort), "-disableTelemetry"));
        if (options.inMemory()) {
            dynamoArgs.add("-inMemory");
        } else {
            Files.createDirectories(options.data());
            dynamoArgs.addAll(List.of("-dbPath", options.data().toString()));
        }
        DynamoDBProxyServer dynamo = ServerRunner.createServerFromCommandLineArgs(dynamoArgs.toArray(String[]::new));
        dynamo.start();
        running.add(dynamo::stop);
        System.setProperty("aws.endpointUrlDynamoDb", "http://127.0.0.1:" + dynamoPort);

        int sesPort = Integer.parseInt(envOr("SES_PORT", "8005"));
        if (sesPort == 0) sesPort = freePort();
        StandIn ses = StandIn.ses(root, sesPort);
        running.add(ses);
        System.setProperty("aws.endpointUrlSesV2", ses.url());

        StandIn s3 = StandIn.s3(root, freePort(), options.inMemory() ? Files.createTempDirectory("common-ground-s3") : options.data().resolve("s3"));
        running.add(s3);
        System.setProperty("aws.endpointUrlS3", s3.url());
        setIfAbsent("EXPORT_BUCKET", StandIn.EXPORT_BUCKET);
        setIfAbsent("S3_PATH_STYLE", "true");
        return ses.url() + "/";
    }

    /** The template's schedules run here every minute, as EventBridge runs them on AWS. */
    private static void runSchedules(Template template, Deployment deployment, List<AutoCloseable> running) {
        var schedules = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
        for (Template.Function function : template.functions()) {
            if (!function.scheduled()) continue;
            @SuppressWarnings("unchecked")
            var handler = (com.amazonaws.services.lambda.runtime.RequestHandler<java.util.Map<String, Object>, String>)
                    LocalApi.instantiate(function.handlerClass(), deployment);
            schedules.scheduleAtFixedRate(() -> {
                try {
                    handler.handleRequest(java.util.Map.of(), null);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
        }
        running.add(schedules::shutdownNow);
    }

    /** The API under /api/ and web/ for everything else: on this machine only, or with {@code lan} to the network too. */
    private static HttpServer serve(int port, boolean lan, LocalApi api, Path root) throws IOException {
        // On --lan, phones in the room reach it through the network address; otherwise only this machine can.
        HttpServer server = HttpServer.create(lan ? new InetSocketAddress(port) : new InetSocketAddress("127.0.0.1", port), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/", exchange -> {
            try {
                api.handle(exchange);
            } catch (RuntimeException e) {
                e.printStackTrace();
                LocalApi.send(exchange, 500, java.util.Map.of("Content-Type", "application/json"),
                        "{\"error\":\"server_error\",\"message\":\"The local server failed; see its console.\"}");
            }
        });
        StaticSite web = new StaticSite(root.resolve("web"), SiteSettings.from(LocalServer::setting, StaticSite.LOCAL));
        server.createContext("/", web::handle);
        server.start();
        return server;
    }

    /** The demo workshop, made once, and the links to try it with. */
    private static void printDemo(Deployment deployment, Path root, String site) throws IOException {
        CommonGround app = CommonGround.of(deployment);
        String facilitator = deployment.configuration().facilitatorEmails().stream().sorted().findFirst().orElseThrow();
        Path sharedData = root.resolveSibling("shared").resolve("data");
        Workshop workshop = DemoWorkshop.ensure(app, facilitator, sharedData);
        System.out.println("Facilitator: " + app.signIn().link(facilitator, site));
        System.out.println("Participant: " + site + "/join/" + workshop.code());
        // Listed on the console like any other big-screen link, so it can be stopped there.
        System.out.println("Big screen: " + app.screenLinks().issue(workshop.id(), site).url());
    }

    /**
     * The address phones in the room use: the one asked for (LAN_ADDRESS), or else the first
     * private IPv4 address (10/8, 172.16/12, 192.168/16), or else any other IPv4 address that is
     * not loopback or link-local. Fails with what to do when there is none.
     */
    static String lanAddress(String asked, List<java.net.InetAddress> candidates) {
        if (!asked.isBlank()) return asked.strip();
        List<java.net.Inet4Address> usable = candidates.stream()
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.isAnyLocalAddress())
                .map(a -> (java.net.Inet4Address) a).toList();
        return usable.stream().filter(java.net.InetAddress::isSiteLocalAddress).findFirst()
                .or(() -> usable.stream().findFirst())
                .map(java.net.InetAddress::getHostAddress)
                .orElseThrow(() -> new IllegalStateException("--lan found no network address on this machine. "
                        + "Join the room's Wi-Fi first, or give the address with LAN_ADDRESS=192.168.1.20."));
    }

    private static List<java.net.InetAddress> networkAddresses() throws IOException {
        List<java.net.InetAddress> addresses = new ArrayList<>();
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback() && !nic.isVirtual() && !nic.isPointToPoint()) addresses.addAll(java.util.Collections.list(nic.getInetAddresses()));
        }
        return addresses;
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getenv(name) == null && System.getProperty(name) == null) System.setProperty(name, value);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void quietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // Stopping anyway.
        }
    }
}
