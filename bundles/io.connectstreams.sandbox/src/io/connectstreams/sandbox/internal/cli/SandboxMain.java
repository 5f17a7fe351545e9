/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.TurnServer;

/**
 * The sandbox's command line ({@code java -jar io.connectstreams.sandbox_<version>.jar <command>}): {@code serve}
 * runs a sandbox until Ctrl-C; {@code call}, {@code callback}, {@code hangup}, {@code answer}, {@code fault} and
 * {@code status} drive a running one through its control API.
 */
public final class SandboxMain {

    static final String USAGE = """
            Connect Streams sandbox: an embedded Amazon Connect contact center on 127.0.0.1.

            Usage: java -jar io.connectstreams.sandbox_<version>.jar <command> [options]

            Commands:
              serve                         run a sandbox until Ctrl-C
                --port N                    port on 127.0.0.1 (default 8443, 0 = any free port)
                --http                      plain HTTP instead of HTTPS
                --token-lifetime SECONDS    access-token lifetime (default 3600)
                --ring-timeout SECONDS      how long an offered call rings before it is missed (default 30)
                --requeue-missed            a missed call goes back to its queue (same contact, new agent
                                            connection; at most 3 times) instead of ending
                --answer-delay SECONDS|manual  how long dialed parties take to answer (default 2)
                --turn URL,USER,CREDENTIAL  a TURN server for softphones (repeatable)
                --relay-only                ask softphones for relay-only ICE
                --control-key KEY           the control API key (default: random)
                --cert-out FILE             also write the certificate (PEM) there
                --connection-file FILE      where to write URL, control key and certificate for the client
                                            commands (default ~/.connectstreams/sandbox.json)
              call --from NUMBER [--queue NAME] [--agent USERNAME]       an inbound call
              callback --from NUMBER [--queue NAME] [--agent USERNAME]   a queued callback
              hangup CONTACT_ID             the caller hangs up
              answer CONTACT_ID             the dialed party answers (outbound call, callback, third party)
              fault status CODE | delay MILLIS | drop | truncate [--count N] [--operation OP]
              fault expire-tokens | drop-websockets | invite CODE (486, 404, 500, 0 = no answer) | clear
                                            (drop-websockets cuts every open CTI WebSocket, as a lost network)
              status                        agents, their states and queued faults
              help                          this text

            Client commands read --connection-file (default ~/.connectstreams/sandbox.json), or take
            --url URL --key KEY [--cert PEM_FILE]. The demo CRM's sandbox: connectstreams-demo control <command>.
            """;

    private SandboxMain() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs a command.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 ok, 1 failed, 2 usage error
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sandbox: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            switch (arguments.command()) {
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "serve" -> {
                    return serve(arguments, out);
                }
                case "call", "callback" -> {
                    JsonObject body = new JsonObject();
                    body.addProperty("from", arguments.required("from"));
                    arguments.option("queue").ifPresent(queue -> body.addProperty("queue", queue));
                    arguments.option("agent").ifPresent(agent -> body.addProperty("agent", agent));
                    JsonElement result = client(arguments).post(
                            "call".equals(arguments.command()) ? "/control/calls" : "/control/callbacks", body);
                    out.println(result.getAsJsonObject().get("contactId").getAsString());
                    return 0;
                }
                case "hangup", "answer" -> {
                    client(arguments).post("/control/contacts/" + arguments.positional(0) + "/"
                            + arguments.command(), new JsonObject());
                    out.println("ok");
                    return 0;
                }
                case "fault" -> {
                    return fault(arguments, out);
                }
                case "status" -> {
                    Status.print(client(arguments).get("/control/status"), out);
                    return 0;
                }
                default -> {
                    err.println("sandbox: unknown command " + arguments.command());
                    err.print(USAGE);
                    return 2;
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("sandbox: " + e.getMessage());
            return 2;
        } catch (IOException | ControlClient.ControlException e) {
            err.println("sandbox: " + describe(e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int serve(Arguments arguments, PrintStream out) throws IOException, InterruptedException {
        Sandbox.Builder builder = Sandbox.builder().port(arguments.intOption("port", 8443));
        if (arguments.flag("http")) {
            builder.plainHttp();
        }
        arguments.option("token-lifetime").map(Integer::parseInt)
                .ifPresent(seconds -> builder.tokenLifetime(Duration.ofSeconds(seconds)));
        arguments.option("ring-timeout").map(Integer::parseInt)
                .ifPresent(seconds -> builder.ringTimeout(Duration.ofSeconds(seconds)));
        arguments.option("answer-delay").ifPresent(delay -> {
            if ("manual".equals(delay)) {
                builder.calleesAnswerManually();
            } else {
                builder.calleeAnswerDelay(Duration.ofSeconds(Integer.parseInt(delay)));
            }
        });
        for (String turn : arguments.all("turn")) {
            String[] parts = turn.split(",", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("--turn takes URL,USER,CREDENTIAL");
            }
            builder.turnServer(new TurnServer(List.of(parts[0]), parts[1], parts[2]));
        }
        builder.relayOnly(arguments.flag("relay-only"));
        builder.requeueMissed(arguments.flag("requeue-missed"));
        arguments.option("control-key").ifPresent(builder::controlKey);
        arguments.option("cert-out").map(Path::of).ifPresent(builder::certificateFile);
        Path connectionFile = arguments.option("connection-file").map(Path::of)
                .orElse(ConnectionFile.defaultPath());
        Sandbox sandbox = builder.start();
        ConnectionFile.write(connectionFile, sandbox);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            ConnectionFile.delete(connectionFile);
            stopped.countDown();
        }, "cs-sandbox-shutdown"));
        printBanner(sandbox, connectionFile, arguments.option("cert-out").orElse(null),
                !arguments.all("turn").isEmpty(), out);
        stopped.await();
        return 0;
    }

    private static void printBanner(Sandbox sandbox, Path connectionFile, String certOut, boolean withTurn,
            PrintStream out) {
        String base = sandbox.baseUri().toString();
        out.println("Connect Streams sandbox is running.");
        out.println("  instance URL:    " + base);
        out.println("  login page:      " + base + "login");
        out.println("  CCP page:        " + base + "ccp-v2");
        out.println("  authorize:       " + base + "auth/authorize");
        out.println("  CTI API:         " + base + "api");
        out.println("  control API:     " + base + "control  (header " + Sandbox.CONTROL_KEY_HEADER + ")");
        out.println("  control key:     " + sandbox.controlKey());
        if (certOut != null) {
            out.println("  certificate:     " + certOut);
        }
        out.println("  connection file: " + connectionFile);
        if (!withTurn) {
            out.println("  warning:         no --turn: call configurations allow every ICE candidate (\"all\"); a");
            out.println("                   relay-only client (connect-rtc in a browser CCP) gathers no candidate");
            out.println("                   and cannot talk: start with --turn URL,USER,CREDENTIAL");
        }
        out.println("Demo agents (username / password):");
        for (AgentSpec agent : Sandbox.defaultAgents()) {
            out.printf("  %-6s / %-14s %s%s%n", agent.username(), agent.password(), agent.name(),
                    agent.softphoneEnabled() ? "" : " (desk phone)");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static int fault(Arguments arguments, PrintStream out)
            throws IOException, InterruptedException, ControlClient.ControlException {
        ControlClient client = client(arguments);
        String type = arguments.positional(0);
        if ("clear".equals(type)) {
            client.delete("/control/faults");
            out.println("ok");
            return 0;
        }
        JsonObject body = new JsonObject();
        body.addProperty("type", type);
        body.addProperty("count", arguments.intOption("count", 1));
        arguments.option("operation").ifPresent(operation -> body.addProperty("operation", operation));
        switch (type) {
            case "status" -> body.addProperty("status", Integer.parseInt(arguments.positional(1)));
            case "delay" -> body.addProperty("millis", Long.parseLong(arguments.positional(1)));
            case "invite" -> body.addProperty("code", Integer.parseInt(arguments.positional(1)));
            case "drop", "truncate", "expire-tokens", "drop-websockets" -> {
                // no value
            }
            default -> throw new IllegalArgumentException("fault type must be status, delay, drop, truncate, "
                    + "expire-tokens, drop-websockets, invite or clear");
        }
        JsonElement result = client.post("/control/faults", body);
        if ("drop-websockets".equals(type)) {
            out.println("ok: " + result.getAsJsonObject().get("dropped").getAsInt() + " WebSocket(s) dropped");
        } else {
            out.println("ok");
        }
        return 0;
    }

    /** An exception's message, or what it is when it has none (a refused connection has none). */
    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static ControlClient client(Arguments arguments) throws IOException {
        if (arguments.option("url").isPresent()) {
            return ControlClient.of(arguments.required("url"), arguments.required("key"),
                    arguments.option("cert").map(Path::of).orElse(null));
        }
        Path file = arguments.option("connection-file").map(Path::of).orElse(ConnectionFile.defaultPath());
        return ConnectionFile.read(file);
    }
}
