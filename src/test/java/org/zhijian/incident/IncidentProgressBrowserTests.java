package org.zhijian.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.incident.domain.IncidentDetails;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.incident.domain.SpecialInspectionOrder;
import org.zhijian.region.domain.District;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;
import org.zhijian.support.SpecialInspectionRuns;
import org.zhijian.system.security.Role;

/** The incident page follows its special inspection live, district by district, without reloading. */
class IncidentProgressBrowserTests extends BrowserTests {

    @Autowired Clock clock;
    @Autowired IncidentService incidents;
    @Autowired SpecialInspectionRuns inspections;

    @Test
    void theProgressTableUpdatesItselfUntilEveryTaskIsDone() {
        District a = fixtures.district();
        District b = fixtures.district();
        fixtures.enterprise(a.getId(), Industry.TOY);
        fixtures.enterprise(b.getId(), Industry.TOY);
        User head = fixtures.user(Role.HEAD, null);
        var details = Fixtures.details(head);
        QualityIncident i = fixtures.as(details, () -> incidents.open(new IncidentDetails("玩具起火事故",
                IncidentLevel.III, null, a.getId(), "经过", clock.instant().minus(Duration.ofMinutes(20)), false, null)));
        fixtures.as(details, () -> incidents.dispatch(i.getId(), i.getVersion(), new SpecialInspectionOrder(
                "玩具专项检查", List.of(a.getId(), b.getId()), Industry.TOY, LocalDate.now(clock).plusDays(5))));

        logIn(head.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/incidents/" + i.getId()));
        By doneInA = By.cssSelector("#progress-table tr[data-district='" + a.getId() + "'] .p-done");
        By doneInB = By.cssSelector("#progress-table tr[data-district='" + b.getId() + "'] .p-done");
        assertThat(driver.findElement(doneInA).getText()).isEqualTo("0");
        ((JavascriptExecutor) driver).executeScript("window.sameDocument = true;");

        inspections.complete("incident:" + i.getId(), a.getId());
        wait.until(ExpectedConditions.textToBe(doneInA, "1"));
        assertThat(driver.findElement(doneInB).getText()).isEqualTo("0");
        assertThat(driver.findElement(By.id("progress-state")).getText()).isEqualTo("检查进行中,本页自动刷新");

        inspections.complete("incident:" + i.getId(), b.getId());
        wait.until(ExpectedConditions.textToBe(By.id("progress-state"), "全部检查任务已完成"));
        assertThat(driver.findElement(doneInB).getText()).isEqualTo("1");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.sameDocument === true;"))
                .as("updated in place, not by reloading").isEqualTo(true);
    }
}
