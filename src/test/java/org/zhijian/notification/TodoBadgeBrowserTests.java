package org.zhijian.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.notification.domain.TodoInbox;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/**
 * In a real browser, under the Content-Security-Policy: the navigation's badge is filled by the
 * static script after the page has loaded; the head opens the escalation notice from the inbox,
 * which takes them to the hazard and leaves the inbox without it.
 */
class TodoBadgeBrowserTests extends BrowserTests {

    @Autowired TodoInbox inbox;
    @Autowired HazardService hazards;
    @Autowired BatchService batches;
    @Autowired SpotCheckTestData data;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theBadgeCountsAndTheHeadOpensTheEscalationFromTheInbox() {
        TodoScenario here = new TodoScenario(fixtures, hazards, batches, data, clock, jdbc);
        hazards.escalateOverdue(here.today);
        int count = fixtures.as(Fixtures.details(here.head), inbox::mine).size();

        logIn(here.head.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/enterprises"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("todo-badge")));
        assertThat(driver.findElement(By.id("todo-badge")).getText()).isEqualTo(String.valueOf(count));

        driver.get(url("/todo"));
        By notice = By.xpath("//li[contains(@class,'todo-item')][starts-with(@data-key,'inbox:')]"
                + "[.//a[contains(., '" + here.overdue.getNoticeNumber() + "')]]//a[contains(@class,'todo-title')]");
        wait.until(ExpectedConditions.elementToBeClickable(notice)).click();
        wait.until(ExpectedConditions.urlMatches(".*/risk/hazards/" + here.overdue.getId() + "$"));

        driver.get(url("/todo"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-items")));
        assertThat(driver.findElements(notice)).isEmpty();
        assertThat(driver.findElements(By.cssSelector("li.todo-item[data-key='"
                + TodoScenario.key(here.overdue, "NOTIFIED") + "']"))).hasSize(1);
    }
}
