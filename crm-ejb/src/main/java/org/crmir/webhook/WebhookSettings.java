package org.crmir.webhook;

import java.io.Serializable;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * How webhooks are sent, from the environment: the private networks an administrator allowed
 * ({@code CRMIR_WEBHOOK_ALLOWED_NETWORKS}), the first wait and the window of retries
 * ({@code CRMIR_WEBHOOK_FIRST_RETRY}, {@code CRMIR_WEBHOOK_RETRY_WINDOW}, ISO-8601 durations) and how long an
 * endpoint may fail before it is switched off ({@code CRMIR_WEBHOOK_DISABLE_AFTER}, 3 days by default).
 */
public record WebhookSettings(TargetNetworks networks, RetrySchedule schedule, Duration disableAfter)
        implements Serializable {

    static final Duration DEFAULT_DISABLE_AFTER = Duration.ofDays(3);

    private static final class Holder {
        static final WebhookSettings CURRENT = from(System::getenv);
    }

    public static WebhookSettings current() {
        return Holder.CURRENT;
    }

    static WebhookSettings from(Function<String, String> env) {
        RetrySchedule standard = RetrySchedule.standard();
        return new WebhookSettings(TargetNetworks.parse(env.apply("CRMIR_WEBHOOK_ALLOWED_NETWORKS")),
                new RetrySchedule(duration(env, "CRMIR_WEBHOOK_FIRST_RETRY", standard.firstWait()),
                        duration(env, "CRMIR_WEBHOOK_RETRY_WINDOW", standard.window())),
                duration(env, "CRMIR_WEBHOOK_DISABLE_AFTER", DEFAULT_DISABLE_AFTER));
    }

    private static Duration duration(Function<String, String> env, String name, Duration otherwise) {
        String value = env.apply(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(name + " must be an ISO-8601 duration such as PT1M: " + value, e);
        }
    }
}
