package org.crmir.figures;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
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
    FigureFolding folding;

    @AroundInvoke
    Object answer(InvocationContext invocation) throws Exception {
        CachedFigures cached = invocation.getMethod().getAnnotation(CachedFigures.class);
        if (cached == null) { // bound on the bean's class: it names the sources of all its reads
            cached = invocation.getMethod().getDeclaringClass().getAnnotation(CachedFigures.class);
        }
        folding.catchUp(); // the figures of every change committed here, before the kept answers are looked at
        return cache.answer(new FigureCache.Question(invocation.getMethod().toString(),
                Arrays.asList(invocation.getParameters())), Set.of(cached.reads()), invocation::proceed);
    }
}
