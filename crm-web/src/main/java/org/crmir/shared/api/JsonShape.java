package org.crmir.shared.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Limits;

/**
 * Checks a parsed JSON body against the record it will become, before JSON-B binds it: every value has the
 * type its field expects, whole numbers fit their Java type, decimals fit DECIMAL(19,4), dates lie in 1900–9999,
 * enum values exist. JSON-B alone would wrap 2^63 to 0, map {@code "ALIEN"} to an internal error and take
 * {@code 1e100000} as a number worth seconds of arithmetic. Each problem names its field in the body.
 */
final class JsonShape {

    private final List<InvalidInputException.Violation> problems = new ArrayList<>();
    private boolean wrongType;

    private JsonShape() {
    }

    /**
     * Throws a {@link MalformedInputException} (400) when a value has the wrong JSON type, else an
     * {@link InvalidInputException} (422) listing every value that does not fit {@code type}. */
    static void check(JsonValue body, Type type) {
        JsonShape shape = new JsonShape();
        shape.value(body, type, "");
        if (shape.wrongType) {
            throw new MalformedInputException(shape.problems);
        }
        if (!shape.problems.isEmpty()) {
            throw new InvalidInputException(shape.problems);
        }
    }

    private void value(JsonValue json, Type type, String field) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                refuse(field, "is required");
            }
            return;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] args = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                elements(json, args[0], field);
            } else if (Map.class.isAssignableFrom(raw)) {
                entries(json, args[0], args[1], field);
            }
            return;
        }
        if (type instanceof Class<?> c) {
            scalarOrRecord(json, c, field);
        }
    }

    private void scalarOrRecord(JsonValue json, Class<?> type, String field) {
        if (type == String.class) {
            expectType(json instanceof JsonString, field, "must be text in quotes");
        } else if (type == Boolean.class || type == boolean.class) {
            expectType(json == JsonValue.TRUE || json == JsonValue.FALSE, field, "must be true or false");
        } else if (!(json instanceof JsonNumber) && (type == Integer.class || type == int.class || type == Long.class
                || type == long.class || type == BigDecimal.class)) {
            expectType(false, field, "must be a number");
        } else if (json.getValueType() != JsonValue.ValueType.STRING && (type == LocalDate.class
                || type == Instant.class || type.isEnum())) {
            expectType(false, field, "must be text in quotes");
        } else if (type == Integer.class || type == int.class) {
            whole(json, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == Long.class || type == long.class) {
            whole(json, field, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == BigDecimal.class) {
            expect(json instanceof JsonNumber n && Limits.fitsAmount(n.bigDecimalValue()), field,
                    "must be a number that " + Limits.AMOUNT_RULE.replace("must be ", "is "));
        } else if (type == LocalDate.class) {
            expect(json instanceof JsonString s && date(s.getString()), field, Limits.DATE_RULE);
        } else if (type == Instant.class) {
            expect(json instanceof JsonString s && instant(s.getString()), field,
                    "must be a time such as 2026-11-26T09:30:00Z, in the years 1900 to 9999");
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            boolean known = json instanceof JsonString s
                    && Arrays.stream(constants).anyMatch(k -> ((Enum<?>) k).name().equals(s.getString()));
            expect(known, field, "must be one of " + Arrays.stream(constants).map(k -> ((Enum<?>) k).name())
                    .collect(Collectors.joining(", ")));
        } else if (type.isRecord()) {
            if (!(json instanceof JsonObject object)) {
                expectType(false, field, field.isEmpty() ? "the body must be a JSON object" : "must be a JSON object");
                return;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                JsonValue member = object.get(component.getName());
                if (member != null) {
                    value(member, component.getGenericType(), join(field, component.getName()));
                }
            }
        }
    }

    private void elements(JsonValue json, Type element, String field) {
        if (!(json instanceof JsonArray array)) {
            expectType(false, field, "must be a JSON array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String at = field + "[" + i + "]";
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                refuse(at, "must not be null");
            } else {
                value(item, element, at);
            }
        }
    }

    private void entries(JsonValue json, Type key, Type value, String field) {
        if (!(json instanceof JsonObject object)) {
            expectType(false, field, "must be a JSON object");
            return;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String at = join(field, entry.getKey());
            if (key == Long.class && !isId(entry.getKey())) {
                refuse(at, "'" + shorten(entry.getKey()) + "' is not an id (a whole number from 1)");
            } else if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                refuse(at, "needs a value");
            } else {
                value(entry.getValue(), value, at);
            }
        }
    }

    private void whole(JsonValue json, String field, long min, long max) {
        boolean fits = false;
        if (json instanceof JsonNumber n) {
            BigDecimal number = n.bigDecimalValue();
            fits = number.precision() - number.scale() <= 19 && (number.scale() <= 0
                    || number.precision() <= 40 && number.stripTrailingZeros().scale() <= 0)
                    && number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0;
        }
        expect(fits, field, "must be a whole number from " + min + " to " + max);
    }

    private static boolean isId(String key) {
        try {
            return Long.parseLong(key) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean date(String text) {
        try {
            return Limits.fitsDate(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean instant(String text) {
        try {
            return Limits.fitsDate(LocalDate.ofInstant(Instant.parse(text), ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return false;
        }
    }

    private void expect(boolean ok, String field, String message) {
        if (!ok) {
            refuse(field, message);
        }
    }

    private void expectType(boolean ok, String field, String message) {
        if (!ok) {
            wrongType = true;
            refuse(field, message);
        }
    }

    private void refuse(String field, String message) {
        problems.add(new InvalidInputException.Violation(field.isEmpty() ? null : field, message));
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? shorten(name) : parent + "." + shorten(name);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
