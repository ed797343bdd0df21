package org.zhijian.system.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method reachable from a controller that reads records without asking the
 * {@link AccessGuard}, on purpose: the city-wide catalogue, public pages, the login.
 * The reason is required, so a reviewer can judge it; ScopingRulesTests accepts nothing else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unscoped {

    /** Why every user may read what this method returns. */
    String value();
}
