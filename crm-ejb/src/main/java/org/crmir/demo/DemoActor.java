package org.crmir.demo;

import java.util.function.Supplier;

/** One demo user acting: the work runs with that user's name and role (see {@link DemoActors}). */
public interface DemoActor {

    <T> T call(Supplier<T> work);
}
