package org.crmir.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends one SMS through Africa's Talking's messaging API ({@code POST /version1/messaging}, form-encoded, the
 * {@code apiKey} header): the answer lists the recipient with a status code, 100 to 102 taken (with the message's
 * id), 4xx refused for good (an invalid number, no balance, a blacklisted user), 5xx a gateway fault worth another
 * try, as is no answer at all.
 */
@ApplicationScoped
class AfricasTalkingSms {

    /** Taken by the gateway under {@code messageId}. */
    record Taken(String messageId, String cost) {
    }

    /** The gateway will not send this message, whatever is tried: {@code reason} in its words. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /** No answer, or a fault on the gateway's side: another attempt may go through. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason) {
            super(reason);
        }
    }

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Taken send(SmsSettings settings, String to, String text) throws Refused, Unavailable {
        StringBuilder form = new StringBuilder("username=").append(enc(settings.username()))
                .append("&to=").append(enc(to)).append("&message=").append(enc(text));
        if (settings.sender() != null) {
            form.append("&from=").append(enc(settings.sender()));
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/version1/messaging"))
                    .timeout(ANSWER_TIMEOUT).header("apiKey", settings.apiKey()).header("Accept", "application/json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("the SMS gateway did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while sending");
        }
        if (answer.statusCode() >= 500) {
            throw new Unavailable("the SMS gateway answered " + answer.statusCode());
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new Refused("the SMS gateway refused CRMir's credentials (" + answer.statusCode() + ")");
        }
        return recipientOf(answer);
    }

    private static Taken recipientOf(HttpResponse<String> answer) throws Refused, Unavailable {
        JsonObject recipient;
        try {
            recipient = Json.createReader(new StringReader(answer.body())).readObject()
                    .getJsonObject("SMSMessageData").getJsonArray("Recipients").getJsonObject(0);
        } catch (JsonException | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            String excerpt = answer.body() == null ? "" : answer.body().strip();
            throw new Refused("the SMS gateway answered " + answer.statusCode() + ": "
                    + (excerpt.length() > 200 ? excerpt.substring(0, 200) + "…" : excerpt));
        }
        int code = recipient.getInt("statusCode", 0);
        String status = recipient.getString("status", "unknown");
        if (code >= 100 && code <= 102) {
            return new Taken(recipient.getString("messageId"), recipient.getString("cost", null));
        }
        if (code >= 500) {
            throw new Unavailable("the SMS gateway could not send it: " + status + " (" + code + ")");
        }
        throw new Refused("the SMS gateway refused it: " + status + " (" + code + ")");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
