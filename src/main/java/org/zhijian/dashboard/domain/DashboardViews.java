package org.zhijian.dashboard.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhijian.spotcheck.domain.PassRate;

/**
 * Built dashboard views, kept briefly. Many heads open the same city views, whose
 * figures only move when the month cells and district figures are recounted, so
 * one computation serves them all; a recount on this instance drops every view,
 * and on other instances they expire after zhijian.dashboard.view-cache. What is
 * computed for a view beyond it (the period report's count of enterprises and
 * products, over the base tables) is kept with it by its build version.
 */
@Component
class DashboardViews {

    /** A built view is the same for every user of the same scope, language and day. */
    record Key(DashboardFilter filter, boolean cityWide, Locale locale, LocalDate today) {
    }

    private final Cache<Key, VersionedView> views;
    /** The period's pass rate by the version of the view it was counted for (a version names one build). */
    private final Cache<String, PassRate> periodRates;
    /** Versions differ between instances and restarts, so a version never names two different builds. */
    private final String instance = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    private final AtomicLong builds = new AtomicLong();

    DashboardViews(@Value("${zhijian.dashboard.view-cache:PT30S}") Duration ttl) {
        this.views = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build();
        this.periodRates = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build();
    }

    VersionedView get(Key key, Supplier<DashboardView> build) {
        return views.get(key, k -> new VersionedView(build.get(), instance + "-" + builds.incrementAndGet()));
    }

    /** The period's pass rate counted for this build of a view: counted once, then kept as long as the build. */
    PassRate periodRate(VersionedView built, Supplier<PassRate> count) {
        return periodRates.get(built.version(), version -> count.get());
    }

    /** Drops every view once the recounting transaction has committed (at once if there is none). */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    private void forget() {
        views.invalidateAll();
        periodRates.invalidateAll();
    }
}
