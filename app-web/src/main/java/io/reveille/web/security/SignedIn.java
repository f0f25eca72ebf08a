package io.reveille.web.security;

import java.io.Serializable;
import java.util.Set;

/** Kept in the HTTP session after a successful sign-in. */
record SignedIn(String username, Set<String> roles) implements Serializable {}
