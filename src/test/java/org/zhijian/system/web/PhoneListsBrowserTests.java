package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.inspection.domain.ChecklistItem;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;
import org.zhijian.system.security.Role;

/**
 * The lists an inspector opens on a phone read as cards at 390 px, one tap to open, and the
 * page never scrolls sideways (issue 14). Screenshots go to target/phone-screenshots (the
 * README's are copies of them).
 */
class PhoneListsBrowserTests extends BrowserTests {

    @Autowired
    SpotCheckTestData data;
    @Autowired
    BatchService batches;
    @Autowired
    HazardService hazards;
    @Autowired
    InspectionTaskService inspectionTasks;
    @Autowired
    InspectionRecordService inspectionRecords;
    @Autowired
    ChecklistService checklists;

    @Test
    void everyInspectorListReadsAsCardsWithoutSidewaysScrollingOnAPhone() throws IOException {
        District district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User colleague = fixtures.user(Role.INSPECTOR, district.getId());
        LocalDate today = batches.today();
        var batch = fixtures.as(Fixtures.details(inspector),
                () -> batches.record(data.sampling(enterprise, product, inspector, colleague, today)));
        fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(enterprise.getId(), null, null,
                HazardLevel.GENERAL, "灭火器过期未更换，消防通道堆放原料", "立即更换灭火器并清理通道", "依据",
                today, today.plusDays(10), "王五")));

        Enterprise inspected = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        User head = fixtures.user(Role.HEAD, district.getId());
        fixtures.as(Fixtures.details(fixtures.user(Role.ADMIN, null)), () -> checklists.create("CARDS-" + Fixtures.next(),
                "通用检查事项清单", null, java.util.List.of(new ChecklistItem("证照齐全有效", false))));
        java.util.List<Long> taskIds = inspectionTasks.dispatch("cards:" + Fixtures.next(), "双随机专项检查",
                java.util.List.of(enterprise.getId(), inspected.getId()), today.plusDays(5));
        for (Long taskId : taskIds) {
            InspectionTask t = fixtures.as(Fixtures.details(head), () -> inspectionTasks.get(taskId));
            fixtures.as(Fixtures.details(head), () -> inspectionTasks.assign(taskId, t.getVersion(),
                    java.util.List.of(inspector.getId(), colleague.getId())));
        }
        InspectionTask done = fixtures.as(Fixtures.details(head), () -> inspectionTasks.get(taskIds.get(1)));
        InspectionRecord record = fixtures.as(Fixtures.details(inspector), () -> {
            var checklist = inspectionRecords.checklistFor(done);
            int n = checklist.getItems().size();
            return inspectionRecords.submit(done.getId(), checklist.getId(), new RecordDetails(today, "生产车间",
                    java.util.Collections.nCopies(n, ItemAnswer.CONFORM), java.util.Collections.nCopies(n, (String) null),
                    ResultCategory.NO_PROBLEM, null, "王建国", true,
                    java.util.Collections.nCopies(n, RecordDetails.FollowUp.NONE)));
        });

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);

        assertCards("/spotchecks/batches", "batch-cards", "batch-table", enterprise.getName(), "batches");
        assertThat(driver.findElement(By.cssSelector("#batch-cards a.zj-card")).getAttribute("href"))
                .endsWith("/spotchecks/batches/" + batch.getId());
        assertCards("/risk/hazards", "hazard-cards", "hazard-table", enterprise.getName(), "hazards");
        assertCards("/enterprises?q=" + enterprise.getCreditCode().value(), "enterprise-cards", "enterprise-table",
                enterprise.getName(), "enterprises");

        assertCards("/inspection/tasks", "task-cards", "task-table", inspected.getName(), "inspection-tasks");
        assertThat(driver.findElements(By.cssSelector("#task-cards a.zj-card"))).as("one card per task").hasSize(2);
        assertCards("/inspection/records", "record-cards", "record-table", inspected.getName(), "inspection-records");
        assertThat(driver.findElement(By.cssSelector("#record-cards a.zj-card")).getAttribute("href"))
                .endsWith("/inspection/records/" + record.getId());

        for (String page : new String[] {"/inbox", "/todo", "/draws", "/spotchecks/batches/new?enterpriseId="
                + enterprise.getId() + "&categoryId=" + product.getId(), "/spotchecks/batches/" + batch.getId()}) {
            driver.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
            assertNoSidewaysScrolling(page);
        }
        assertThat(driver.findElement(By.cssSelector("#batch-qr img")).getAttribute("src"))
                .endsWith("/spotchecks/batches/" + batch.getId() + "/qr.svg");
        screenshot("batch-detail");
    }

    private void assertCards(String page, String cardsId, String tableId, String expected, String shot)
            throws IOException {
        driver.get(url(page));
        var cards = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(cardsId)));
        assertThat(cards.getText()).as(page).contains(expected);
        assertThat(driver.findElement(By.id(tableId)).isDisplayed()).as("the table is for desktops").isFalse();
        assertNoSidewaysScrolling(page);
        screenshot(shot);
    }

    private void assertNoSidewaysScrolling(String page) {
        Object[] widths = ((java.util.List<?>) ((JavascriptExecutor) driver).executeScript(
                "return [document.scrollingElement.scrollWidth, window.innerWidth]")).toArray();
        assertThat(((Number) widths[0]).longValue()).as("scroll width of " + page)
                .isLessThanOrEqualTo(((Number) widths[1]).longValue());
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "phone-screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
