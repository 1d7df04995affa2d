package org.crmir.figures;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;

/** Answers a {@link CachedFigures} read from {@link FigureCache}; runs after the container's role check. */
@CachedFigures
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CachedFiguresInterceptor {

    @Inject
    FigureCache cache;

    @AroundInvoke
    Object answer(InvocationContext invocation) throws Exception {
        String method = invocation.getMethod().toString();
        return cache.answer(new FigureCache.Question(method, Arrays.asList(invocation.getParameters())),
                invocation::proceed);
    }
}
