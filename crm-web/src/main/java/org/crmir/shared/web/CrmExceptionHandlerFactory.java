package org.crmir.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link CrmExceptionHandler} in front of Faces' own. */
public class CrmExceptionHandlerFactory extends ExceptionHandlerFactory {

    public CrmExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new CrmExceptionHandler(getWrapped().getExceptionHandler());
    }
}
