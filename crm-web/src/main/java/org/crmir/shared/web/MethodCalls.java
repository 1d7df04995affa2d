package org.crmir.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a method from an expression, such as {@code #{labels.of(row.status)}} or {@code #{fmt.date(row.due)}},
 * through the method found the first time for its class, name and number of arguments. The standard resolver
 * searches the class's public methods at every call, copying them all: in a list page, every cell that shows a
 * word or a date. That was a seventh of what a list page allocated (docs/PERFORMANCE-screens.md).
 *
 * <p>Only a method that is the one public method of its name and number of arguments, not varargs, in a public
 * class, is called here; arguments are converted as the standard resolver converts them. Anything else
 * (overloads, varargs, lambdas as arguments) is left to the standard resolver.
 */
public class MethodCalls extends ELResolver {

    private record Call(Class<?> type, String name, int arity) {
    }

    /** A method found, with its parameter types (asking the method for them copies them). */
    private record Target(Method method, Class<?>[] types) {
    }

    // Held by this resolver, which the application holds: a redeployment leaves no entry behind in the server's
    // classes (a ClassValue would, through its values, keep the old application's class loader).
    private final Map<Call, Optional<Target>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        for (Object argument : arguments) {
            if (argument instanceof LambdaExpression) {
                return null;
            }
        }
        Class<?> type = base.getClass();
        String name = method.toString();
        Target target = methods.computeIfAbsent(new Call(type, name, arguments.length),
                call -> onlyMethod(type, name, call.arity()).map(m -> new Target(m, m.getParameterTypes())))
                .orElse(null);
        if (target == null) {
            return null;
        }
        Class<?>[] types = target.types();
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            converted[i] = context.convertToType(arguments[i], types[i]);
        }
        Object result = call(target.method(), base, converted);
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The single public, fixed-arity method of this name and arity in a public class; empty when not one. */
    static Optional<Method> onlyMethod(Class<?> type, String name, int arity) {
        Method found = null;
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(name) && candidate.getParameterCount() == arity) {
                if (found != null || candidate.isVarArgs()) {
                    return Optional.empty();
                }
                found = candidate;
            }
        }
        boolean reachable = found != null && Modifier.isPublic(found.getDeclaringClass().getModifiers());
        return reachable ? Optional.of(found) : Optional.empty();
    }

    private static Object call(Method target, Object base, Object[] arguments) {
        try {
            return target.invoke(base, arguments);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        }
    }

    // Properties are not this resolver's: it answers nothing and leaves them to the next.

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not resolved here
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
