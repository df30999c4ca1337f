package org.civiclimate.platform.infrastructure;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real SMTP server (GreenMail) that keeps every message it receives instead of delivering it, and shows them over
 * HTTP as JSON ({@code GET /messages}, newest last; {@code ?to=} filters by recipient): what Keycloak and the services
 * send in devstack and the tests, and what the browser tests read to follow the links in actual emails.
 */
public final class MailCatcher implements AutoCloseable {

    /** One captured message: its recipients, subject and text (the HTML part's text when there is no plain one). */
    public record CapturedMail(List<String> to, String from, String subject, String text, Instant receivedAt) {}

    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private final GreenMail smtp;
    private final HttpServer api;

    private MailCatcher(GreenMail smtp, HttpServer api) {
        this.smtp = smtp;
        this.api = api;
    }

    /** Starts on loopback: SMTP on {@code smtpPort} and the HTTP view on {@code apiPort} (0: any free port). */
    public static MailCatcher start(int smtpPort, int apiPort) {
        var smtp = new GreenMail(
                new ServerSetup(smtpPort == 0 ? Ports.free() : smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            var api = HttpServer.create(new InetSocketAddress("127.0.0.1", apiPort), 0);
            var catcher = new MailCatcher(smtp, api);
            api.createContext("/messages", exchange -> {
                String query = exchange.getRequestURI().getQuery();
                String to = query != null && query.startsWith("to=")
                        ? java.net.URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8)
                        : null;
                var messages = catcher.messages().stream()
                        .filter(m -> to == null || m.to().stream().anyMatch(to::equalsIgnoreCase))
                        .toList();
                byte[] body = JsonMapper.shared().writeValueAsBytes(messages);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            api.start();
            return catcher;
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException(e);
        }
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** Where the messages are shown, e.g. {@code http://127.0.0.1:41234/messages}. */
    public String messagesUrl() {
        return "http://127.0.0.1:" + api.getAddress().getPort() + "/messages";
    }

    public List<CapturedMail> messages() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(MailCatcher::captured)
                .toList();
    }

    private static CapturedMail captured(MimeMessage message) {
        try {
            var received = message.getReceivedDate() != null
                    ? message.getReceivedDate().toInstant()
                    : Instant.now();
            return new CapturedMail(
                    Arrays.stream(message.getAllRecipients())
                            .map(Address::toString)
                            .toList(),
                    Arrays.stream(message.getFrom())
                            .map(Address::toString)
                            .findFirst()
                            .orElse(""),
                    message.getSubject(),
                    text(message),
                    received);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable captured message", e);
        }
    }

    /** The decoded plain text of a part: itself, or its first plain-text part, or its HTML without the tags. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                var child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    return text(child);
                }
                if (child.isMimeType("text/html")) {
                    html = String.valueOf(child.getContent());
                }
            }
            return html == null ? "" : textOfHtml(html);
        }
        return textOfHtml(String.valueOf(part.getContent()));
    }

    /** The text of an HTML body: tags dropped, character references decoded (links keep their {@code &}s). */
    private static String textOfHtml(String html) {
        var text = html.replaceAll("<[^>]+>", " ");
        var decoded = new StringBuilder();
        var references = CHARACTER_REFERENCE.matcher(text);
        while (references.find()) {
            String name = references.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default ->
                    name.startsWith("#x")
                            ? Character.toString(Integer.parseInt(name.substring(2), 16))
                            : name.startsWith("#")
                                    ? Character.toString(Integer.parseInt(name.substring(1)))
                                    : references.group();
            };
            references.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        references.appendTail(decoded);
        return decoded.toString();
    }

    @Override
    public void close() {
        api.stop(0);
        smtp.stop();
    }
}
