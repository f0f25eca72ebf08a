package io.reveille.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application serves the API ({@code /api/v1}), the pages and their assets. Every
 * resource method names the roles allowed to call it; see {@code web.xml} for the few public paths.
 */
@ApplicationPath("/")
public class ReveilleApplication extends Application {}
