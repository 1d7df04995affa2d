package org.crmir.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.StandardELContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expressions call the same methods with the same arguments through {@link MethodCalls} as without it. */
class MethodCallsTest {

    /** A page helper as the screens have them: one method per name and arity, and one overloaded name. */
    public static class Helper {
        public String twice(int value) {
            return "twice " + (value * 2);
        }

        public String day(LocalDate date) {
            return date == null ? "none" : date.toString();
        }

        public String amount(BigDecimal value, String currency) {
            return value.toPlainString() + " " + currency;
        }

        public String shown(Object value) {
            return "object " + value;
        }

        public String shown(String value) {
            return "text " + value;
        }

        public String refuse(String why) {
            throw new IllegalStateException(why);
        }
    }

    private ELProcessor withCache;
    private ELProcessor without;

    @BeforeEach
    void processors() {
        withCache = new ELProcessor();
        withCache.getELManager().addELResolver(new MethodCalls());
        without = new ELProcessor();
        for (ELProcessor el : List.of(withCache, without)) {
            el.defineBean("helper", new Helper());
            el.defineBean("due", LocalDate.of(2026, 12, 5));
        }
    }

    @Test
    void convertsArgumentsAsTheStandardResolverDoes() {
        for (String expression : List.of("helper.twice(21)", "helper.twice('21')", "helper.day(due)",
                "helper.day(null)", "helper.amount(12.5, 'EUR')", "helper.amount('3', 'KES')")) {
            assertEquals(without.eval(expression), (Object) withCache.eval(expression), expression);
        }
        assertEquals("twice 42", withCache.eval("helper.twice(21)"));
        assertEquals("12.5 EUR", withCache.eval("helper.amount(12.5, 'EUR')"));
    }

    @Test
    void resolvesASingleMethodItself() {
        StandardELContext context = new StandardELContext(withCache.getELManager().getELContext());
        Object result = new MethodCalls().invoke(context, new Helper(), "twice", null, new Object[] {5L});
        assertEquals("twice 10", result);
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesOverloadsAndHiddenClassesToTheStandardResolver() {
        StandardELContext context = new StandardELContext(withCache.getELManager().getELContext());
        assertNull(new MethodCalls().invoke(context, new Helper(), "shown", null, new Object[] {"x"}));
        assertFalse(context.isPropertyResolved());
        assertTrue(MethodCalls.onlyMethod(Helper.class, "shown", 1).isEmpty());
        assertTrue(MethodCalls.onlyMethod(List.of(1, 2).getClass(), "contains", 1).isEmpty(),
                "a method of a class that is not public");
        assertTrue(MethodCalls.onlyMethod(Helper.class, "twice", 2).isEmpty(), "no method of that arity");
        assertEquals("text x", withCache.eval("helper.shown('x')"));
        assertEquals(true, withCache.eval("[1, 2].contains(2)"));
    }

    @Test
    void aFailingMethodFailsTheExpressionWithItsCause() {
        ELException failure = assertThrows(ELException.class, () -> withCache.eval("helper.refuse('no')"));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertEquals("no", failure.getCause().getMessage());
    }

    @Test
    void propertiesAreLeftAlone() {
        assertEquals(2026, (Integer) withCache.eval("due.year"));
    }
}
