package org.zhijian.dashboard.domain;

/**
 * A built dashboard view with the version of that build: the same version as long as the view cache
 * serves the same build, so a client holding it may be answered "not modified" (ETag).
 */
public record VersionedView(DashboardView view, String version) {
}
