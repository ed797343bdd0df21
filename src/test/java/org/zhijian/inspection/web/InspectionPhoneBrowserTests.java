package org.zhijian.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.inspection.domain.ChecklistItem;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;
import org.zhijian.system.security.Role;

/**
 * The inspector's journey at the enterprise, on a phone (390 px): open the task, answer the
 * checklist one card at a time, mark an item not conforming, attach a photo, submit, and find the
 * hazard the finding opened.
 */
class InspectionPhoneBrowserTests extends BrowserTests {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired InspectionTaskService tasks;
    @Autowired ChecklistService checklists;

    @Test
    void anInspectorRecordsAnInspectionOnAPhoneAndFindsTheHazardItOpened() throws Exception {
        Long districtId = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(districtId);
        User inspector = fixtures.user(Role.INSPECTOR, districtId);
        User partner = fixtures.user(Role.INSPECTOR, districtId);
        User head = fixtures.user(Role.HEAD, districtId);
        User admin = fixtures.user(Role.ADMIN, null);
        fixtures.as(Fixtures.details(admin), () -> checklists.create("PHONE-" + Fixtures.next(), "通用检查事项清单", null,
                List.of(new ChecklistItem("证照齐全有效", false), new ChecklistItem("配备质量安全员", true))));
        Long taskId = tasks.dispatch("browser:" + Fixtures.next(), "专项检查", List.of(enterprise.getId()),
                tasks.today().plusDays(5)).get(0);
        InspectionTask task = fixtures.as(Fixtures.details(head), () -> tasks.get(taskId));
        fixtures.as(Fixtures.details(head), () -> tasks.assign(taskId, task.getVersion(),
                List.of(inspector.getId(), partner.getId())));
        Path photo = Files.createTempFile("inspection", ".png");
        Files.write(photo, PNG);

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/inspection/tasks"));
        // at 390 px the list reads as cards: one tap on the task's card opens it
        click(By.cssSelector("#task-cards a.zj-card[href$='/inspection/tasks/" + taskId + "']"));
        wait.until(ExpectedConditions.urlMatches(".*/inspection/tasks/\\d+$"));
        click(By.id("start-inspection"));
        wait.until(ExpectedConditions.urlMatches(".*/inspection/tasks/\\d+/record$"));

        List<WebElement> items = driver.findElements(By.cssSelector(".checklist-item"));
        assertThat(items).isNotEmpty();
        for (int i = 1; i <= items.size(); i++) {
            click(By.cssSelector("label[for='answer-" + i + "-" + (i == 1 ? "NOT_CONFORM" : "CONFORM") + "']"));
        }
        assertThat(driver.findElement(By.id("answer-1-NOT_CONFORM")).isSelected()).isTrue();
        WebElement radio = driver.findElement(By.cssSelector("label[for='answer-1-NOT_CONFORM']"));
        assertThat(radio.getSize().getHeight()).as("a radio big enough for a thumb").isGreaterThanOrEqualTo(40);
        driver.findElement(By.id("note-1")).sendKeys("营业执照已过期");
        new Select(driver.findElement(By.id("followUp-1"))).selectByValue("HAZARD");
        click(By.cssSelector("label[for='result-ORDERED_TO_CORRECT']"));
        driver.findElement(By.id("representativeName")).sendKeys("王建国");
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        click(By.id("record-submit"));

        wait.until(ExpectedConditions.urlMatches(".*/inspection/records/\\d+$"));
        assertThat(driver.findElement(By.id("record-result")).getText()).isEqualTo("发现问题已责令改正");
        assertThat(driver.findElements(By.cssSelector("#record-photos img"))).hasSize(1);
        click(By.cssSelector("a.hazard-link"));
        wait.until(ExpectedConditions.urlMatches(".*/risk/hazards/\\d+$"));
        assertThat(driver.findElement(By.id("hazard-description")).getText()).contains("营业执照已过期");
        assertThat(driver.findElement(By.id("notice-number")).getText()).contains("市监隐改〔");
        assertThat(driver.findElement(By.id("related-records")).getText()).as("the hazard links back to the record")
                .contains("检查记录").contains(enterprise.getName());
    }

    private void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "arguments[0].click();", element);
    }
}
