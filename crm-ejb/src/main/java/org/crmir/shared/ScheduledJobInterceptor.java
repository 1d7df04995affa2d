package org.crmir.shared;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Counts a firing of a {@link ScheduledJob}'s timer before the job runs, whatever the job then does. */
@ScheduledJob
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduledJobInterceptor {

    private static final Logger LOG = Logger.getLogger(ScheduledJobInterceptor.class.getName());

    @EJB
    ScheduledJobRuns runs;

    @AroundTimeout
    Object fired(InvocationContext invocation) throws Exception {
        String job = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        try {
            runs.started(job);
        } catch (RuntimeException e) {
            // The count is for operators; the job runs whether or not it could be written.
            LOG.log(Level.WARNING, "Could not count a run of " + job + " in scheduled_jobs", e);
        }
        return invocation.proceed();
    }
}
