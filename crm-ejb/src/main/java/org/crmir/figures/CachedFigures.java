package org.crmir.figures;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public read of a figures bean answered from {@link FigureCache}: its arguments must say everything the answer
 * depends on (the scope carries today), what it returns must not be changed by callers, and {@link #reads()}
 * names the source of every summary table it reads, so that a change of any of them makes it read again.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE}) // on a type: the interceptor's binding
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedFigures {

    /** The sources of the summary tables (and any source table) the answer is read from. */
    @Nonbinding
    FigureSource[] reads();
}
