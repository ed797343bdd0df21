package org.zhijian.system.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method reachable from a controller that reaches records without asking the
 * {@link AccessGuard} which ones the user may see, on purpose: reference data every user
 * reads (the catalogue, districts), city-wide records whose only check is the role matrix
 * (city admins edit the catalogue), public pages. The reason is required, so a reviewer can
 * judge it; ScopingRulesTests accepts nothing else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unscoped {

    /** Why every user may read what this method returns. */
    String value();
}
