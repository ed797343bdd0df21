package org.zhijian.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.ChecklistItem;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;
import org.zhijian.system.security.Role;

/**
 * An inspector at the enterprise loses the connection (DevTools network emulation), fills the
 * checklist on the phone (390 px) with a photo, saves it, sees it waiting, and when the connection
 * returns the record is made exactly once; the same form sent again answers that record (issue 14).
 */
class InspectionOfflineDraftBrowserTests extends BrowserTests {

    @Autowired
    InspectionTaskService tasks;
    @Autowired
    InspectionRecordService records;
    @Autowired
    ChecklistService checklists;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInspectionRecordSavedOfflineIsSentOnceWhenTheConnectionReturns() throws IOException {
        Long districtId = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(districtId);
        User inspector = fixtures.user(Role.INSPECTOR, districtId);
        User partner = fixtures.user(Role.INSPECTOR, districtId);
        User head = fixtures.user(Role.HEAD, districtId);
        User admin = fixtures.user(Role.ADMIN, null);
        fixtures.as(Fixtures.details(admin), () -> checklists.create("OFFLINE-" + Fixtures.next(), "通用检查事项清单",
                null, List.of(new ChecklistItem("证照齐全有效", false), new ChecklistItem("配备质量安全员", true))));
        Long taskId = tasks.dispatch("offline:" + Fixtures.next(), "专项检查", List.of(enterprise.getId()),
                tasks.today().plusDays(5)).get(0);
        InspectionTask task = fixtures.as(Fixtures.details(head), () -> tasks.get(taskId));
        fixtures.as(Fixtures.details(head), () -> tasks.assign(taskId, task.getVersion(),
                List.of(inspector.getId(), partner.getId())));
        Path photo = photo();

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/inspection/tasks/" + taskId + "/record"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#record-form[data-offline-draft]")));
        Object ready = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(r => done(r.active != null), () => done(false));");
        assertThat(ready).as("the service worker is registered and active").isEqualTo(true);

        network(false);
        wait.until(d -> Boolean.FALSE.equals(js().executeScript("return navigator.onLine")));
        int items = driver.findElements(By.cssSelector(".checklist-item")).size();
        assertThat(items).isPositive();
        for (int i = 1; i <= items; i++) {
            click(driver.findElement(By.cssSelector("label[for='answer-" + i + "-CONFORM']")));
        }
        WebElement place = driver.findElement(By.id("place"));
        place.clear();
        place.sendKeys("生产车间");
        click(driver.findElement(By.cssSelector("label[for='result-NO_PROBLEM']")));
        driver.findElement(By.id("representativeName")).sendKeys("王建国");
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        click(driver.findElement(By.id("record-submit")));

        WebElement waiting = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#offline-draft-list li[data-status='waiting']")));
        assertThat(waiting.getText()).contains("待发送").contains(enterprise.getName());
        assertThat(driver.findElement(By.id("draft-saved")).isDisplayed()).isTrue();
        assertThat(recordsOf(taskId)).as("nothing reached the server while offline").isZero();

        network(true);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#offline-draft-list li[data-status='sent']")));
        assertThat(driver.findElement(By.cssSelector("#offline-draft-list li[data-status='sent']")).getText())
                .contains("已发送");
        // a second attempt (the inspector presses "send now") finds nothing left to send
        click(driver.findElement(By.id("drafts-send")));
        assertThat(recordsOf(taskId)).as("sent exactly once").isEqualTo(1);
        Long recordId = jdbc.queryForObject("select id from inspection_record where task_id = ?", Long.class, taskId);
        assertThat(driver.findElement(By.cssSelector("#offline-draft-list li[data-status='sent'] a"))
                .getAttribute("href")).as("the draft leads to the record").endsWith("/inspection/records/" + recordId);
        assertThat(jdbc.queryForObject("select count(*) from inspection_photo where record_id = ?"
                + " and content_type = 'image/jpeg' and file_name like 'IMG\\_%'", Integer.class, recordId))
                .as("the photo, resized on the phone to a JPEG named by its time").isEqualTo(1);

        // the same form sent again (an answer lost on the way back) answers the record it made
        String token = jdbc.queryForObject("select submission_token from inspection_record where id = ?",
                String.class, recordId);
        assertThat(token).isNotBlank();
        InspectionRecord again = fixtures.as(Fixtures.details(inspector), () -> {
            Checklist checklist = records.checklistFor(task);
            int n = checklist.getItems().size();
            return records.submitOnce(token, taskId, checklist.getId(), new RecordDetails(tasks.today(), "生产车间",
                    Collections.nCopies(n, ItemAnswer.CONFORM), Collections.nCopies(n, (String) null),
                    ResultCategory.NO_PROBLEM, null, "王建国", true,
                    Collections.nCopies(n, RecordDetails.FollowUp.NONE)), List.of());
        });
        assertThat(again.getId()).isEqualTo(recordId);
        assertThat(recordsOf(taskId)).isEqualTo(1);
    }

    private int recordsOf(Long taskId) {
        return jdbc.queryForObject("select count(*) from inspection_record where task_id = ?", Integer.class, taskId);
    }

    private void network(boolean online) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static Path photo() throws IOException {
        BufferedImage img = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(60, 90, 120));
        g.fillRect(0, 0, 2400, 1800);
        g.setColor(Color.WHITE);
        g.fillRect(600, 400, 1200, 1000);
        g.dispose();
        Path file = Files.createTempFile("inspection-", ".png");
        ImageIO.write(img, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private void click(WebElement e) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});"
                + "arguments[0].click();", e);
    }
}
