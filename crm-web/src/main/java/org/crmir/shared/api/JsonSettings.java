package org.crmir.shared.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * The API's JSON-B settings. Records that the Faces views also show carry JavaBean getters (EL 5 reads no record
 * accessors); JSON-B would write each of their properties twice ("balance" and "getBalance"), so a record shows
 * only its components. Everything else keeps JSON-B's default: public fields and public getters.
 */
@Provider
public class JsonSettings implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyVisibilityStrategy(new RecordComponentsOnly()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static final class RecordComponentsOnly implements PropertyVisibilityStrategy {

        @Override
        public boolean isVisible(Field field) {
            return Modifier.isPublic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            Class<?> owner = method.getDeclaringClass();
            if (!owner.isRecord()) {
                return Modifier.isPublic(method.getModifiers());
            }
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getAccessor().equals(method)) {
                    return true;
                }
            }
            return false;
        }
    }
}
