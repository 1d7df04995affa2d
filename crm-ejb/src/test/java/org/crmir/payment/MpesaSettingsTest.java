package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class MpesaSettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("CRMIR_MPESA_API_URL", "http://127.0.0.1:12112/");
        env.put("CRMIR_MPESA_CONSUMER_KEY", "key");
        env.put("CRMIR_MPESA_CONSUMER_SECRET", "secret");
        env.put("CRMIR_MPESA_SHORTCODE", "174379");
        env.put("CRMIR_MPESA_PASSKEY", "passkey");
        env.put("CRMIR_MPESA_CALLBACK_SECRET", "s3cret-path");
        env.put("CRMIR_PUBLIC_URL", "https://crm.example.test/crmir/");
        return env;
    }

    @Test
    void theCallbackUrlIsThePublicUrlThenTheSecretPath() {
        MpesaSettings settings = MpesaSettings.from(complete()::get);
        assertTrue(settings.isAvailable());
        assertEquals("https://crm.example.test/crmir/api/webhooks/mpesa/s3cret-path", settings.callbackUrl());
        assertEquals("http://127.0.0.1:12112", settings.apiUrl());
        assertFalse(settings.toString().contains("secret"), "secrets never reach a log line");
    }

    @Test
    void anyMissingOrBlankSettingMakesMpesaNotAvailable() {
        Map<String, String> env = complete();
        env.remove("CRMIR_MPESA_PASSKEY");
        env.put("CRMIR_PUBLIC_URL", "  ");
        MpesaSettings settings = MpesaSettings.from(env::get);
        assertEquals(List.of("CRMIR_MPESA_PASSKEY", "CRMIR_PUBLIC_URL"), settings.missing());
        RuleViolationException refused = assertThrows(RuleViolationException.class, settings::require);
        assertTrue(refused.getMessage().startsWith("M-Pesa is not available"), refused.getMessage());
    }
}
