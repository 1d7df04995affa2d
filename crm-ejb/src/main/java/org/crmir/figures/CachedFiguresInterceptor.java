package org.crmir.figures;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/** Answers a {@link CachedFigures} read from {@link FigureCache}; runs after the container's role check. */
@CachedFigures(reads = {})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CachedFiguresInterceptor {

    @Inject
    FigureCache cache;

    @Inject
    Instance<Object> beans;

    @AroundInvoke
    Object answer(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        CachedFigures cached = method.getAnnotation(CachedFigures.class);
        if (cached == null) { // bound on the bean's class: it names the sources of all its reads
            cached = method.getDeclaringClass().getAnnotation(CachedFigures.class);
        }
        Object[] arguments = invocation.getParameters().clone();
        return cache.answer(new FigureCache.Question(method.toString(), Arrays.asList(arguments)),
                Set.of(cached.reads()), invocation::proceed, () -> askAgain(method, arguments));
    }

    /** The same read called again through the bean's container (its transaction and role check), not this call. */
    private void askAgain(Method method, Object[] arguments) throws Exception {
        try {
            method.invoke(beans.select(method.getDeclaringClass()).get(), arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
