package org.crmir.identity;

import java.io.Serializable;
import java.util.Set;

/** Who signed in and with which roles, as the web layer hands it to the container. */
public record SignedInUser(String username, String displayName, Set<String> roles) implements Serializable {
}
