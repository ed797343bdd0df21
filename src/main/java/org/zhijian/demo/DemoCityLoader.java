package org.zhijian.demo;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.AccountService;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.PinyinInitials;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.StartupLock;
import org.zhijian.system.text.PinyinOrder;

/**
 * Loads the demo city on first start (empty database) when zhijian.demo.enabled
 * is true, which it is in the embedded default and never in the prod profile.
 * Goes through the same services as the pages, so the demo has audit rows and
 * archive timelines like real data. Runs once every bean is ready but before
 * the web server takes requests, so nobody can try the demo accounts before
 * they exist. Instances starting together on one empty database take turns
 * (StartupLock): the first loads the city, the others wait and find it there.
 */
@Component
@ConditionalOnProperty(name = "zhijian.demo.enabled", havingValue = "true")
class DemoCityLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);
    /** All demo accounts share this password; the README lists them. Demo mode only. */
    static final String DEMO_PASSWORD = "demo1234";

    private final Districts districts;
    private final AccountService accounts;
    private final EnterpriseService enterprises;
    private final LicenceService licences;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final List<DemoDataContributor> contributors;
    private final StartupLock startupLock;
    private final EntityManager em;

    DemoCityLoader(Districts districts, AccountService accounts, EnterpriseService enterprises,
                   LicenceService licences, PasswordEncoder passwordEncoder, TransactionTemplate tx, Clock clock,
                   List<DemoDataContributor> contributors, StartupLock startupLock, EntityManager em) {
        this.districts = districts;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.licences = licences;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
        this.contributors = contributors;
        this.startupLock = startupLock;
        this.em = em;
    }

    @Override
    public void afterSingletonsInstantiated() {
        startupLock.runAlone("demo-city", this::loadIntoEmptyDatabase);
    }

    private void loadIntoEmptyDatabase() {
        if (districts.anyExist()) {
            return;
        }
        log.info("Empty database: loading the demo city (台州市)");
        warmUpPinyinBeside();
        long began = System.nanoTime();
        long cpu = cpuNanos();
        Random random = new Random(20261121L);
        LocalDate today = LocalDate.now(clock);
        DemoCity city = DemoAuthentication.asDemoAdmin(() -> tx.execute(status -> {
            List<District> ds = districts.createAll(DemoCityData.districts());
            String passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
            List<User> us = accounts.createAll(DemoCityData.users(ds, passwordHash));
            List<Enterprise> es = new DemoEnterprises(enterprises, licences, random, today, () -> {
                em.flush();
                em.clear();
            }).load(ds);
            return new DemoCity(ds, us, es, random, today, passwordHash);
        }));
        List<DemoDataContributor> ordered = new ArrayList<>(contributors);
        ordered.sort(Comparator.comparingInt(DemoDataContributor::order));
        log.info("Demo city: districts, users, enterprises and licences in {} ms", millisSince(began));
        for (DemoDataContributor c : ordered) {
            long step = System.nanoTime();
            DemoAuthentication.asDemoAdmin(() -> tx.execute(status -> {
                c.contribute(city);
                return null;
            }));
            log.info("Demo city: {} in {} ms", c.getClass().getSimpleName(), millisSince(step));
        }
        // the loading thread's CPU time beside the wall clock: steadier when other work shares the cores
        log.info("Demo city loaded in {} ms (CPU {} ms): {} districts, {} users, {} enterprises",
                millisSince(began), (cpuNanos() - cpu) / 1_000_000, city.districts().size(), city.users().size(),
                city.enterprises().size());
    }

    /**
     * Every enterprise gets its pinyin keys on creation; ICU's transliterator takes about 0.4 s to build.
     * Built on the other core while the districts and accounts are written, it is ready when the first
     * enterprise needs it (the start-up leaves that core idle during the demo load).
     */
    private static void warmUpPinyinBeside() {
        Thread warmUp = new Thread(() -> {
            PinyinInitials.of("台州");
            PinyinOrder.sortKey("台州");
        }, "demo-pinyin-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
