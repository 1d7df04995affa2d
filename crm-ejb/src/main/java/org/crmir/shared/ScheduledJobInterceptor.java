package org.crmir.shared;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Counts a firing of a {@link ScheduledJob}'s timer before the job runs, whatever the job then does. */
@ScheduledJob
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduledJobInterceptor {

    @EJB
    ScheduledJobRuns runs;

    @AroundTimeout
    Object fired(InvocationContext invocation) throws Exception {
        runs.started(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName());
        return invocation.proceed();
    }
}
