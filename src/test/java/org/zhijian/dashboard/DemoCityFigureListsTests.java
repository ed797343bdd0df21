package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.UserRepository;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.DistrictRepository;
import org.zhijian.support.Fixtures;
import org.zhijian.support.TestDatabase;

/**
 * The demo city on PostgreSQL (a database of its own, loaded as on a first start): every figure of
 * the city dashboard and of each district dashboard that links to a list equals the rows of that
 * list, and every product of the "failing most" table adds up in its drill-down.
 */
@Tag("integration")
@SpringBootTest(properties = "zhijian.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoCityFigureListsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserRepository users;
    @Autowired
    DistrictRepository districts;
    @Autowired
    DistrictFigures figures;
    @Autowired
    MonthCells cells;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        String name = "zhijian_demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute(db, "create database " + name + " encoding 'UTF8' template template0");
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(db, "drop database if exists " + name + " with (force)")));
        registry.add("spring.datasource.url", () -> withDatabase(db.url(), name));
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    @Test
    void everyDashboardFigureOfTheDemoCityOpensAListOfThatManyRows() throws Exception {
        figures.refresh();
        cells.refresh();
        var admin = Fixtures.details(users.findByUsername("admin").orElseThrow());
        FigureLinks asAdmin = new FigureLinks(mvc, admin);
        var city = asAdmin.check("/dashboard");
        assertThat(city).as("the demo city has hazards, due enterprises and expiring licences")
                .anyMatch(f -> f.href().startsWith("/risk/hazards") && f.figure() > 0)
                .anyMatch(f -> f.href().startsWith("/classification/due") && f.figure() > 0)
                .anyMatch(f -> f.href().startsWith("/licences/expiring") && f.figure() > 0);
        assertThat(asAdmin.checkProducts("/dashboard")).isPositive();
        for (District d : districts.findAll()) {
            asAdmin.check("/dashboard/districts/" + d.getId());
        }
        var head = Fixtures.details(users.findByUsername("jj_head").orElseThrow());
        new FigureLinks(mvc, head).check("/dashboard/districts/" + head.getDistrictId());
    }

    private static String withDatabase(String url, String name) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private static void execute(TestDatabase.Connection db, String sql) {
        try (var c = DriverManager.getConnection(db.url(), db.username(), db.password());
             var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
