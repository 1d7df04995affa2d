package org.crmir.push.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PushKeepAliveTest {

    @Test
    void pingsAtAThirdOfTheIdleTimeout() {
        assertEquals(30_000, PushKeepAlive.pingInterval("90000"));
        assertEquals(1_000, PushKeepAlive.pingInterval(" 3000 "));
    }

    @Test
    void neverPingsMoreOftenThanFiveTimesASecond() {
        assertEquals(200, PushKeepAlive.pingInterval("300"));
    }

    @Test
    void noIdleTimeoutMeansNoPings() {
        assertEquals(0, PushKeepAlive.pingInterval(null));
        assertEquals(0, PushKeepAlive.pingInterval("0"));
        assertEquals(0, PushKeepAlive.pingInterval("-1"));
    }

    @Test
    void anUnreadableTimeoutMeansNoPings() {
        assertEquals(0, PushKeepAlive.pingInterval("90 s"));
    }
}
