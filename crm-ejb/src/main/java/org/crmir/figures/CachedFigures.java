package org.crmir.figures;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The public reads of a figures bean answer from {@link FigureCache}: their arguments must say everything the
 * answer depends on (the scope carries today), and what they return must not be changed by callers.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedFigures {
}
